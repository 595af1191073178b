import { randomBytes } from "node:crypto";
import { eq, sql, type SQL } from "drizzle-orm";
import { openDatabase, type Connection } from "@/db/client";
import { setConnection } from "@/db/index";
import { migrateDatabase } from "@/db/migrate";
import { seedCatalog } from "@/db/seed";
import * as s from "@/db/schema";
import { isPartnerViewer, viewerOf, type Viewer } from "@/lib/viewer";
import { hashPassword } from "@/lib/password";

const g = globalThis as unknown as { __testConn?: Promise<Connection>; __viewer?: Viewer | null };

/** The run's database, migrated, with the catalog; also what the app's data layer uses. */
export function testConnection(): Promise<Connection> {
  g.__testConn ??= (async () => {
    const url = process.env.PARTNER_HUB_TEST_DB;
    const conn = await openDatabase(url ? { url, poolSize: 5 } : { memory: true });
    await migrateDatabase(conn);
    await seedCatalog(conn.db);
    setConnection(conn);
    return conn;
  })();
  return g.__testConn;
}

export async function testDb() {
  return (await testConnection()).db;
}

export function testViewer(): Viewer | null {
  return g.__viewer ?? null;
}

/** Run the following actions as this user (null = signed out). */
export function actAs(viewer: Viewer | null) {
  g.__viewer = viewer;
}

const unique = () => randomBytes(4).toString("hex");
let partnerSeq = Math.floor(Math.random() * 1e6);
/** The password of every user the test helpers make. */
export const TEST_PASSWORD = "test-password-123";
const PASSWORD_HASH = hashPassword(TEST_PASSWORD);

/** A fresh partner with an admin user; returns the viewer for that admin. */
export async function makePartner(
  kind: s.PartnerKind,
  name = `${kind === "indirect_provider" ? "Provider" : "Reseller"} ${unique()}`,
) {
  const db = await testDb();
  const [partner] = await db
    .insert(s.partners)
    .values({ kind, legalName: name, partnerNumber: String(10_000_000 + partnerSeq++), country: "US" })
    .returning();
  const role = kind === "indirect_provider" ? "provider" : "reseller";
  const [user] = await db
    .insert(s.users)
    .values({
      email: `admin-${unique()}@${unique()}.example`,
      name: `${name} admin`,
      role,
      partnerId: partner!.id,
      passwordHash: await PASSWORD_HASH,
    })
    .returning();
  const viewer = viewerOf(user!, name);
  if (!isPartnerViewer(viewer)) throw new Error("makePartner: not a partner's user");
  return { partner: partner!, user: user!, viewer };
}

export async function relate(providerId: string, resellerId: string) {
  const db = await testDb();
  const [rel] = await db.insert(s.resellerRelationships).values({ providerId, resellerId }).returning();
  return rel!;
}

export async function makeCustomer(providerId: string, resellerId: string | null = null) {
  const db = await testDb();
  const name = unique();
  const [customer] = await db
    .insert(s.customers)
    .values({
      providerId,
      resellerId,
      companyName: `Customer ${name}`,
      domain: `c${name}.onmicrosoft.com`,
      country: "US",
      addressLine1: "1 Test Way",
      city: "Testville",
      postalCode: "12345",
      contactFirstName: "Terry",
      contactLastName: "Test",
      contactEmail: `terry@c${name}.example`,
    })
    .returning();
  return customer!;
}

export async function activityFor(targetId: string) {
  const db = await testDb();
  return db.select().from(s.activityRecords).where(eq(s.activityRecords.targetId, targetId));
}

/** Runs a wrapped action the way a form does. */
export function form(values: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) for (const item of Array.isArray(v) ? v : [v]) fd.append(k, item);
  return fd;
}

/** The program operator (a user of no organisation). */
export async function makeOperator() {
  const db = await testDb();
  const [user] = await db
    .insert(s.users)
    .values({
      email: `operator-${unique()}@partnerhub.example`,
      name: "Test Operator",
      role: "operator",
      passwordHash: await PASSWORD_HASH,
    })
    .returning();
  return { user: user!, viewer: viewerOf(user!, "Partner Hub program") };
}

/** A provider's entry on the official list. */
export async function makeProfile(providerId: string, displayName: string, locations: s.LocationUrl[] = []) {
  const db = await testDb();
  await db.insert(s.providerProfiles).values({ providerId, displayName });
  if (locations.length) await db.insert(s.providerProfileLocations).values(locations.map((l) => ({ providerId, ...l })));
}

/** The rows of a raw query, whichever driver ran it (postgres-js answers an array, PGlite `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

let snapshotQuery: SQL | undefined;
/**
 * Every table of ours (catalog included), in one query: its row count and a checksum of its rows' versions
 * (the sum of each row's `xmin`, the transaction that wrote it: an insert, an update, even one writing the
 * same values, and a delete each change it). A call that must write nothing leaves it equal. Cheaper than
 * hashing each row's text (no row is turned into text), which matters: the matrix takes one per refused cell.
 */
export async function tableSnapshot(): Promise<string[]> {
  const db = await testDb();
  if (!snapshotQuery) {
    const tables = rowsOf<{ name: string }>(
      await db.execute(
        sql`select tablename as name from pg_tables where schemaname = 'public' and tablename not like '%drizzle%' order by 1`,
      ),
    );
    snapshotQuery = sql.join(
      tables.map(
        ({ name }) =>
          sql`select ${name}::text as t, count(*)::int as n, coalesce(sum(r.xmin::text::bigint), 0)::text as h from ${sql.identifier(name)} r`,
      ),
      sql` union all `,
    );
  }
  return rowsOf<{ t: string; n: number; h: string }>(await db.execute(snapshotQuery))
    .map((r) => `${r.t}: ${r.n} rows, versions ${r.h}`)
    .sort();
}
