import "server-only";
import { and, asc, eq, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Viewer } from "@/lib/auth";
import { NotFoundError } from "@/lib/form-state";
import { can } from "@/lib/permissions";
import type { Db, Tx } from "../client";
import { getDb } from "../index";
import { customers, offers, offerUpgrades, partners, resellerRelationships, subscriptions, users } from "../schema";

type Q = Db | Tx;
const q = async (db?: Q) => db ?? (await getDb());

/**
 * Which customers a viewer may see (lib/permissions): with `customers.viewAll` every customer it is the
 * provider of record of; with `customers.view` alone those associated with it (the association only
 * exists while the relationship is active: ending it clears the column); a customer's administrator its own.
 * A customer in this scope is one the viewer has admin rights over.
 */
export function customerScope(viewer: Viewer): SQL {
  const { role, partnerId, customerId } = viewer;
  if (partnerId && can(role, "customers.viewAll")) return eq(customers.providerId, partnerId);
  if (partnerId && can(role, "customers.view")) return eq(customers.resellerId, partnerId);
  if (customerId && can(role, "ownAccount.view")) return eq(customers.id, customerId);
  return sql`false`;
}

/** Where the organisation is partner of record or assigned support contact (for `subscriptions.viewAssigned`). */
function assignedToViewer(viewer: Viewer): SQL {
  const { role, partnerId } = viewer;
  if (!partnerId || !can(role, "subscriptions.viewAssigned")) return sql`false`;
  return or(eq(subscriptions.resellerId, partnerId), eq(subscriptions.supportContactId, partnerId))!;
}

/** Which subscriptions a viewer may see (joined with their customer): its customers', and those assigned to it. */
export function subscriptionScope(viewer: Viewer): SQL {
  return or(customerScope(viewer), assignedToViewer(viewer))!;
}

export const PAGE_SIZE = 25;

type Cursor = { name: string; id: string };
export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.name, c.id])).toString("base64url");
}
function decodeCursor(s: string | undefined): Cursor | undefined {
  if (!s) return undefined;
  try {
    const [name, id] = JSON.parse(Buffer.from(s, "base64url").toString("utf8")) as unknown[];
    if (typeof name === "string" && typeof id === "string" && /^[0-9a-f-]{36}$/.test(id)) return { name, id };
  } catch {
    /* a tampered cursor is just the first page */
  }
  return undefined;
}

/** The first PAGE_SIZE of PAGE_SIZE + 1 rows, and the cursor of the next page when there is one. */
function keysetPage<T>(rows: T[], key: (row: T) => Cursor) {
  const page = rows.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  if (rows.length <= PAGE_SIZE || !last) return { rows: page, next: undefined };
  const { name, id } = key(last);
  return { rows: page, next: encodeCursor({ name: name.toLowerCase(), id }) };
}

export type CustomerFilter = { q?: string; reseller?: string; provider?: string; after?: string };

function filterConditions(viewer: Viewer, f: CustomerFilter): SQL[] {
  const where: SQL[] = [customerScope(viewer)];
  if (f.reseller === "none") where.push(isNull(customers.resellerId));
  else if (f.reseller) where.push(eq(customers.resellerId, f.reseller));
  if (f.provider) where.push(eq(customers.providerId, f.provider));
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where.push(or(ilike(customers.companyName, pattern), ilike(customers.domain, pattern))!);
  }
  return where;
}

const reseller = alias(partners, "reseller");
const provider = alias(partners, "provider");
const partnerOfRecord = alias(partners, "partner_of_record");
const support = alias(partners, "support");

