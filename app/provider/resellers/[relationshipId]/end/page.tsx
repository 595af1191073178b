import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { relationshipOfProvider } from "@/db/queries/relationships";
import { requireViewer } from "@/lib/auth";
import { orNotFound } from "@/lib/not-found";
import { formatDate } from "@/lib/format";
import { endRelationship } from "../../actions";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The confirmation before ending a relationship: what reverts to the provider, then End relationship. */
export default async function EndRelationshipPage({ params }: { params: Promise<{ relationshipId: string }> }) {
  const viewer = await requireViewer("resellers.end");
  const rel = await orNotFound(relationshipOfProvider(viewer, (await params).relationshipId));
  return (
    <>
      <PageHeader title={`End relationship with ${rel.name}`} description={`Partner ID ${rel.partnerNumber} · indirect reseller since ${formatDate(rel.establishedAt)}`} />
      {rel.status === "ended" ? (
        <div className="notice notice-info max-w-3xl">
          This relationship already ended{rel.endedAt ? ` on ${formatDate(rel.endedAt)}` : ""}.{" "}
          <Link className="link" href="/provider/resellers">
            Back to Indirect resellers
          </Link>
        </div>
      ) : (
        <div className="card max-w-3xl p-6">
          <h2 className="text-lg font-semibold">What ending it changes</h2>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-800" data-testid="end-impact">
            <li data-testid="impact-customers">
              {plural(rel.customers, "customer")} will no longer be associated with {rel.name}: it loses its admin rights over them.
            </li>
            <li data-testid="impact-subscriptions">
              {plural(rel.subscriptions, "subscription")} associated with {rel.name} revert to you: it stops being partner of record on{" "}
              {rel.asPartnerOfRecord} and assigned support contact on {rel.asSupportContact} (you become their support contact).
            </li>
            <li>{rel.name} loses access to your customers at once. The change is recorded in the activity log.</li>
          </ul>
          <p className="mt-4 text-sm text-slate-600">To work together again later, send {rel.name} a new relationship request.</p>
          <div className="mt-6 flex flex-wrap items-start gap-3">
            <ActionButton action={endRelationship} fields={{ relationshipId: rel.id }} variant="danger" pendingLabel="Ending…">
              End relationship
            </ActionButton>
            <Link className="btn-secondary" href="/provider/resellers">
              Cancel
            </Link>
          </div>
        </div>
      )}
    </>
  );
}
