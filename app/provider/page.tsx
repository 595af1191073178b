import Link from "@/components/ui/link";
import { DashboardCharts } from "@/components/dashboard-charts";
import { DashboardStats } from "@/components/dashboard-stats";
import { PageHeader } from "@/components/ui/page-header";
import { customersPerMonth, licensesByPartner } from "@/db/queries/charts";
import { dashboardCounts } from "@/db/queries/dashboard";
import { requireViewer } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { getT } from "@/lib/i18n/server";

export default async function ProviderDashboard() {
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
        description={t("activity.dashboard.providerIntro", { org: viewer.orgName })}
        actions={
          <>
            {can(viewer, "resellers.view") ? (
              <Link className="btn-secondary" href="/provider/resellers">
                {t("activity.dashboard.indirectResellers")}
              </Link>
            ) : null}
            {can(viewer, "customers.create") ? (
              <Link className="btn-primary" href="/provider/customers/new">
                {t("activity.dashboard.addCustomer")}
              </Link>
            ) : null}
          </>
        }
      />
      <DashboardStats counts={counts} relationshipLabel={t("activity.dashboard.indirectResellers")} />
      <DashboardCharts licenses={licenses} perMonth={perMonth} side="reseller" allLicensesHref="/provider/licenses" />
    </>
  );
}