/** One page of customers in name order, keyset-paginated on (lower(company name), id). */
export async function listCustomers(viewer: Viewer, f: CustomerFilter) {
  const db = await q();
  const where = filterConditions(viewer, f);
  const cursor = decodeCursor(f.after);
  if (cursor) where.push(sql`(lower(${customers.companyName}), ${customers.id}) > (${cursor.name}, ${cursor.id}::uuid)`);
  const rows = await db
    .select({
      id: customers.id,
      companyName: customers.companyName,
      domain: customers.domain,
      country: customers.country,
      createdAt: customers.createdAt,
      resellerId: customers.resellerId,
      resellerName: reseller.legalName,
      providerId: customers.providerId,
      providerName: provider.legalName,
    })
    .from(customers)
    .leftJoin(reseller, eq(reseller.id, customers.resellerId))
    .innerJoin(provider, eq(provider.id, customers.providerId))
    .where(and(...where))
    .orderBy(sql`lower(${customers.companyName})`, asc(customers.id))
    .limit(PAGE_SIZE + 1);
  return keysetPage(rows, (r) => ({ name: r.companyName, id: r.id }));
}

/** Every customer matching the filter, in batches (for the CSV export). */
export async function* allCustomers(viewer: Viewer, f: CustomerFilter) {
  let after: string | undefined;
  do {
    const page = await listCustomers(viewer, { ...f, after });
    yield page.rows;
    after = page.next;
  } while (after);
}

/** Subscriptions of the given customers (already scoped), with offer names, for summaries and exports. */
export async function subscriptionsOf(customerIds: string[], db?: Q) {
  if (customerIds.length === 0) return [];
  const d = await q(db);
  return d
    .select({
      id: subscriptions.id,
      customerId: subscriptions.customerId,
      offerId: subscriptions.offerId,
      offerName: offers.name,
      licenses: subscriptions.licenses,
      status: subscriptions.status,
      resellerId: subscriptions.resellerId,
      resellerName: partnerOfRecord.legalName,
      supportContactId: subscriptions.supportContactId,
      supportContactName: support.legalName,
      createdAt: subscriptions.createdAt,
    })
    .from(subscriptions)
    .innerJoin(offers, eq(offers.id, subscriptions.offerId))
    .leftJoin(partnerOfRecord, eq(partnerOfRecord.id, subscriptions.resellerId))
    .innerJoin(support, eq(support.id, subscriptions.supportContactId))
    .where(inArray(subscriptions.customerId, customerIds))
    .orderBy(asc(offers.name), asc(subscriptions.id));
}

/** A customer the viewer may see, or NotFoundError (another organisation's record looks absent). */
export async function customerForViewer(viewer: Viewer, id: string, db?: Q) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();
  const d = await q(db);
  const [row] = await d
    .select({ customer: customers, resellerName: reseller.legalName, providerName: provider.legalName })
    .from(customers)
    .leftJoin(reseller, eq(reseller.id, customers.resellerId))
    .innerJoin(provider, eq(provider.id, customers.providerId))
    .where(and(eq(customers.id, id), customerScope(viewer)));
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * Subscriptions with their offer, customer and partners' names, and `adminRights` when the customer is in
 * the viewer's customer scope (a reseller that is only partner of record or support contact has none).
 */
function subscriptionRows(d: Q, viewer: Viewer) {
  return d
    .select({
      subscription: subscriptions,
      offer: offers,
      customer: customers,
      providerName: provider.legalName,
      resellerName: partnerOfRecord.legalName,
      supportContactName: support.legalName,
      adminRights: sql<boolean>`coalesce(${customerScope(viewer)}, false)`.mapWith(Boolean),
    })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .innerJoin(offers, eq(offers.id, subscriptions.offerId))
    .innerJoin(provider, eq(provider.id, subscriptions.providerId))
    .leftJoin(partnerOfRecord, eq(partnerOfRecord.id, subscriptions.resellerId))
    .innerJoin(support, eq(support.id, subscriptions.supportContactId));
}

/** A subscription the viewer may see (`subscriptionScope`), or NotFoundError. */
export async function subscriptionForViewer(viewer: Viewer, id: string, db?: Q) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();
  const [row] = await subscriptionRows(await q(db), viewer).where(and(eq(subscriptions.id, id), subscriptionScope(viewer)));
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * One page of the subscriptions where the viewer is partner of record or assigned support contact, in
 * customer-name order (keyset on lower(company name), subscription id).
 */
