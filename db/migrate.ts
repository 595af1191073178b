import path from "node:path";
import { sql } from "drizzle-orm";
import type { Connection } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/**
 * Applies the committed drizzle-kit migrations. On PostgreSQL an advisory lock makes it safe for
 * several app instances to start at once (the transaction-scoped lock is held for the whole run by
 * caller opens the connection with poolSize 1, so lock, migrations and unlock share one session);
 * PGlite is single-process by construction.
 */
export async function migrateDatabase(conn: Connection): Promise<void> {
  if (conn.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(conn.db as never, { migrationsFolder });
    return;
  }
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  await conn.db.execute(sql`SELECT pg_advisory_lock(7263510)`);
  try {
    await migrate(conn.db, { migrationsFolder });
  } finally {
    await conn.db.execute(sql`SELECT pg_advisory_unlock(7263510)`);
  }
}
