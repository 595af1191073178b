import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Viewer } from "@/lib/viewer";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import type { DbOrTx } from "../client";
import { getDb } from "../index";
import { customers, offers, partners, subscriptions } from "../schema";
import { PAGE_SIZE } from "./customers";
import { afterPosition, decodeCursor, keysetPage } from "./keyset";
import { assignedToViewer, customerScope, partnerNameFor, subscriptionScope } from "./scope";

const provider = alias(partners, "provider");
const partnerOfRecord = alias(partners, "partner_of_record");
const support = alias(partners, "support");

/**
 * Subscriptions of customers the caller already scoped (ids from `listCustomers` or `customerForViewer`),
 * with offer names and partners' names as the viewer may read them, for summaries and exports. Unsafe: it
 * trusts the ids it is given.
 */
export async function unsafeSubscriptionsOf(viewer: Viewer, customerIds: string[]) {
  if (customerIds.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      id: subscriptions.id,
      customerId: subscriptions.customerId,
      offerId: subscriptions.offerId,
      offerName: offers.name,
      licenses: subscriptions.licenses,
      status: subscriptions.status,
      resellerId: subscriptions.resellerId,
      resellerName: partnerNameFor(viewer, partnerOfRecord),
      supportContactId: subscriptions.supportContactId,
      supportContactName: partnerNameFor(viewer, support),
    })
    .from(subscriptions)
    .innerJoin(offers, eq(offers.id, subscriptions.offerId))
    .leftJoin(partnerOfRecord, eq(partnerOfRecord.id, subscriptions.resellerId))
    .innerJoin(support, eq(support.id, subscriptions.supportContactId))
    .where(inArray(subscriptions.customerId, customerIds))
    .orderBy(asc(offers.name), asc(subscriptions.id));
}

/**
 * Subscriptions with their offer, customer and partners' names, and `adminRights` when the customer is in
 * the viewer's customer scope (a reseller that is only partner of record or support contact has none).
 */
function subscriptionRows(db: DbOrTx, viewer: Viewer) {
  return db
    .select({
      subscription: subscriptions,
      offer: offers,
      customer: customers,
      providerName: provider.legalName,
      resellerName: partnerNameFor(viewer, partnerOfRecord),
      supportContactName: partnerNameFor(viewer, support),
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
export async function subscriptionForViewer(viewer: Viewer, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  const [row] = await subscriptionRows(await getDb(), viewer).where(and(eq(subscriptions.id, id), subscriptionScope(viewer)));
  if (!row) throw new NotFoundError();
  return row;
}

const byCustomerName = sql`lower(${customers.companyName})`;

/**
 * One page of the subscriptions where the viewer is partner of record or assigned support contact, in
 * customer-name order (keyset on lower(company name), subscription id).
 */
export async function assignedSubscriptions(viewer: Viewer, f: { after?: string }) {
  const seek = afterPosition(decodeCursor(f.after), { sortKey: byCustomerName, id: subscriptions.id }, "asc");
  const rows = await subscriptionRows(await getDb(), viewer)
    .where(and(assignedToViewer(viewer), seek))
    .orderBy(byCustomerName, asc(subscriptions.id))
    .limit(PAGE_SIZE + 1);
  return keysetPage(rows, PAGE_SIZE, (r) => ({ key: r.customer.companyName.toLowerCase(), id: r.subscription.id }));
}

/**
 * Whether the customer already has a subscription to this offer (any status). Race-free: it first takes
 * the customer's subscription lock (the one the subscriptions trigger takes, held to the end of the
 * transaction), so two upgrades of one customer to the same offer run one after the other and the second
 * sees the first. Unsafe: the customer id must come from a scoped record.
 */
export async function unsafeCustomerHasOffer(customerId: string, offerId: string) {
  const db = await getDb();
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${"subscriptions:" + customerId}))`);
  const [row] = await db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(and(eq(subscriptions.customerId, customerId), eq(subscriptions.offerId, offerId)));
  return Boolean(row);
}
