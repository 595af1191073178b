import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { RelationshipStatus } from "@/components/ui/relationship-status";
import { providersOfReseller } from "@/db/queries/relationships";
import { requireViewer } from "@/lib/auth";
import { formatDate } from "@/lib/format";

export default async function IndirectProvidersPage({ searchParams }: { searchParams: Promise<{ authorized?: string }> }) {
  const viewer = await requireViewer("providers.viewOwn");
  const [providers, { authorized }] = await Promise.all([providersOfReseller(viewer), searchParams]);
  const justAuthorized = authorized ? providers.find((p) => p.id === authorized && p.status === "active") : undefined;
  return (
    <>
      <PageHeader
        title="Indirect providers"
        description="The indirect providers you have authorized. To add one, open the personalized link a provider sent you and select Authorize indirect provider."
      />
      {justAuthorized ? (
        <div className="notice notice-success mb-6" role="status">
          You authorized {justAuthorized.name} as your indirect provider.
        </div>
      ) : null}
      {providers.length === 0 ? (
        <EmptyState>No indirect provider yet. When a provider sends you a relationship request, open its link to authorize it.</EmptyState>
      ) : (
        <DataTable testId="providers-table" columns={[{ label: "Indirect provider" }, { label: "Status" }, { label: "Since" }, { label: "Actions", hidden: true }]}>
          {providers.map((p) => (
            <tr key={p.id} data-testid="provider-row">
              <td className="font-medium">{p.name}</td>
              <td>
                <RelationshipStatus status={p.status} endedAt={p.endedAt} />
              </td>
              <td>{formatDate(p.establishedAt)}</td>
              <td className="text-right">
                <Link className="btn-secondary" href={`/reseller/customers?provider=${p.providerId}`}>
                  View customers
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
