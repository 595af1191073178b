import Link from "next/link";
import { DashboardCharts } from "@/components/dashboard-charts";
import { DashboardStats } from "@/components/dashboard-stats";
import { PageHeader } from "@/components/ui/page-header";
import { customersPerMonth, licensesByPartner } from "@/db/queries/charts";
import { dashboardCounts } from "@/db/queries/dashboard";
import { requireViewer } from "@/lib/auth";
import { can } from "@/lib/permissions";

export default async function ProviderDashboard() {
  const viewer = await requireViewer("dashboard.view");
  const [counts, licenses, perMonth] = await Promise.all([dashboardCounts(viewer), licensesByPartner(viewer), customersPerMonth(viewer)]);
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`${viewer.orgName}: your indirect resellers, the customers you serve with them, and what they subscribe to.`}
        actions={
          <>
            {can(viewer, "resellers.view") ? (
              <Link className="btn-secondary" href="/provider/resellers">
                Indirect resellers
              </Link>
            ) : null}
            {can(viewer, "customers.create") ? (
              <Link className="btn-primary" href="/provider/customers/new">
                Add customer
              </Link>
            ) : null}
          </>
        }
      />
      <DashboardStats counts={counts} relationshipLabel="Indirect resellers" />
      <DashboardCharts licenses={licenses} perMonth={perMonth} partnerLabel="Indirect reseller" allLicensesHref="/provider/licenses" />
    </>
  );
}
