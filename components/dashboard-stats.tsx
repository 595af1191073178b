import type { DashboardCounts } from "@/db/queries/dashboard";
import { StatCard } from "@/components/ui/page-header";
import { getT, requestLocale } from "@/lib/i18n/server";

export async function DashboardStats({ counts, relationshipLabel }: { counts: DashboardCounts; relationshipLabel: string }) {
  const [t, locale] = await Promise.all([getT(), requestLocale()]);
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <StatCard label={relationshipLabel} value={counts.relationships} testId="count-relationships" locale={locale} />
      <StatCard label={t("activity.dashboard.customers")} value={counts.customers} testId="count-customers" locale={locale} />
      <StatCard
        label={t("activity.dashboard.activeSubscriptions")}
        value={counts.activeSubscriptions}
        testId="count-subscriptions"
        locale={locale}
      />
      <StatCard label={t("activity.dashboard.licenses")} value={counts.licenses} testId="count-licenses" locale={locale} />
    </div>
  );
}
