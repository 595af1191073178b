import { DIRECT_LABEL, type ChartBar } from "@/db/queries/charts";
import { BarChart } from "@/components/ui/bar-chart";
import { getFormat, getT } from "@/lib/i18n/server";

/** The dashboard's two charts: licenses per partner on the other side, customers added per month. */
export async function DashboardCharts({
  licenses,
  perMonth,
  side,
  allLicensesHref,
}: {
  licenses: ChartBar[];
  perMonth: (ChartBar & { month: string })[];
  /** Which side of the channel the bars are (the viewer's partners). */
  side: "reseller" | "provider";
  /** The whole licenses table, linked when the chart folds the rest into "All others". */
  allLicensesHref?: string;
}) {
  const [t, f] = await Promise.all([getT(), getFormat()]);
  const folded = licenses.some((b) => b.others);
  const bars = licenses.map((b) => ({
    ...b,
    label: b.others
      ? t("activity.dashboard.allOthers", { count: f.number(b.others) })
      : b.label === DIRECT_LABEL
        ? t("activity.dashboard.direct")
        : b.label,
  }));
  // "Nov 2026" / "11月 2026": month first, the chart shows the year under January and the first bar.
  const months = perMonth.map((b) => {
    const [year, month] = b.month.split("-").map(Number);
    const name = new Intl.DateTimeFormat(f.locale === "en" ? "en-US" : f.locale, { month: "short", timeZone: "UTC" }).format(
      new Date(Date.UTC(year!, month! - 1, 1)),
    );
    return { ...b, label: `${name} ${year}`, yearStart: month === 1 };
  });
  const reseller = side === "reseller";
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-2">
      <BarChart
        title={t(reseller ? "activity.dashboard.licensesByReseller" : "activity.dashboard.licensesByProvider")}
        data={bars}
        categoryLabel={t(reseller ? "activity.dashboard.indirectReseller" : "activity.dashboard.indirectProvider")}
        valueLabel={t("activity.dashboard.licenses")}
        emptyText={t("activity.dashboard.noActive")}
        showTable={t("activity.dashboard.showTable")}
        locale={f.locale}
        testId="chart-licenses"
        more={
          folded && allLicensesHref
            ? {
                href: allLicensesHref,
                label: t(reseller ? "activity.dashboard.everyReseller" : "activity.dashboard.everyProvider"),
              }
            : undefined
        }
      />
      <BarChart
        title={t("activity.dashboard.perMonth")}
        data={months}
        categoryLabel={t("activity.dashboard.month")}
        valueLabel={t("activity.dashboard.customersAdded")}
        orientation="vertical"
        emptyText={t("activity.dashboard.noCustomers")}
        showTable={t("activity.dashboard.showTable")}
        locale={f.locale}
        testId="chart-customers"
      />
    </div>
  );
}
