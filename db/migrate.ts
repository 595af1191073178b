import path from "node:path";
import { sql } from "drizzle-orm";
import type { Connection } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

const STARTUP_LOCK = 7263510;

/**
 * Runs `fn` while holding the start-up lock (PostgreSQL: a session advisory lock, so the caller's
 * connection must have poolSize 1; PGlite is single-process by construction). Instances that start at
 * once migrate and seed one after the other; the later ones find nothing left to do.
 */
export async function withStartupLock<T>(conn: Connection, fn: () => Promise<T>): Promise<T> {
  if (conn.kind === "pglite") return fn();
  await conn.db.execute(sql`SELECT pg_advisory_lock(${STARTUP_LOCK})`);
  try {
    return await fn();
  } finally {
    await conn.db.execute(sql`SELECT pg_advisory_unlock(${STARTUP_LOCK})`);
  }
}

/**
 * Applies the committed drizzle-kit migrations under the start-up lock, so several app instances can
 * start at once (the caller opens the connection with poolSize 1, so lock, migrations and unlock share
 * one session; session advisory locks nest, so this is also safe inside withStartupLock).
 */
export async function migrateDatabase(conn: Connection): Promise<void> {
  if (conn.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(conn.db as never, { migrationsFolder });
    return;
  }
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  await withStartupLock(conn, () => migrate(conn.db, { migrationsFolder }));
}
