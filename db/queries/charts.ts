import "server-only";
import { and, desc, eq, gte, sql, sum } from "drizzle-orm";
import type { Viewer } from "@/lib/viewer";
import { getDb } from "../index";
import { customers, partners, subscriptions } from "../schema";
import { channelOf, customerScope, subscriptionScope } from "./scope";

export type ChartBar = { label: string; value: number };

/**
 * Licenses of active subscriptions the viewer sees, per partner on the other side of the channel: for a
 * provider per associated reseller (and "Direct" for none), for a reseller per provider.
 */
export async function licensesByPartner(viewer: Viewer): Promise<ChartBar[]> {
  const { side } = channelOf(viewer, "dashboard.view");
  const otherSide = side === "provider" ? subscriptions.resellerId : subscriptions.providerId;
  const db = await getDb();
  const total = sum(subscriptions.licenses);
  const rows = await db
    .select({ label: partners.legalName, value: total })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .leftJoin(partners, eq(partners.id, otherSide))
    .where(and(subscriptionScope(viewer), eq(subscriptions.status, "active")))
    .groupBy(otherSide, partners.legalName)
    .orderBy(desc(total), partners.legalName);
  return rows.map((r) => ({ label: r.label ?? "Direct (no reseller)", value: Number(r.value ?? 0) }));
}

const monthLabel = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

/** Customers added in each of the last `months` calendar months (UTC), oldest first, empty months included. */
export async function customersPerMonth(viewer: Viewer, now = new Date(), months = 12): Promise<(ChartBar & { month: string })[]> {
  channelOf(viewer, "dashboard.view");
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  const month = sql<string>`to_char(date_trunc('month', ${customers.createdAt} at time zone 'UTC'), 'YYYY-MM')`;
  const db = await getDb();
  const rows = await db
    .select({ month, n: sql<number>`count(*)::int` })
    .from(customers)
    .where(and(customerScope(viewer), gte(customers.createdAt, start)))
    .groupBy(month);
  const counts = new Map(rows.map((r) => [r.month, Number(r.n)]));
  return Array.from({ length: months }, (_, i) => {
    const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1));
    const key = d.toISOString().slice(0, 7);
    return { month: key, label: monthLabel.format(d), value: counts.get(key) ?? 0 };
  });
}
