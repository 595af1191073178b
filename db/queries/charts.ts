import "server-only";
import { and, count, desc, eq, gt, gte, sum } from "drizzle-orm";
import type { Viewer } from "@/lib/viewer";
import { getDb } from "../index";
import { customerMonths, customers, partners, subscriptions, subscriptionTotals } from "../schema";
import { channelOf, subscriptionScope } from "./scope";

/** One bar; `others` marks the bar that folds the rest (how many partners it stands for). */
export type ChartBar = { label: string; value: number; others?: number };

/** Bars a chart draws before the rest become one "All others" bar (readable at 2,000 resellers). */
export const TOP_BARS = 10;
/** The bar of subscriptions with no reseller (the pages say it in the reader's language). */
export const DIRECT_LABEL = "Direct (no reseller)";
const DIRECT = DIRECT_LABEL;
const othersBar = (others: number, value: number): ChartBar => ({
  label: `All others (${others.toLocaleString("en-US")})`,
  value,
  others,
});

/**
 * Licenses of active subscriptions the viewer sees, per partner on the other side of the channel: for a
 * provider per associated reseller (and "Direct" for none), for a reseller per provider. The biggest
 * TOP_BARS, then "All others (n)" with the rest; the whole list is `licensesByPartnerPage`.
 */
export async function licensesByPartner(viewer: Viewer): Promise<ChartBar[]> {
  const { org, side } = channelOf(viewer, "dashboard.view");
  const db = await getDb();
  if (side === "provider") {
    const mine = and(eq(subscriptionTotals.providerId, org), gt(subscriptionTotals.activeLicenses, 0));
    const [top, [all]] = await Promise.all([
      db
        .select({ label: partners.legalName, value: subscriptionTotals.activeLicenses })
        .from(subscriptionTotals)
        .leftJoin(partners, eq(partners.id, subscriptionTotals.resellerId))
        .where(mine)
        .orderBy(desc(subscriptionTotals.activeLicenses), partners.legalName)
        .limit(TOP_BARS),
      db
        .select({ n: count(), licenses: sum(subscriptionTotals.activeLicenses) })
        .from(subscriptionTotals)
        .where(mine),
    ]);
    const bars = top.map((r) => ({ label: r.label ?? DIRECT, value: Number(r.value) }));
    const rest = (all?.n ?? 0) - bars.length;
    if (rest > 0) bars.push(othersBar(rest, Number(all?.licenses ?? 0) - bars.reduce((n, b) => n + b.value, 0)));
    return bars;
  }
  // A reseller works with a handful of providers: counted live over the subscriptions it sees.
  const total = sum(subscriptions.licenses);
  const rows = await db
    .select({ label: partners.legalName, value: total })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .innerJoin(partners, eq(partners.id, subscriptions.providerId))
    .where(and(subscriptionScope(viewer), eq(subscriptions.status, "active")))
    .groupBy(subscriptions.providerId, partners.legalName)
    .orderBy(desc(total), partners.legalName);
  const bars = rows.map((r) => ({ label: r.label, value: Number(r.value ?? 0) }));
  if (bars.length <= TOP_BARS + 1) return bars;
  const others = bars.slice(TOP_BARS);
  return [
    ...bars.slice(0, TOP_BARS),
    othersBar(
      others.length,
      others.reduce((n, b) => n + b.value, 0),
    ),
  ];
}

export const LICENSES_PAGE_SIZE = 50;

/** The provider's whole "licenses by reseller" list, biggest first, one page (1-based) at a time. */
export async function licensesByPartnerPage(viewer: Viewer, page: number) {
  const { org } = channelOf(viewer, "dashboard.view");
  const db = await getDb();
  const mine = and(eq(subscriptionTotals.providerId, org), gt(subscriptionTotals.activeLicenses, 0));
  const [rows, [all]] = await Promise.all([
    db
      .select({
        label: partners.legalName,
        partnerNumber: partners.partnerNumber,
        subscriptions: subscriptionTotals.activeSubscriptions,
        licenses: subscriptionTotals.activeLicenses,
      })
      .from(subscriptionTotals)
      .leftJoin(partners, eq(partners.id, subscriptionTotals.resellerId))
      .where(mine)
      .orderBy(desc(subscriptionTotals.activeLicenses), partners.legalName, subscriptionTotals.resellerId)
      .limit(LICENSES_PAGE_SIZE)
      .offset((page - 1) * LICENSES_PAGE_SIZE),
    db.select({ n: count() }).from(subscriptionTotals).where(mine),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, label: r.label ?? DIRECT, licenses: Number(r.licenses) })),
    total: all?.n ?? 0,
    pages: Math.max(1, Math.ceil((all?.n ?? 0) / LICENSES_PAGE_SIZE)),
  };
}

const monthLabel = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

/**
 * Customers added in each of the last `months` calendar months (UTC), oldest first, empty months included;
 * from the summary `customer_months` (one row per organisation and month).
 */
export async function customersPerMonth(
  viewer: Viewer,
  now = new Date(),
  months = 12,
): Promise<(ChartBar & { month: string })[]> {
  const { org } = channelOf(viewer, "dashboard.view");
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  const db = await getDb();
  const rows = await db
    .select({ month: customerMonths.month, n: customerMonths.customers })
    .from(customerMonths)
    .where(and(eq(customerMonths.partnerId, org), gte(customerMonths.month, start.toISOString().slice(0, 10))));
  const counts = new Map(rows.map((r) => [r.month.slice(0, 7), Number(r.n)]));
  return Array.from({ length: months }, (_, i) => {
    const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1));
    const key = d.toISOString().slice(0, 7);
    return { month: key, label: monthLabel.format(d), value: counts.get(key) ?? 0 };
  });
}
