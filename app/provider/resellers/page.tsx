import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { RelationshipStatus } from "@/components/ui/relationship-status";
import { pendingInvitations, resellersOfProvider } from "@/db/queries/relationships";
import { requireViewer } from "@/lib/auth";
import { getFormat, getT } from "@/lib/i18n/server";
import { revokeInvitation } from "./actions";
import { RequestRelationship } from "./request-relationship";

export default async function IndirectResellersPage({ searchParams }: { searchParams: Promise<{ ended?: string }> }) {
  const viewer = await requireViewer("resellers.view");
  const [resellers, invitations, { ended }] = await Promise.all([
    resellersOfProvider(viewer),
    pendingInvitations(viewer),
    searchParams,
  ]);
  const [t, f] = await Promise.all([getT(), getFormat()]);
  const justEnded = ended ? resellers.find((r) => r.id === ended && r.status === "ended") : undefined;
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

      {resellers.length === 0 ? (
        <EmptyState>{t("relationships.resellers.empty")}</EmptyState>
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
