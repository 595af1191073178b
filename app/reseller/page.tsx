import Link from "next/link";
import { DashboardStats } from "@/components/dashboard-stats";
import { PageHeader } from "@/components/page-header";
import { dashboardCounts } from "@/db/queries/dashboard";
import { requireViewer } from "@/lib/auth";

export default async function ResellerDashboard() {
  const viewer = await requireViewer("dashboard.view");
  const counts = await dashboardCounts(viewer);
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`${viewer.orgName}: the indirect providers you work with and the customers they delegated to you.`}
        actions={
          <Link className="btn-secondary" href="/reseller/providers">
            Indirect providers
          </Link>
        }
      />
      <DashboardStats counts={counts} relationshipLabel="Indirect providers" />
    </>
  );
}
