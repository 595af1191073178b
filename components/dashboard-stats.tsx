import type { DashboardCounts } from "@/db/queries/dashboard";
import { StatCard } from "@/components/ui/page-header";

export function DashboardStats({ counts, relationshipLabel }: { counts: DashboardCounts; relationshipLabel: string }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <StatCard label={relationshipLabel} value={counts.relationships} testId="count-relationships" />
      <StatCard label="Customers" value={counts.customers} testId="count-customers" />
      <StatCard label="Active subscriptions" value={counts.activeSubscriptions} testId="count-subscriptions" />
      <StatCard label="Licenses" value={counts.licenses} testId="count-licenses" />
    </div>
  );
}
