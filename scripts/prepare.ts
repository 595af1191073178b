/**
 * Start-up step run before the web server: migrate, then seed demo data on an empty database
 * (never in production unless SEED_DEMO=1; SEED_DEMO=0 turns it off anywhere).
 * Exits non-zero on any failure so `npm start` never serves a half-migrated database.
 */
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedCatalog, seedDemo } from "../db/seed";
import { env } from "../lib/env";

async function main() {
  const e = env();
  const mode = process.argv[2] ?? "start";
  const conn = await openDatabase({ url: e.DATABASE_URL, dir: e.PGLITE_DIR, poolSize: 1 });
  try {
    const where = conn.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite (${e.PGLITE_DIR})`;
    await migrateDatabase(conn);
    console.log(`[partner-hub] migrations applied on ${where}`);
    if (mode === "migrate") return;
    await seedCatalog(conn.db);
    const wantDemo = mode === "seed" || e.SEED_DEMO === "1" || (e.SEED_DEMO !== "0" && e.NODE_ENV !== "production");
    if (wantDemo) {
      const seeded = await seedDemo(conn.db);
      console.log(seeded ? "[partner-hub] demo data seeded (password demo-pass-2026)" : "[partner-hub] database not empty: demo data left as it is");
    }
  } finally {
    await conn.close();
  }
}

main().catch((err: unknown) => {
  console.error("[partner-hub] database preparation failed:", err instanceof Error ? err.message : err);
  const cause = (err as { cause?: { message?: string } }).cause;
  if (cause?.message) console.error("  cause:", cause.message);
  process.exit(1);
});
