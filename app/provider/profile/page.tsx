import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderCard } from "@/components/provider-card";
import { RequestStatusBadge } from "@/components/ui/request-status-badge";
import { ownProfile } from "@/db/queries/profile";
import { providerRequests } from "@/db/queries/support-requests";
import { requireViewer } from "@/lib/auth";
import { formatDate } from "@/lib/format";
import { can } from "@/lib/permissions";
import { requestedChanges } from "@/lib/support-requests";
import { ProfileRequestForm } from "./profile-request-form";

export const metadata: Metadata = { title: "Provider profile · Partner Hub" };

export default async function ProviderProfilePage() {
  const viewer = await requireViewer("profile.view");
  const [entry, requests] = await Promise.all([ownProfile(viewer), providerRequests(viewer)]);
  const current = entry ?? { displayName: viewer.orgName, logoImageId: null, locations: [] };
  return (
    <>
      <PageHeader
        title="Provider profile"
        description="Your entry on the official list of indirect providers, where resellers look for a provider to work with."
        actions={
          <Link href="/providers" className="btn-secondary">
            Find an indirect provider
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="entry-heading" className="space-y-3">
          <h2 id="entry-heading" className="text-lg font-semibold">
            Your entry as the public sees it
          </h2>
          {entry && !entry.listed ? <div className="notice notice-warning">Your entry is not on the public list at the moment. Contact the program to be listed again.</div> : null}
          {entry ? <ProviderCard entry={entry} headingLevel={3} /> : <div className="notice notice-info">You have no entry on the official list yet. Submit a support request to create it.</div>}
        </section>
        <section aria-labelledby="request-heading" className="card space-y-4 p-6">
          <h2 id="request-heading" className="text-lg font-semibold">
            Request a change
          </h2>
          <div className="notice notice-info" data-testid="profile-timing">
            Only the program changes the official list: it updates provider profiles within two to three weeks of a support request.
          </div>
          {can(viewer, "profile.requestChange") ? <ProfileRequestForm current={current} /> : null}
        </section>
      </div>
      <section aria-labelledby="requests-heading" className="mt-10">
        <h2 id="requests-heading" className="mb-3 text-lg font-semibold">
          Your support requests
        </h2>
        {requests.length ? (
          <DataTable testId="support-requests" columns={["Submitted", "Changes", "Status", "Operator's reply", { label: "Details", hidden: true }]}>
            {requests.map((r) => (
              <tr key={r.id}>
                <td className="whitespace-nowrap">{formatDate(r.createdAt)}</td>
                <td>{requestedChanges(r).join(", ")}</td>
                <td>
                  <RequestStatusBadge status={r.status} />
                </td>
                <td className="max-w-md text-slate-700">{r.operatorReply ?? <span className="text-slate-400">—</span>}</td>
                <td className="text-right">
                  <Link className="link" href={`/provider/profile/requests/${r.id}`}>
                    View
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <p className="text-sm text-slate-600">You have not submitted any support requests.</p>
        )}
      </section>
    </>
  );
}
