/**
 * Start-up step run before the web server: check the configuration, migrate, then seed demo data on an
 * empty database (never in production unless SEED_DEMO=1; SEED_DEMO=0 turns it off anywhere).
 * Exits non-zero on any failure so the server never starts on a bad configuration or a half-migrated
 * database. Several instances starting at once take turns (a PostgreSQL advisory lock around the whole
 * step), so exactly one of them migrates and seeds. Bundled into .next/standalone/prepare.mjs by
 * scripts/build.mjs.
 */
import { openDatabase } from "../db/client";
import { migrateDatabase, withStartupLock } from "../db/migrate";
import { seedCatalog, seedDemo } from "../db/seed";
import { env, productionProblems } from "../lib/env";
import { errorForLog } from "../lib/redact";

const json = (process.env.LOG_FORMAT || (process.env.NODE_ENV === "production" ? "json" : "pretty")) === "json";
function say(level: "info" | "error", msg: string) {
  if (json)
    (level === "error" ? process.stderr : process.stdout).write(
      `${JSON.stringify({ time: new Date().toISOString(), level, msg })}\n`,
    );
  else (level === "error" ? console.error : console.log)(`[partner-hub] ${msg}`);
}

async function main() {
  const mode = process.argv[2] ?? "start";
  let e;
  try {
    e = env();
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
  if (mode === "start") {
    const [problem] = productionProblems(e);
    if (problem) return fail(problem);
  }
  const conn = await openDatabase({ url: e.DATABASE_URL, dir: e.PGLITE_DIR, poolSize: 1 });
  try {
    const where = conn.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite (${e.PGLITE_DIR})`;
    await withStartupLock(conn, async () => {
      await migrateDatabase(conn);
      say("info", `migrations applied on ${where}`);
      if (mode === "migrate") return;
      await seedCatalog(conn.db);
      const wantDemo = mode === "seed" || e.SEED_DEMO === "1" || (e.SEED_DEMO !== "0" && e.NODE_ENV !== "production");
      if (wantDemo) {
        const seeded = await seedDemo(conn.db);
        say("info", seeded ? "demo data seeded (password demo-pass-2026)" : "database not empty: demo data left as it is");
      }
    });
  } finally {
    await conn.close();
  }
}

function fail(message: string) {
  say("error", message);
  process.exit(1);
}

main().catch((err: unknown) => {
  const { error, cause } = errorForLog(err);
  fail(`database preparation failed: ${error}${cause ? ` (cause: ${cause})` : ""}`);
});
