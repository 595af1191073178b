import Link from "@/components/ui/link";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { relationshipOfProvider } from "@/db/queries/relationships";
import { requireViewer } from "@/lib/auth";
import { orNotFound } from "@/lib/not-found";
import { getFormat, getT } from "@/lib/i18n/server";
import { endRelationship } from "../../actions";

/** The confirmation before ending a relationship: what reverts to the provider, then End relationship. */
export default async function EndRelationshipPage({ params }: { params: Promise<{ relationshipId: string }> }) {
  const viewer = await requireViewer("resellers.end");
  const rel = await orNotFound(relationshipOfProvider(viewer, (await params).relationshipId));
  const [t, f] = await Promise.all([getT(), getFormat()]);
  const name = rel.name;
  return (
    <>
      <PageHeader
        title={t("relationships.end.title", { name })}
        description={t("relationships.end.subtitle", { number: rel.partnerNumber, date: f.date(rel.establishedAt) })}
      />
      {rel.status === "ended" ? (
        <div className="notice notice-info max-w-3xl">
          {rel.endedAt
            ? t("relationships.end.alreadyEndedOn", { date: f.date(rel.endedAt) })
            : t("relationships.end.alreadyEnded")}{" "}
          <Link className="link" href="/provider/resellers">
            {t("relationships.end.back")}
          </Link>
        </div>
      ) : (
        <div className="card max-w-3xl p-6">
          <h2 className="text-lg font-semibold">{t("relationships.end.changes")}</h2>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-800" data-testid="end-impact">
            <li data-testid="impact-customers">{t("relationships.end.impactCustomers", { count: rel.customers, name })}</li>
            <li data-testid="impact-subscriptions">
              {t("relationships.end.impactSubscriptions", {
                count: rel.subscriptions,
                name,
                partnerOfRecord: rel.asPartnerOfRecord,
                support: rel.asSupportContact,
              })}
            </li>
            <li>{t("relationships.end.impactAccess", { name })}</li>
          </ul>
          <p className="mt-4 text-sm text-slate-600">{t("relationships.end.again", { name })}</p>
          <div className="mt-6 flex flex-wrap items-start gap-3">
            <ActionButton
              action={endRelationship}
              fields={{ relationshipId: rel.id }}
              variant="danger"
              pendingLabel={t("relationships.end.pending")}
            >
              {t("relationships.end.submit")}
            </ActionButton>
            <Link className="btn-secondary" href="/provider/resellers">
              {t("relationships.end.cancel")}
            </Link>
          </div>
        </div>
      )}
    </>
  );
}
