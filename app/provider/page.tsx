import Link from "next/link";
import { DashboardStats } from "@/components/dashboard-stats";
import { PageHeader } from "@/components/page-header";
import { dashboardCounts } from "@/db/queries/dashboard";
import { requireViewer } from "@/lib/auth";

export default async function ProviderDashboard() {
  const viewer = await requireViewer("dashboard.view");
  const counts = await dashboardCounts(viewer);
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`${viewer.orgName}: your indirect resellers, the customers you serve with them, and what they subscribe to.`}
        actions={
          <>
            <Link className="btn-secondary" href="/provider/resellers">
              Indirect resellers
            </Link>
            <Link className="btn-primary" href="/provider/customers/new">
              Add customer
            </Link>
          </>
        }
      />
      <DashboardStats counts={counts} relationshipLabel="Indirect resellers" />
    </>
  );
}
