import "server-only";
import { and, count, eq, sql, sum } from "drizzle-orm";
import type { Viewer } from "@/lib/viewer";
import { getDb } from "../index";
import { customers, resellerRelationships, subscriptions } from "../schema";
import { channelOf, customerScope, subscriptionScope } from "./scope";

export type DashboardCounts = { relationships: number; customers: number; activeSubscriptions: number; licenses: number };

/** Counts for the signed-in provider or reseller, scoped to its own organisation. */
export async function dashboardCounts(viewer: Viewer): Promise<DashboardCounts> {
  const { org, side } = channelOf(viewer, "dashboard.view");
  const db = await getDb();
  const ownRelationships = eq(side === "provider" ? resellerRelationships.providerId : resellerRelationships.resellerId, org);
  const [[rel], [cust], [subs]] = await Promise.all([
    db.select({ n: count() }).from(resellerRelationships).where(and(ownRelationships, eq(resellerRelationships.status, "active"))),
    db.select({ n: count() }).from(customers).where(customerScope(viewer)),
    db
      .select({ n: count(), licenses: sum(subscriptions.licenses) })
      .from(subscriptions)
      .innerJoin(customers, eq(customers.id, subscriptions.customerId))
      .where(and(subscriptionScope(viewer), eq(subscriptions.status, sql`'active'`))),
  ]);
  return {
    relationships: rel?.n ?? 0,
    customers: cust?.n ?? 0,
    activeSubscriptions: subs?.n ?? 0,
    licenses: Number(subs?.licenses ?? 0),
  };
}
