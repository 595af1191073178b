import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderCard } from "@/components/provider-card";
import { RequestStatusBadge } from "@/components/ui/request-status-badge";
import { ownProfile } from "@/db/queries/profile";
import { providerRequests } from "@/db/queries/support-requests";
import { requireViewer } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { requestedChangeKeys } from "@/lib/support-requests";
import { ProfileRequestForm } from "./profile-request-form";
import { countryChoices } from "@/lib/countries";
import { getFormat, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("profile.title") };
}

export default async function ProviderProfilePage() {
  const viewer = await requireViewer("profile.view");
  const [entry, requests] = await Promise.all([ownProfile(viewer), providerRequests(viewer)]);
  const [t, f] = await Promise.all([getT(), getFormat()]);
  const current = entry ?? { displayName: viewer.orgName, logoImageId: null, locations: [] };
  return (
    <>
      <PageHeader
        title={t("profile.title")}
        description={t("profile.description")}
        actions={
          <Link href="/providers" className="btn-secondary">
            {t("auth.home.findProvider")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="entry-heading" className="space-y-3">
          <h2 id="entry-heading" className="text-lg font-semibold">
            {t("profile.entryHeading")}
          </h2>
          {entry && !entry.listed ? <div className="notice notice-warning">{t("profile.notListed")}</div> : null}
          {entry ? (
            <ProviderCard entry={entry} headingLevel={3} />
          ) : (
            <div className="notice notice-info">{t("profile.noEntry")}</div>
          )}
        </section>
        <section aria-labelledby="request-heading" className="card space-y-4 p-6">
          <h2 id="request-heading" className="text-lg font-semibold">
            {t("profile.requestHeading")}
          </h2>
          <div className="notice notice-info" data-testid="profile-timing">
            {t("profile.timing")}
          </div>
          {can(viewer, "profile.requestChange") ? (
            <ProfileRequestForm current={current} countries={countryChoices(f.locale)} />
          ) : null}
        </section>
      </div>
      <section aria-labelledby="requests-heading" className="mt-10">
        <h2 id="requests-heading" className="mb-3 text-lg font-semibold">
          {t("profile.requestsHeading")}
        </h2>
        {requests.length ? (
          <DataTable
            testId="support-requests"
            columns={[
              t("profile.colSubmitted"),
              t("profile.colChanges"),
              t("profile.colStatus"),
              t("profile.colReply"),
              { label: t("profile.colDetails"), hidden: true },
            ]}
          >
            {requests.map((r) => (
              <tr key={r.id}>
                <td className="whitespace-nowrap">{f.date(r.createdAt)}</td>
                <td>
                  {requestedChangeKeys(r)
                    .map((k) => t(k))
                    .join(t("profile.changes.separator"))}
                </td>
                <td>
                  <RequestStatusBadge status={r.status} />
                </td>
                <td className="max-w-md text-slate-700">{r.operatorReply ?? <span className="text-slate-600">—</span>}</td>
                <td className="text-right">
                  <Link className="link" href={`/provider/profile/requests/${r.id}`}>
                    {t("profile.view")}
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <p className="text-sm text-slate-600">{t("profile.noRequests")}</p>
        )}
      </section>
    </>
  );
}
