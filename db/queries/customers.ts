import "server-only";
import { and, asc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Viewer } from "@/lib/viewer";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { rowsOf } from "../client";
import { getDb } from "../index";
import { customers, offers, partners, subscriptions } from "../schema";
import { afterPosition, decodeCursor, keysetPage, type Position } from "./keyset";
import { customerScope, partnerNameFor } from "./scope";
import { contains } from "./search";

export const PAGE_SIZE = 25;

export type CustomerFilter = { q?: string; reseller?: string; provider?: string; after?: string };

function filterConditions(viewer: Viewer, f: CustomerFilter): SQL[] {
  const where: SQL[] = [customerScope(viewer)];
  if (f.reseller === "none") where.push(isNull(customers.resellerId));
  else if (f.reseller) where.push(eq(customers.resellerId, f.reseller));
  if (f.provider) where.push(eq(customers.providerId, f.provider));
  if (f.q) where.push(or(contains(customers.companyName, f.q), contains(customers.domain, f.q))!);
  return where;
}

const reseller = alias(partners, "reseller");
const provider = alias(partners, "provider");
const partnerOfRecord = alias(partners, "partner_of_record");
const support = alias(partners, "support");
/** The same aliases in hand-written SQL (the exports' batches). */
const aliased = (name: string) => sql`${partners} as ${sql.identifier(name)}`;
const [resellerTable, providerTable, partnerOfRecordTable, supportTable] = [
  "reseller",
  "provider",
  "partner_of_record",
  "support",
].map(aliased);
const byName = sql`lower(${customers.companyName})`;
/**
 * The same order, as an expression no index has: with a search of 3+ characters the planner must then find
 * the matches first (pg_trgm) and sort them, instead of walking the name index and filtering — which, for a
 * term whose matches sort late ("Summit…"), reads 75,000 rows for one page. Shorter terms match densely and
 * cannot use the trigram index: for them the name index is the fast path.
 */
const byNameOfMatches = sql`(lower(${customers.companyName}) || '')`;

/** The list's order for this filter (the list, its keyset seek and both exports must agree). */
function sortKeyFor(f: Pick<CustomerFilter, "q">): SQL {
  return f.q && f.q.length >= 3 ? byNameOfMatches : byName;
}

/** One page of customers in name order, keyset-paginated on (lower(company name), id). */
export async function listCustomers(viewer: Viewer, f: CustomerFilter, pageSize = PAGE_SIZE) {
  const db = await getDb();
  const where = filterConditions(viewer, f);
  const order = sortKeyFor(f);
  const seek = afterPosition(decodeCursor(f.after), { sortKey: order, id: customers.id }, "asc");
  if (seek) where.push(seek);
  const rows = await db
    .select({
      id: customers.id,
      companyName: customers.companyName,
      domain: customers.domain,
      country: customers.country,
      createdAt: customers.createdAt,
      resellerId: customers.resellerId,
      resellerName: partnerNameFor(viewer, reseller),
      providerId: customers.providerId,
      providerName: provider.legalName,
      // The list's count column; the subscriptions themselves load when a row is expanded (customerSummary).
      subscriptionCount:
        sql<number>`(select count(*) from ${subscriptions} where ${subscriptions.customerId} = ${customers.id})`.mapWith(Number),
    })
    .from(customers)
    .leftJoin(reseller, eq(reseller.id, customers.resellerId))
    .innerJoin(provider, eq(provider.id, customers.providerId))
    .where(and(...where))
    .orderBy(order, asc(customers.id))
    .limit(pageSize + 1);
  return keysetPage(rows, pageSize, (r) => ({ key: r.companyName.toLowerCase(), id: r.id }));
}

/**
 * Every customer matching the filter, in batches of `batch` (for the CSV export): a few dozen queries for
 * 100,000 customers, while memory holds two batches at most. Only the columns a file has (no dates: each
 * would be a Date object per row), each batch seeks from the last row's own sort key, and the rows come
 * as the driver reads them: drizzle's mapping of each cell (an entity check per value) was a fifth of the
 * export's time.
 */
export async function* allCustomers(viewer: Viewer, f: Omit<CustomerFilter, "after">, batch = 2000) {
  const db = await getDb();
  const where = filterConditions(viewer, f);
  const order = sortKeyFor(f);
  yield* pipelined(
    async (after) =>
      rowsOf<ExportedCustomer>(
        await db.execute(sql`
          select ${customers.id} as "id", ${customers.companyName} as "companyName", ${customers.domain} as "domain",
            ${partnerNameFor(viewer, reseller)} as "resellerName", ${provider.legalName} as "providerName",
            ${order} as "sortKey"
          from ${customers}
            left join ${resellerTable} on ${eq(reseller.id, customers.resellerId)}
            inner join ${providerTable} on ${eq(provider.id, customers.providerId)}
          where ${and(...where, afterPosition(after, { sortKey: order, id: customers.id }, "asc"))}
          order by ${order}, ${customers.id}
          limit ${batch}`),
      ),
    (rows) => {
      const last = rows.at(-1);
      return last && rows.length === batch ? { key: last.sortKey, id: last.id } : undefined;
    },
  );
}

