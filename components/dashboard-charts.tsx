import type { ChartBar } from "@/db/queries/charts";
import { BarChart } from "@/components/ui/bar-chart";

/** The dashboard's two charts: licenses per partner on the other side, customers added per month. */
export function DashboardCharts({ licenses, perMonth, partnerLabel }: { licenses: ChartBar[]; perMonth: ChartBar[]; partnerLabel: "Indirect reseller" | "Indirect provider" }) {
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-2">
      <BarChart
        title={`Licenses by ${partnerLabel.toLowerCase()}`}
        data={licenses}
        categoryLabel={partnerLabel}
        valueLabel="Licenses"
        emptyText="No active subscriptions yet."
        testId="chart-licenses"
      />
      <BarChart
        title="Customers added per month"
        data={perMonth}
        categoryLabel="Month"
        valueLabel="Customers added"
        orientation="vertical"
        emptyText="No customers added in the last 12 months."
        testId="chart-customers"
      />
    </div>
  );
}
