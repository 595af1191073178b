import Link from "@/components/ui/link";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { RelationshipStatus } from "@/components/ui/relationship-status";
import { providersOfReseller } from "@/db/queries/relationships";
import { requireViewer } from "@/lib/auth";
import { getFormat, getT } from "@/lib/i18n/server";

export default async function IndirectProvidersPage({ searchParams }: { searchParams: Promise<{ authorized?: string }> }) {
  const viewer = await requireViewer("providers.viewOwn");
  const [providers, { authorized }] = await Promise.all([providersOfReseller(viewer), searchParams]);
  const [t, f] = await Promise.all([getT(), getFormat()]);
  const justAuthorized = authorized ? providers.find((p) => p.id === authorized && p.status === "active") : undefined;
  return (
    <>
      <PageHeader
        title={t("relationships.resellerProviders.title")}
        description={t("relationships.resellerProviders.description")}
      />
      {justAuthorized ? (
        <div className="notice notice-success mb-6" role="status">
          {t("relationships.resellerProviders.authorized", { name: justAuthorized.name })}
        </div>
      ) : null}
      {providers.length === 0 ? (
        <EmptyState>{t("relationships.resellerProviders.empty")}</EmptyState>
      ) : (
        <DataTable
          testId="providers-table"
          columns={[
            { label: t("relationships.resellerProviders.colProvider") },
            { label: t("relationships.resellers.colStatus") },
            { label: t("relationships.resellers.colSince") },
            { label: t("relationships.resellers.colActions"), hidden: true },
          ]}
        >
          {providers.map((p) => (
            <tr key={p.id} data-testid="provider-row">
              <td className="font-medium">{p.name}</td>
              <td>
                <RelationshipStatus status={p.status} endedAt={p.endedAt} />
              </td>
              <td>{f.date(p.establishedAt)}</td>
              <td className="text-right">
                <Link className="btn-secondary" href={`/reseller/customers?provider=${p.providerId}`}>
                  {t("relationships.resellerProviders.viewCustomers")}
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