export async function assignedSubscriptions(viewer: Viewer, f: { after?: string }) {
  const where: SQL[] = [assignedToViewer(viewer)];
  const cursor = decodeCursor(f.after);
  if (cursor) where.push(sql`(lower(${customers.companyName}), ${subscriptions.id}) > (${cursor.name}, ${cursor.id}::uuid)`);
  const rows = await subscriptionRows(await q(), viewer)
    .where(and(...where))
    .orderBy(sql`lower(${customers.companyName})`, asc(subscriptions.id))
    .limit(PAGE_SIZE + 1);
  return keysetPage(rows, (r) => ({ name: r.customer.companyName, id: r.subscription.id }));
}

/** The provider's resellers with an active relationship (for selects and checks). */
export async function activeResellers(providerId: string, db?: Q) {
  const d = await q(db);
  return d
    .select({ id: partners.id, name: partners.legalName, partnerNumber: partners.partnerNumber })
    .from(resellerRelationships)
    .innerJoin(partners, eq(partners.id, resellerRelationships.resellerId))
    .where(and(eq(resellerRelationships.providerId, providerId), eq(resellerRelationships.status, "active")))
    .orderBy(asc(partners.legalName));
}

/** The reseller's providers with an active relationship. */
export async function activeProviders(resellerId: string, db?: Q) {
  const d = await q(db);
  return d
    .select({ id: partners.id, name: partners.legalName })
    .from(resellerRelationships)
    .innerJoin(partners, eq(partners.id, resellerRelationships.providerId))
    .where(and(eq(resellerRelationships.resellerId, resellerId), eq(resellerRelationships.status, "active")))
    .orderBy(asc(partners.legalName));
}

export async function isActiveReseller(providerId: string, resellerId: string, db?: Q) {
  const d = await q(db);
  const [row] = await d
    .select({ id: resellerRelationships.id })
    .from(resellerRelationships)
    .where(and(eq(resellerRelationships.providerId, providerId), eq(resellerRelationships.resellerId, resellerId), eq(resellerRelationships.status, "active")));
  return Boolean(row);
}

export async function catalog(db?: Q) {
  const d = await q(db);
  return d.select().from(offers).where(eq(offers.active, true)).orderBy(asc(offers.category), asc(offers.unitPriceCents));
}

/** Offers this offer can be upgraded to. */
export async function upgradeTargets(offerId: string, db?: Q) {
  const d = await q(db);
  return d
    .select({ offer: offers })
    .from(offerUpgrades)
    .innerJoin(offers, eq(offers.id, offerUpgrades.toOfferId))
    .where(and(eq(offerUpgrades.fromOfferId, offerId), eq(offers.active, true)))
    .orderBy(asc(offers.unitPriceCents))
    .then((rows) => rows.map((r) => r.offer));
}

export async function isDomainTaken(domain: string, db?: Q) {
  const d = await q(db);
  const [row] = await d
    .select({ id: customers.id })
    .from(customers)
    .where(eq(sql`lower(${customers.domain})`, domain.toLowerCase()));
  return Boolean(row);
}

/** The email domains the provider's own staff use (a customer's contact may not use them). */
export async function providerEmailDomains(providerId: string, db?: Q) {
  const d = await q(db);
  const rows = await d
    .selectDistinct({ domain: sql<string>`lower(split_part(${users.email}, '@', 2))` })
    .from(users)
    .where(eq(users.partnerId, providerId));
  return rows.map((r) => r.domain);
}

export async function partnerName(id: string, db?: Q) {
  const d = await q(db);
  const [row] = await d.select({ name: partners.legalName }).from(partners).where(eq(partners.id, id));
  return row?.name;
}
