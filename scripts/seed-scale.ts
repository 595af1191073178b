/**
 * `npm run db:seed:scale [-- --customers=100000 --resellers=2000 --direct=0.25 --subscriptions=3]`:
 * migrates the database (`DATABASE_URL`, else PGlite in `PGLITE_DIR`), seeds the demo data on an empty
 * one, then adds the distributor-sized data set for Northwind (db/seed-scale.ts). Use a fresh database.
 */
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { scaleOptions, seedScale } from "../db/seed-scale";
import { env } from "../lib/env";

function arg(name: string): number | undefined {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (!hit) return undefined;
  const n = Number(hit.slice(name.length + 3));
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number`);
  return n;
}

async function main() {
  const e = env();
  const opts = scaleOptions({
    customers: arg("customers"),
    resellers: arg("resellers"),
    direct: arg("direct"),
    subscriptionsPerCustomer: arg("subscriptions"),
  });
  const conn = await openDatabase({ url: e.DATABASE_URL, dir: e.PGLITE_DIR, poolSize: 1 });
  try {
    await migrateDatabase(conn);
    const r = await seedScale(conn.db, opts, (step, ms) => console.log(`  ${step}: ${ms} ms`));
    const where = conn.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite (${e.PGLITE_DIR})`;
    console.log(
      `[partner-hub] scale data on ${where}: Northwind has ${r.customers.toLocaleString("en-US")} customers, ${r.subscriptions.toLocaleString("en-US")} subscriptions, ${r.resellers.toLocaleString("en-US")} active resellers (${(r.ms / 1000).toFixed(1)} s)`,
    );
  } finally {
    await conn.close();
  }
}

main().catch((err: unknown) => {
  const cause = (err as { cause?: { message?: string } }).cause?.message;
  console.error("[partner-hub] scale seed failed:", cause ?? (err instanceof Error ? err.message.split("\n")[0] : err));
  process.exit(1);
});
