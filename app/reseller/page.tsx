import Link from "next/link";
import { DashboardCharts } from "@/components/dashboard-charts";
import { DashboardStats } from "@/components/dashboard-stats";
import { PageHeader } from "@/components/ui/page-header";
import { customersPerMonth, licensesByPartner } from "@/db/queries/charts";
import { dashboardCounts } from "@/db/queries/dashboard";
import { requireViewer } from "@/lib/auth";
import { can } from "@/lib/permissions";

export default async function ResellerDashboard() {
  const viewer = await requireViewer("dashboard.view");
  const [counts, licenses, perMonth] = await Promise.all([dashboardCounts(viewer), licensesByPartner(viewer), customersPerMonth(viewer)]);
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`${viewer.orgName}: the indirect providers you work with and the customers they delegated to you.`}
        actions={
          can(viewer, "providers.viewOwn") ? (
            <Link className="btn-secondary" href="/reseller/providers">
              Indirect providers
            </Link>
          ) : null
        }
      />
      <DashboardStats counts={counts} relationshipLabel="Indirect providers" />
      <DashboardCharts licenses={licenses} perMonth={perMonth} partnerLabel="Indirect provider" />
    </>
  );
}
