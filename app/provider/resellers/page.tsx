import Link from "@/components/ui/link";
import { ActionButton } from "@/components/ui/action-button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { SearchField } from "@/components/ui/search-field";
import { RelationshipStatus } from "@/components/ui/relationship-status";
import { pendingInvitations, relationshipOfProvider, resellerPage } from "@/db/queries/relationships";
import { requireViewer } from "@/lib/auth";
import { orNull } from "@/lib/not-found";
import { getFormat, getT } from "@/lib/i18n/server";
import { resellerListSchema } from "@/lib/validation/relationships";
import { revokeInvitation } from "./actions";
import { RequestRelationship } from "./request-relationship";

const BASE = "/provider/resellers";

export default async function IndirectResellersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await requireViewer("resellers.view");
  const filter = resellerListSchema.parse(await searchParams);
  const [page, invitations, ended] = await Promise.all([
    resellerPage(viewer, filter),
    pendingInvitations(viewer),
    filter.ended ? orNull(relationshipOfProvider(viewer, filter.ended)) : undefined,
  ]);
  const resellers = page.rows;
  const [t, f] = await Promise.all([getT(), getFormat()]);
  const justEnded = ended?.status === "ended" ? ended : undefined;
  const search = filter.q ? `?${new URLSearchParams({ q: filter.q })}` : "";
  return (
    <>
      <PageHeader
        title={t("relationships.resellers.title")}
        description={t("relationships.resellers.description")}
        actions={<RequestRelationship />}
      />
      {justEnded ? (
        <div className="notice notice-success mb-6" role="status">
          {t("relationships.resellers.ended", { name: justEnded.name })}
        </div>
      ) : null}

      {page.total > 0 || filter.q ? (
        <form method="get" className="card mb-4 flex flex-wrap items-end gap-3 p-4" role="search">
          <SearchField
            name="q"
            className="field min-w-64 flex-1"
            label={t("relationships.resellers.search")}
            defaultValue={filter.q}
            placeholder={t("relationships.resellers.searchPlaceholder")}
          />
          <button type="submit" className="btn-secondary">
            {t("relationships.resellers.apply")}
          </button>
          {filter.q ? (
            <Link href={BASE} className="link text-sm">
              {t("relationships.resellers.clear")}
            </Link>
          ) : null}
          <p className="ml-auto text-sm text-slate-600" data-testid="resellers-count">
            {filter.q
              ? t("relationships.resellers.countMatching", { count: page.total, q: filter.q })
              : t("relationships.resellers.count", { count: page.total })}
          </p>
        </form>
      ) : null}

      {resellers.length === 0 ? (
        filter.q ? null : (
          <EmptyState>{t("relationships.resellers.empty")}</EmptyState>
        )
      ) : (
        <DataTable
          testId="resellers-table"
          columns={[
            { label: t("relationships.resellers.colReseller") },
            { label: t("relationships.resellers.colPartnerId") },
            { label: t("relationships.resellers.colStatus") },
            { label: t("relationships.resellers.colSince") },
            { label: t("relationships.resellers.colCustomers"), align: "right" },
            { label: t("relationships.resellers.colSubscriptions"), align: "right" },
            { label: t("relationships.resellers.colActions"), hidden: true },
          ]}
        >
          {resellers.map((r) => (
            <tr key={r.id} data-testid="reseller-row">
              <td className="font-medium" translate="no">
                {r.name}
              </td>
              <td className="tabular-nums">{r.partnerNumber}</td>
              <td>
                <RelationshipStatus status={r.status} endedAt={r.endedAt} />
              </td>
              <td>{f.date(r.establishedAt)}</td>
              <td className="text-right tabular-nums">{f.number(r.customers)}</td>
              <td
                className="text-right tabular-nums"
                title={t("relationships.resellers.subscriptionsTitle", {
                  partnerOfRecord: r.asPartnerOfRecord,
                  support: r.asSupportContact,
                })}
              >
                {f.number(r.subscriptions)}
              </td>
              <td>
                {r.status === "active" ? (
                  <div className="flex flex-wrap justify-end gap-2">
                    <Link className="btn-secondary" href={`/provider/customers/new?reseller=${r.resellerId}`}>
                      {t("relationships.resellers.addCustomer")}
                    </Link>
                    <Link className="btn-secondary text-red-700" href={`/provider/resellers/${r.id}/end`}>
                      {t("relationships.resellers.end")}
                    </Link>
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {resellers.length > 0 ? (
        <PageLinks
          first={filter.after ? `${BASE}${search}` : undefined}
          next={
            page.next ? `${BASE}?${new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), after: page.next })}` : undefined
          }
        />
      ) : null}

      <h2 className="mt-10 mb-3 text-lg font-semibold">{t("relationships.resellers.pendingTitle")}</h2>
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">{t("relationships.resellers.noPending")}</p>
      ) : (
        <DataTable
          testId="invitations-table"
          columns={[
            { label: t("relationships.resellers.colRequested") },
            { label: t("relationships.resellers.colRequestedBy") },
            { label: t("relationships.resellers.colExpires") },
            { label: t("relationships.resellers.colActions"), hidden: true },
          ]}
        >
          {invitations.map((inv) => (
            <tr key={inv.id} data-testid="invitation-row">
              <td>{f.date(inv.createdAt)}</td>
              <td>{inv.createdBy}</td>
              <td>{f.date(inv.expiresAt)}</td>
              <td className="text-right">
                <ActionButton
                  action={revokeInvitation}
                  fields={{ invitationId: inv.id }}
                  pendingLabel={t("relationships.resellers.revoking")}
                >
                  {t("relationships.resellers.revoke")}
                </ActionButton>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <p className="mt-3 text-xs text-slate-600">{t("relationships.resellers.linkNote")}</p>
    </>
  );
}
