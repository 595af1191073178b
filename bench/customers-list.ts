/**
 * `npm run bench`: the Customers list at scale. Builds a fresh database (PGlite in memory, or a new
 * database on BENCH_DATABASE_URL's PostgreSQL server, dropped afterwards), seeds the demo data plus
 * BENCH_CUSTOMERS customers (default 100,000) for Northwind, a quarter of them with Adatum, then times
 * the queries the page runs — first page, reseller filter, a deep keyset page, searches — and prints
 * p50/p95/max per scenario. Nothing here asserts: it measures.
 */
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type Connection } from "../db/client";
import { setConnection } from "../db/index";
import { migrateDatabase } from "../db/migrate";
import { listCustomers } from "../db/queries/customers";
import { unsafeSubscriptionsOf } from "../db/queries/subscriptions";
import { seedDemo } from "../db/seed";
import * as s from "../db/schema";
import { viewerOf, type Viewer } from "../lib/viewer";

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);

async function freshDatabase(): Promise<{ conn: Connection; where: string; drop: () => Promise<void> }> {
  const base = process.env.BENCH_DATABASE_URL;
  if (!base) return { conn: await openDatabase({ memory: true }), where: "PGlite (in memory)", drop: async () => {} };
  const name = `partnerhub_bench_${process.pid}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const conn = await openDatabase({ url: url.toString(), poolSize: 4 });
  return {
    conn,
    where: `PostgreSQL (${url.host})`,
    drop: async () => {
      await conn.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function viewerByEmail(conn: Connection, email: string): Promise<Viewer> {
  const [u] = await conn.db.select().from(s.users).where(eq(s.users.email, email));
  return viewerOf(u!, "");
}

function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

async function main() {
  const { conn, where, drop } = await freshDatabase();
  try {
    setConnection(conn);
    await migrateDatabase(conn);
    await seedDemo(conn.db);
    const provider = await viewerByEmail(conn, "admin@northwind.example");
    const reseller = await viewerByEmail(conn, "admin@adatum.example");
    const t0 = performance.now();
    await conn.db.execute(sql`
      INSERT INTO customers (provider_id, reseller_id, company_name, domain, country, address_line1, city, postal_code,
                             contact_first_name, contact_last_name, contact_email)
      SELECT ${provider.partnerId}::uuid, CASE WHEN g % 4 = 0 THEN ${reseller.partnerId}::uuid END,
             'Customer ' || substr(md5(g::text), 1, 10), 'bench' || g || '.onmicrosoft.com', 'US', '1 Bench Way', 'Seattle', '98101',
             'Ada', 'Bench', 'ada' || g || '@bench.example'
      FROM generate_series(1, ${CUSTOMERS}) AS g`);
    await conn.db.execute(sql`ANALYZE customers`);
    console.log(
      `${where}: ${CUSTOMERS.toLocaleString("en-US")} customers inserted in ${Math.round(performance.now() - t0)} ms; ${RUNS} runs per scenario\n`,
    );

    const deep = await listCustomers(provider, {});
    let cursor = deep.next;
    for (let i = 0; i < 200 && cursor; i++) cursor = (await listCustomers(provider, { after: cursor })).next;

    const scenarios: [string, () => Promise<unknown>][] = [
      ["provider: first page", () => listCustomers(provider, {})],
      [
        "provider: first page + subscriptions summary",
        async () =>
          unsafeSubscriptionsOf(
            provider,
            (await listCustomers(provider, {})).rows.map((r) => r.id),
          ),
      ],
      ["provider: filtered by indirect reseller", () => listCustomers(provider, { reseller: reseller.partnerId! })],
      ["provider: without reseller", () => listCustomers(provider, { reseller: "none" })],
      ["provider: page 200 (keyset)", () => listCustomers(provider, { after: cursor })],
      ["provider: search, common term", () => listCustomers(provider, { q: "ab" })],
      ["provider: search, rare term", () => listCustomers(provider, { q: "bench99999" })],
      ["provider: search, no match", () => listCustomers(provider, { q: "zzzzqq" })],
      ["reseller: first page", () => listCustomers(reseller, {})],
    ];
    const rows: Record<string, { p50: string; p95: string; max: string }> = {};
    for (const [name, run] of scenarios) {
      for (let i = 0; i < 5; i++) await run();
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        await run();
        ms.push(performance.now() - start);
      }
      const r = stats(ms);
      rows[name] = { p50: `${r.p50.toFixed(1)} ms`, p95: `${r.p95.toFixed(1)} ms`, max: `${r.max.toFixed(1)} ms` };
    }
    console.table(rows);
  } finally {
    await drop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error("bench failed:", err);
    process.exit(1);
  },
);
