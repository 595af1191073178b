import "server-only";
import { and, count, eq, sql, sum } from "drizzle-orm";
import type { Viewer } from "@/lib/viewer";
import { getDb } from "../index";
import { customerMonths, customers, resellerRelationships, subscriptions, subscriptionTotals } from "../schema";
import { channelOf, subscriptionScope } from "./scope";

export type DashboardCounts = { relationships: number; customers: number; activeSubscriptions: number; licenses: number };

/**
 * Counts for the signed-in provider or reseller, scoped to its own organisation. Customers come from the
 * summary `customer_months` (one row per month), a provider's subscriptions from `subscription_totals`
 * (one row per reseller): both kept exact by triggers (migration 0004), so a distributor's dashboard
 * never counts its 300,000 subscriptions. A reseller's subscriptions (its customers' and those assigned
 * to it) are few and counted live.
 */
export async function dashboardCounts(viewer: Viewer): Promise<DashboardCounts> {
  const { org, side } = channelOf(viewer, "dashboard.view");
  const db = await getDb();
  const ownRelationships = eq(side === "provider" ? resellerRelationships.providerId : resellerRelationships.resellerId, org);
  const [[rel], [cust], [subs]] = await Promise.all([
    db
      .select({ n: count() })
      .from(resellerRelationships)
      .where(and(ownRelationships, eq(resellerRelationships.status, "active"))),
    db
      .select({ n: sum(customerMonths.customers) })
      .from(customerMonths)
      .where(eq(customerMonths.partnerId, org)),
    side === "provider"
      ? db
          .select({ n: sum(subscriptionTotals.activeSubscriptions), licenses: sum(subscriptionTotals.activeLicenses) })
          .from(subscriptionTotals)
          .where(eq(subscriptionTotals.providerId, org))
      : db
          .select({ n: count(), licenses: sum(subscriptions.licenses) })
          .from(subscriptions)
          .innerJoin(customers, eq(customers.id, subscriptions.customerId))
          .where(and(subscriptionScope(viewer), eq(subscriptions.status, sql`'active'`))),
  ]);
  return {
    relationships: rel?.n ?? 0,
    customers: Number(cust?.n ?? 0),
    activeSubscriptions: Number(subs?.n ?? 0),
    licenses: Number(subs?.licenses ?? 0),
  };
}
