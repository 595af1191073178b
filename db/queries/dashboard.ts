import "server-only";
import { and, count, eq, or, sql, sum } from "drizzle-orm";
import type { Viewer } from "@/lib/auth";
import { getDb } from "../index";
import { customers, resellerRelationships, subscriptions } from "../schema";

/** The subscriptions a reseller sees: its customers' and those where it is partner of record or support contact. */
export function resellerSubscriptionScope(org: string) {
  return or(eq(customers.resellerId, org), eq(subscriptions.resellerId, org), eq(subscriptions.supportContactId, org));
}

export type DashboardCounts = { relationships: number; customers: number; activeSubscriptions: number; licenses: number };

/** Counts for the signed-in provider or reseller, scoped to its own organisation. */
export async function dashboardCounts(viewer: Viewer): Promise<DashboardCounts> {
  const db = await getDb();
  const org = viewer.partnerId!;
  const isProvider = viewer.role === "provider";
  const relScope = isProvider ? eq(resellerRelationships.providerId, org) : eq(resellerRelationships.resellerId, org);
  const custScope = isProvider ? eq(customers.providerId, org) : eq(customers.resellerId, org);
  const subScope = isProvider ? eq(subscriptions.providerId, org) : resellerSubscriptionScope(org);
  const [[rel], [cust], [subs]] = await Promise.all([
    db.select({ n: count() }).from(resellerRelationships).where(and(relScope, eq(resellerRelationships.status, "active"))),
    db.select({ n: count() }).from(customers).where(custScope),
    db
      .select({ n: count(), licenses: sum(subscriptions.licenses) })
      .from(subscriptions)
      .innerJoin(customers, eq(customers.id, subscriptions.customerId))
      .where(and(subScope, eq(subscriptions.status, sql`'active'`))),
  ]);
  return {
    relationships: rel?.n ?? 0,
    customers: cust?.n ?? 0,
    activeSubscriptions: subs?.n ?? 0,
    licenses: Number(subs?.licenses ?? 0),
  };
}
