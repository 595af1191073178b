import Link from "@/components/ui/link";
import { DashboardCharts } from "@/components/dashboard-charts";
import { DashboardStats } from "@/components/dashboard-stats";
import { PageHeader } from "@/components/ui/page-header";
import { customersPerMonth, licensesByPartner } from "@/db/queries/charts";
import { dashboardCounts } from "@/db/queries/dashboard";
import { requireViewer } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { getT } from "@/lib/i18n/server";

export default async function ResellerDashboard() {
  const viewer = await requireViewer("dashboard.view");
  const [counts, licenses, perMonth] = await Promise.all([
    dashboardCounts(viewer),
    licensesByPartner(viewer),
    customersPerMonth(viewer),
  ]);
  const t = await getT();
  return (
    <>
      <PageHeader
        title={t("activity.dashboard.title")}
        description={t("activity.dashboard.resellerIntro", { org: viewer.orgName })}
        actions={
          can(viewer, "providers.viewOwn") ? (
            <Link className="btn-secondary" href="/reseller/providers">
              {t("activity.dashboard.indirectProviders")}
            </Link>
          ) : null
        }
      />
      <DashboardStats counts={counts} relationshipLabel={t("activity.dashboard.indirectProviders")} />
      <DashboardCharts licenses={licenses} perMonth={perMonth} side="provider" />
    </>
  );
}
