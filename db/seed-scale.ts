/**
 * A distributor-sized data set for Northwind (issue 10): `resellers` indirect resellers with active
 * relationships, `customers` customers (about `direct` of them without a reseller, the rest skewed
 * toward the big resellers: a few have thousands, most have a handful) and 1–5 subscriptions each
 * (~3 on average, ~10 % suspended; never the one-per-customer offers, whose
 * check takes a lock per row). Set-based SQL (generate_series), never row-by-row inserts, so
 * 100,000 customers take seconds. Values come from md5 of the row number, so every run builds the
 * same data set. Runs on top of the demo data (`seedDemo`); refuses to run twice on one database.
 */
import { eq, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "./client";
import { seedDemo } from "./seed";
import * as s from "./schema";

export type ScaleOptions = { customers: number; resellers: number; direct: number; subscriptionsPerCustomer: number };

export const SCALE_PARTNER_PREFIX = "8";

/** Defaults: 100,000 customers, one reseller per 50 customers (2,000), a quarter direct, ~3 subscriptions each. */
export function scaleOptions(over: Partial<ScaleOptions> = {}): ScaleOptions {
  const customers = over.customers ?? 100_000;
  return {
    customers,
    resellers: over.resellers ?? Math.max(1, Math.round(customers / 50)),
    direct: over.direct ?? 0.25,
    subscriptionsPerCustomer: over.subscriptionsPerCustomer ?? 3,
  };
}

/** A deterministic uniform number in [0, 1) from the row number `g` and a salt. */
const u = (salt: string, g: SQL = sql.raw("g")) =>
  sql`(('x' || substr(md5((${g})::text || ${salt}), 1, 8))::bit(32)::bigint::float8 / 4294967296.0)`;
const pick = (words: readonly string[], salt: string, g?: SQL) =>
  sql`(${sql.raw(`ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(",")}]`)})[1 + floor(${u(salt, g)} * ${words.length})::int]`;

const NAME_A = [
  "Alpine",
  "Blue",
  "Bright",
  "Cedar",
  "Coastal",
  "Contoso",
  "Crystal",
  "Delta",
  "Eagle",
  "Evergreen",
  "Fabrikam",
  "First",
  "Golden",
  "Granite",
  "Harbor",
  "Iron",
  "Lakeside",
  "Liberty",
  "Maple",
  "Northern",
  "Oak",
  "Pacific",
  "Pinnacle",
  "Prairie",
  "Redwood",
  "River",
  "Silver",
  "Summit",
  "Sunrise",
  "Tailwind",
  "Urban",
  "Valley",
  "Vertex",
  "Westside",
  "Wide World",
  "Woodgrove",
];
const NAME_B = [
  "Accounting",
  "Architects",
  "Bakery",
  "Builders",
  "Clinic",
  "Consulting",
  "Dental",
  "Design",
  "Engineering",
  "Foods",
  "Freight",
  "Health",
  "Hotels",
  "Imports",
  "Insurance",
  "Labs",
  "Law",
  "Logistics",
  "Media",
  "Motors",
  "Pharma",
  "Realty",
  "Retail",
  "Robotics",
  "Software",
  "Studios",
  "Textiles",
  "Travel",
  "Ventures",
  "Wines",
];
const NAME_C = ["Inc", "LLC", "Ltd", "Group", "GmbH", "Co", "Partners", "Holdings", "SA", "BV"];
const RESELLER_B = ["Cloud", "IT", "Tech", "Systems", "Networks", "Digital", "Data", "Managed", "Secure", "Smart"];
const RESELLER_C = ["Services", "Solutions", "Consulting", "Partners", "Group", "Works", "Labs", "Integrators"];
const COUNTRIES = ["US", "US", "US", "CA", "GB", "DE", "FR", "NL", "AU", "IE"];
const FIRST = [
  "Ada",
  "Ben",
  "Carla",
  "Dev",
  "Elena",
  "Farid",
  "Grace",
  "Hiro",
  "Ines",
  "Jon",
  "Kira",
  "Luis",
  "Mona",
  "Nils",
  "Olga",
  "Priya",
];
const LAST = [
  "Adams",
  "Berg",
  "Chen",
  "Diaz",
  "Evans",
  "Fischer",
  "Garcia",
  "Hall",
  "Ito",
  "Jensen",
  "Khan",
  "Lopez",
  "Meyer",
  "Novak",
  "Okafor",
  "Patel",
];