type ExportedCustomer = {
  id: string;
  companyName: string;
  domain: string;
  resellerName: string | null;
  providerName: string;
  sortKey: string;
};

/**
 * The subscriptions of every customer matching the filter (the "Export subscriptions" file), customer by
 * customer in the list's order, each customer's by offer name: `batch` customers per query, each query
 * reading their subscriptions through the customer index (a plain join or an `IN` list of 2,000 ids is
 * planned as a scan of all 300,000 subscriptions per batch: 30 ms against 115; `offset 0` keeps the
 * lateral subquery from being flattened back into that join), as the driver returns them, the next batch
 * read while this one is written.
 */
export async function* allCustomerSubscriptions(viewer: Viewer, f: Omit<CustomerFilter, "after">, batch = 2000) {
  const db = await getDb();
  const where = filterConditions(viewer, f);
  const order = sortKeyFor(f);
  const page = sql.identifier("page");
  for await (const rows of pipelined(
    async (after) =>
      rowsOf<ExportedSubscription | (Omit<ExportedSubscription, "id"> & { id: null })>(
        await db.execute(sql`
          with ${page} as (
            select ${customers.id} as "customerId", ${customers.companyName} as "companyName", ${order} as "sortKey"
            from ${customers}
            where ${and(...where, afterPosition(after, { sortKey: order, id: customers.id }, "asc"))}
            order by ${order}, ${customers.id}
            limit ${batch}
          )
          select ${page}."customerId", ${page}."companyName", ${page}."sortKey", ${subscriptions.id} as "id",
            ${offers.name} as "offerName", ${subscriptions.licenses} as "licenses", ${subscriptions.status} as "status",
            ${partnerNameFor(viewer, partnerOfRecord)} as "resellerName",
            ${partnerNameFor(viewer, support)} as "supportContactName"
          from ${page}
            left join lateral (
              select * from ${subscriptions} where ${subscriptions.customerId} = ${page}."customerId" offset 0
            ) as ${sql.identifier("subscriptions")} on true
            left join ${offers} on ${eq(offers.id, subscriptions.offerId)}
            left join ${partnerOfRecordTable} on ${eq(partnerOfRecord.id, subscriptions.resellerId)}
            left join ${supportTable} on ${eq(support.id, subscriptions.supportContactId)}
          order by ${page}."sortKey", ${page}."customerId", ${offers.name}, ${subscriptions.id}`),
      ),
    // A customer without subscriptions is one row of nulls: it still counts toward the batch and its key.
    (rows) => {
      const last = rows.at(-1);
      return last && new Set(rows.map((r) => r.customerId)).size === batch
        ? { key: last.sortKey, id: last.customerId }
        : undefined;
    },
  )) {
    const lines = rows.filter((r): r is ExportedSubscription => r.id !== null);
    if (lines.length > 0) yield lines;
  }
}

type ExportedSubscription = {
  id: string;
  customerId: string;
  companyName: string;
  offerName: string;
  licenses: number;
  status: "active" | "suspended";
  resellerName: string | null;
  supportContactName: string;
  sortKey: string;
};

/**
 * Batches of rows, each read from where the last one ended (`next`: its position, or undefined when it was
 * the last), the next one asked for before this one is handed on: the database reads it while the caller
 * writes this one out (at most two batches in memory).
 */
async function* pipelined<T>(read: (after: Position | undefined) => Promise<T[]>, next: (rows: T[]) => Position | undefined) {
  let pending: Promise<T[]> | undefined = read(undefined);
  try {
    while (pending) {
      const rows: T[] = await pending;
      const after = next(rows);
      pending = after ? read(after) : undefined;
      if (rows.length > 0) yield rows;
    }
  } finally {
    // The download was cut off: nobody awaits the batch in flight any more.
    void pending?.catch(() => undefined);
  }
}

/** A customer the viewer may see, or NotFoundError (another organisation's record looks absent). */
export async function customerForViewer(viewer: Viewer, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  const db = await getDb();
  const [row] = await db
    .select({ customer: customers, resellerName: partnerNameFor(viewer, reseller), providerName: provider.legalName })
    .from(customers)
    .leftJoin(reseller, eq(reseller.id, customers.resellerId))
    .innerJoin(provider, eq(provider.id, customers.providerId))
    .where(and(eq(customers.id, id), customerScope(viewer)));
  if (!row) throw new NotFoundError();
  return row;
}

/** Associates one of the viewer's customers with a reseller (or none); another organisation's is NotFoundError. */
export async function setCustomerReseller(viewer: Viewer, customerId: string, resellerId: string | null) {
  const db = await getDb();
  const [row] = await db
    .update(customers)
    .set({ resellerId })
    .where(and(eq(customers.id, customerId), customerScope(viewer)))
    .returning({ id: customers.id });
  if (!row) throw new NotFoundError();
}

/** The signed-in customer administrator's own customer. */
export async function ownCustomer(viewer: Viewer) {
  if (!viewer.customerId) throw new NotFoundError();
  return customerForViewer(viewer, viewer.customerId);
}
