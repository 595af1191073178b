import "server-only";
import { and, desc, eq, gte, sql, sum } from "drizzle-orm";
import type { Viewer } from "@/lib/auth";
import { NotFoundError } from "@/lib/form-state";
import { can } from "@/lib/permissions";
import { getDb } from "../index";
import { customers, partners, subscriptions } from "../schema";
import { resellerSubscriptionScope } from "./dashboard";

export type ChartBar = { label: string; value: number };

function orgOf(viewer: Viewer): string {
  if (!can(viewer.role, "dashboard.view") || !viewer.partnerId) throw new NotFoundError();
  return viewer.partnerId;
}

/**
 * Licenses of active subscriptions, per partner on the other side: for a provider per associated
 * reseller (and "Direct" for none), for a reseller per provider.
 */
export async function licensesByPartner(viewer: Viewer): Promise<ChartBar[]> {
  const org = orgOf(viewer);
  const db = await getDb();
  const total = sum(subscriptions.licenses);
  const active = eq(subscriptions.status, "active");
  const rows =
    viewer.role === "provider"
      ? await db
          .select({ label: partners.legalName, value: total })
          .from(subscriptions)
          .leftJoin(partners, eq(partners.id, subscriptions.resellerId))
          .where(and(eq(subscriptions.providerId, org), active))
          .groupBy(subscriptions.resellerId, partners.legalName)
          .orderBy(desc(total), partners.legalName)
      : await db
          .select({ label: partners.legalName, value: total })
          .from(subscriptions)
          .innerJoin(customers, eq(customers.id, subscriptions.customerId))
          .innerJoin(partners, eq(partners.id, subscriptions.providerId))
          .where(and(resellerSubscriptionScope(org), active))
          .groupBy(subscriptions.providerId, partners.legalName)
          .orderBy(desc(total), partners.legalName);
  return rows.map((r) => ({ label: r.label ?? "Direct (no reseller)", value: Number(r.value ?? 0) }));
}

const monthLabel = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

/** Customers added in each of the last `months` calendar months (UTC), oldest first, empty months included. */
export async function customersPerMonth(viewer: Viewer, now = new Date(), months = 12): Promise<(ChartBar & { month: string })[]> {
  const org = orgOf(viewer);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  const month = sql<string>`to_char(date_trunc('month', ${customers.createdAt} at time zone 'UTC'), 'YYYY-MM')`;
  const db = await getDb();
  const rows = await db
    .select({ month, n: sql<number>`count(*)::int` })
    .from(customers)
    .where(and(viewer.role === "provider" ? eq(customers.providerId, org) : eq(customers.resellerId, org), gte(customers.createdAt, start)))
    .groupBy(month);
  const counts = new Map(rows.map((r) => [r.month, Number(r.n)]));
  return Array.from({ length: months }, (_, i) => {
    const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1));
    const key = d.toISOString().slice(0, 7);
    return { month: key, label: monthLabel.format(d), value: counts.get(key) ?? 0 };
  });
}