/** Builds the data set; returns the counts made and how long it took. */
export async function seedScale(db: Db, opts: ScaleOptions, log: (step: string, ms: number) => void = () => {}) {
  const t0 = performance.now();
  let last = t0;
  const step = (name: string) => {
    const now = performance.now();
    log(name, Math.round(now - last));
    last = now;
  };
  await seedDemo(db);
  const [northwind] = await db.select().from(s.partners).where(eq(s.partners.partnerNumber, "4100100"));
  if (!northwind) throw new Error("Northwind (partner 4100100) is missing: the demo data did not seed.");
  const [already] = await rowsIn<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM partners WHERE partner_number LIKE ${`${SCALE_PARTNER_PREFIX}%`}`,
  );
  if (Number(already?.n ?? 0) > 0) throw new Error("This database already has the scale data set; use a fresh database.");
  const nw = northwind.id;
  await db.transaction(async (tx) => {
    // Bulk load the usual way: secondary indexes and foreign keys of the two big tables come off and are
    // rebuilt (and the keys re-validated in one pass each) afterwards, from their own definitions.
    const bulk = ["customers", "subscriptions"];
    const indexes = await rowsIn<{ name: string; def: string }>(
      tx,
      sql`SELECT indexname AS name, indexdef AS def FROM pg_indexes i
            WHERE schemaname = current_schema() AND tablename IN (${sql.join(
              bulk.map((t) => sql`${t}`),
              sql`, `,
            )})
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    );
    const foreignKeys = await rowsIn<{ tbl: string; name: string; def: string }>(
      tx,
      sql`SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
            WHERE contype = 'f' AND conrelid::regclass::text IN (${sql.join(
              bulk.map((t) => sql`${t}`),
              sql`, `,
            )})`,
    );
    for (const fk of foreignKeys) await tx.execute(sql.raw(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${fk.name}`));
    for (const ix of indexes) await tx.execute(sql.raw(`DROP INDEX ${ix.name}`));
    // The rule and summary triggers are per row; the rows made here satisfy them by construction
    // (active relationships, licenses within each offer's limits), which is checked in one pass below.
    for (const t of bulk) await tx.execute(sql.raw(`ALTER TABLE ${t} DISABLE TRIGGER USER`));
    await tx.execute(sql`
      INSERT INTO partners (kind, legal_name, partner_number, country)
      SELECT 'indirect_reseller', ${pick(NAME_A, "ra")} || ' ' || ${pick(RESELLER_B, "rb")} || ' ' || ${pick(RESELLER_C, "rc")} || ' ' || g,
             ${SCALE_PARTNER_PREFIX} || lpad(g::text, 7, '0'), ${pick(COUNTRIES, "rn")}
      FROM generate_series(1, ${opts.resellers}) AS g`);
    await tx.execute(sql`
      INSERT INTO reseller_relationships (provider_id, reseller_id, established_at)
      SELECT ${nw}::uuid, id, now() - interval '3 years' FROM partners WHERE partner_number LIKE ${`${SCALE_PARTNER_PREFIX}%`}`);
    step("resellers");
    // Reseller k (by partner number) gets a share ∝ the density of 1 + floor(R·v^2.5): a few big, a long tail.
    await tx.execute(sql`
      WITH rs AS (SELECT array_agg(id ORDER BY partner_number) AS ids FROM partners WHERE partner_number LIKE ${`${SCALE_PARTNER_PREFIX}%`})
      INSERT INTO customers (provider_id, reseller_id, company_name, domain, country, address_line1, city, postal_code,
                             contact_first_name, contact_last_name, contact_email, created_at)
      SELECT ${nw}::uuid,
             CASE WHEN ${u("d")} < ${opts.direct} THEN NULL ELSE rs.ids[1 + floor(${opts.resellers} * power(${u("r")}, 2.5))::int] END,
             ${pick(NAME_A, "a")} || ' ' || ${pick(NAME_B, "b")} || ' ' || ${pick(NAME_C, "c")},
             'tenant' || g || '-' || substr(md5(g::text), 1, 6) || '.onmicrosoft.com',
             ${pick(COUNTRIES, "n")}, g || ' Market Street', 'Springfield', lpad((g % 99999)::text, 5, '0'),
             ${pick(FIRST, "f")}, ${pick(LAST, "l")}, 'it' || g || '@customer' || g || '.example',
             now() - (${u("t")} * interval '730 days')
      FROM generate_series(1, ${opts.customers}) AS g, rs`);
    step("customers");
    // 1..(2·avg − 1) subscriptions per customer, distinct offers (consecutive in the catalog from a random start).
    const maxSubs = Math.max(1, 2 * opts.subscriptionsPerCustomer - 1);
    await tx.execute(sql`
      WITH o AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(min_licenses ORDER BY id) AS mins, array_agg(least(max_licenses, min_licenses + 99) ORDER BY id) AS maxs, count(*)::int AS n
                 FROM offers WHERE active AND NOT one_per_customer),
           c AS (SELECT id, reseller_id, created_at, row_number() OVER (ORDER BY id) AS g FROM customers
                 WHERE provider_id = ${nw}::uuid AND NOT EXISTS (SELECT 1 FROM subscriptions x WHERE x.customer_id = customers.id)),
           l AS (SELECT c.*, i, 1 + ((floor(${u("o", sql.raw("c.g"))} * o.n)::int + i) % o.n) AS k, o.*
                 FROM c, o, generate_series(1, ${maxSubs}) AS i
                 WHERE i <= 1 + floor(${u("k", sql.raw("c.g"))} * least(${maxSubs}, o.n))::int)
      INSERT INTO subscriptions (provider_id, customer_id, offer_id, licenses, status, reseller_id, support_contact_id, created_at, updated_at)
      SELECT ${nw}::uuid, l.id, l.ids[l.k],
             l.mins[l.k] + floor(${u("q", sql`l.g * 10 + l.i`)} * (l.maxs[l.k] - l.mins[l.k] + 1))::int,
             (CASE WHEN ${u("s", sql`l.g * 10 + l.i`)} < 0.1 THEN 'suspended' ELSE 'active' END)::subscription_status,
             l.reseller_id,
             CASE WHEN l.reseller_id IS NOT NULL AND ${u("p", sql`l.g * 10 + l.i`)} < 0.3 THEN l.reseller_id ELSE ${nw}::uuid END,
             l.created_at, l.created_at
      FROM l`);
    step("subscriptions");
    for (const ix of indexes) await tx.execute(sql.raw(ix.def));
    step("indexes");
    for (const fk of foreignKeys) await tx.execute(sql.raw(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${fk.name} ${fk.def}`));
    for (const t of bulk) await tx.execute(sql.raw(`ALTER TABLE ${t} ENABLE TRIGGER USER`));
    // With the triggers off, the dashboard summary did not follow: recompute it (migration 0004).
    await tx.execute(sql`SELECT ph_rebuild_dashboard_summary()`);
    const [broken] = await rowsIn<{ n: number }>(
      tx,
      sql`SELECT (SELECT count(*) FROM subscriptions x JOIN offers o ON o.id = x.offer_id WHERE x.licenses NOT BETWEEN o.min_licenses AND o.max_licenses)
                 + (SELECT count(*) FROM customers c JOIN reseller_relationships r ON (r.provider_id, r.reseller_id) = (c.provider_id, c.reseller_id) WHERE r.status <> 'active')
                 + (SELECT count(*) FROM subscriptions x JOIN reseller_relationships r ON (r.provider_id, r.reseller_id) = (x.provider_id, x.support_contact_id) WHERE r.status <> 'active') AS n`,
    );
    if (Number(broken?.n) !== 0) throw new Error(`the scale data breaks the rules in ${broken?.n} rows`);
    step("foreign keys and rules");
  });
  await db.execute(sql`ANALYZE`);
  step("analyze");
  const [counts] = await rowsIn<{ customers: number; subscriptions: number; resellers: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM customers WHERE provider_id = ${nw}::uuid) AS customers,
                 (SELECT count(*)::int FROM subscriptions WHERE provider_id = ${nw}::uuid) AS subscriptions,
                 (SELECT count(*)::int FROM reseller_relationships WHERE provider_id = ${nw}::uuid AND status = 'active') AS resellers`,
  );
  return { ...counts!, ms: Math.round(performance.now() - t0) };
}

/** The rows of a raw query (`db.execute` answers an array on postgres-js and `{ rows }` on PGlite). */
export async function rowsIn<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const r: unknown = await db.execute(query);
  return Array.isArray(r) ? (r as T[]) : ((r as { rows: T[] }).rows ?? []);
}
