import postgres from "postgres";

/**
 * Runs `work` and, on PostgreSQL, watches the run's database from a connection of its own meanwhile:
 * `lockWaits` is the most sessions seen waiting on a lock at one moment. A concurrency test asserts it is
 * above zero there, which proves its requests really overlapped (each on its own pooled connection) and
 * met on the row the code locks. On PGlite (one connection, everything in turn) it is null: there the
 * test only checks the outcome.
 */
export async function lockWaitsDuring<T>(work: () => Promise<T>): Promise<{ result: T; lockWaits: number | null }> {
  const url = process.env.PARTNER_HUB_TEST_DB;
  if (!url) return { result: await work(), lockWaits: null };
  const watcher = postgres(url, { max: 1, onnotice: () => {} });
  let done = false;
  let lockWaits = 0;
  await watcher`select 1`;
  const watching = (async () => {
    while (!done) {
      const [row] = await watcher<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
      lockWaits = Math.max(lockWaits, row!.n);
    }
  })();
  try {
    return { result: await work(), lockWaits };
  } finally {
    done = true;
    await watching;
    await watcher.end();
  }
}
