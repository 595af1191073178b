import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { RelationshipStatus } from "@/components/ui/relationship-status";
import { pendingInvitations, resellersOfProvider } from "@/db/queries/relationships";
import { requireViewer } from "@/lib/auth";
import { formatDate } from "@/lib/format";
import { revokeInvitation } from "./actions";
import { RequestRelationship } from "./request-relationship";

export default async function IndirectResellersPage({ searchParams }: { searchParams: Promise<{ ended?: string }> }) {
  const viewer = await requireViewer("resellers.view");
  const [resellers, invitations, { ended }] = await Promise.all([resellersOfProvider(viewer), pendingInvitations(viewer), searchParams]);
  const justEnded = ended ? resellers.find((r) => r.id === ended && r.status === "ended") : undefined;
  return (
    <>
      <PageHeader
        title="Indirect resellers"
        description="The indirect resellers you work with. Add customers on their behalf, or send a new reseller a personalized link with Request a reseller relationship."
        actions={<RequestRelationship />}
      />
      {justEnded ? (
        <div className="notice notice-success mb-6" role="status">
          The relationship with {justEnded.name} has ended. Its customers, subscriptions and support assignments are now yours.
        </div>
      ) : null}

      {resellers.length === 0 ? (
        <EmptyState>You have no indirect resellers yet. Select Request a reseller relationship to invite one.</EmptyState>
      ) : (
        <DataTable
          testId="resellers-table"
          columns={[
            { label: "Indirect reseller" },
            { label: "Partner ID" },
            { label: "Status" },
            { label: "Since" },
            { label: "Customers", align: "right" },
            { label: "Subscriptions", align: "right" },
            { label: "Actions", hidden: true },
          ]}
        >
          {resellers.map((r) => (
            <tr key={r.id} data-testid="reseller-row">
              <td className="font-medium">{r.name}</td>
              <td className="tabular-nums">{r.partnerNumber}</td>
              <td>
                <RelationshipStatus status={r.status} endedAt={r.endedAt} />
              </td>
              <td>{formatDate(r.establishedAt)}</td>
              <td className="text-right tabular-nums">{r.customers}</td>
              <td className="text-right tabular-nums" title={`${r.asPartnerOfRecord} as partner of record, ${r.asSupportContact} as support contact`}>
                {r.subscriptions}
              </td>
              <td>
                {r.status === "active" ? (
                  <div className="flex flex-wrap justify-end gap-2">
                    <Link className="btn-secondary" href={`/provider/customers/new?reseller=${r.resellerId}`}>
                      Add new customer
                    </Link>
                    <Link className="btn-secondary text-red-700" href={`/provider/resellers/${r.id}/end`}>
                      End relationship
                    </Link>
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}

      <h2 className="mt-10 mb-3 text-lg font-semibold">Pending invitations</h2>
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">No invitation is waiting to be accepted.</p>
      ) : (
        <DataTable testId="invitations-table" columns={[{ label: "Requested" }, { label: "Requested by" }, { label: "Link expires" }, { label: "Actions", hidden: true }]}>
          {invitations.map((inv) => (
            <tr key={inv.id} data-testid="invitation-row">
              <td>{formatDate(inv.createdAt)}</td>
              <td>{inv.createdBy}</td>
              <td>{formatDate(inv.expiresAt)}</td>
              <td className="text-right">
                <ActionButton action={revokeInvitation} fields={{ invitationId: inv.id }} pendingLabel="Revoking…">
                  Revoke
                </ActionButton>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <p className="mt-3 text-xs text-slate-500">
        A link works once and for 30 days. Revoke one you sent by mistake: whoever opens it afterwards is told it was withdrawn.
      </p>
    </>
  );
}
