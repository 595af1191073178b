import postgres from "postgres";

/** The row a concurrency test expects every request to lock: an update of it (or `for update` / `for no key update`) must make them wait; foreign-key checks do not. */
export type HeldRow = { table: string; id: string };

/**
 * Runs `work` and, on PostgreSQL, proves its concurrent requests meet on `row`: a connection of the
 * test's own locks that row first, `work` starts, and the test waits until `expectedWaiters` sessions are
 * blocked on a lock (or 10 s pass) before releasing it. `lockWaits` is the most sessions seen waiting at
 * once. A test asserts it reached `expectedWaiters`: if the code stopped locking (or updating) the row,
 * nothing waits and the test fails — deterministically, not by sampling luck. On PGlite (one connection,
 * everything in turn) `lockWaits` is null and the test only checks the outcome.
 */
export async function lockWaitsDuring<T>(
  row: HeldRow,
  expectedWaiters: number,
  work: () => Promise<T>,
): Promise<{ result: T; lockWaits: number | null }> {
  const url = process.env.PARTNER_HUB_TEST_DB;
  if (!url) return { result: await work(), lockWaits: null };
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  const holder = await sql.reserve();
  let lockWaits = 0;
  try {
    await holder`begin`;
    const held = await holder`select 1 from ${holder(row.table)} where id = ${row.id} for no key update`;
    if (held.length !== 1) throw new Error(`lockWaitsDuring: no ${row.table} row ${row.id} to hold`);
    const running = work();
    // Keep the promise observed so a fast rejection is not reported as unhandled while we poll.
    running.catch(() => {});
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const [r] = await sql<
        { n: number }[]
      >`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
      lockWaits = Math.max(lockWaits, r!.n);
      if (lockWaits >= expectedWaiters) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await holder`commit`;
    return { result: await running, lockWaits };
  } finally {
    holder.release();
    await sql.end();
  }
}

/** Waits until `n` sessions of this run's database are blocked on a lock; throws after 10 s (the interleaving did not happen). */
export async function untilLockWaiters(sql: postgres.Sql, n: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [r] = await sql<
      { n: number }[]
    >`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
    if (r!.n >= n) return;
    if (Date.now() > deadline) throw new Error(`expected ${n} session(s) waiting on a lock, saw ${r!.n}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
