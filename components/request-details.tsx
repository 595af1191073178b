import type { SupportRequestView } from "@/db/queries/support-requests";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { ProfileComparison } from "./profile-comparison";
import type { ProviderCardEntry } from "./provider-card";
import { RequestStatusBadge } from "@/components/ui/request-status-badge";

/** A support request as both sides see it: who asked when, current vs requested, and the answer. */
export function RequestDetails({ request, current, children }: { request: SupportRequestView; current: ProviderCardEntry; children?: React.ReactNode }) {
  return (
    <>
      <div className="mt-3">
        <PageHeader title="Support request" description={`Provider profile change for ${request.displayName ?? request.providerName}.`} actions={<RequestStatusBadge status={request.status} />} />
      </div>
      <dl className="mb-6 grid gap-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-500">Submitted</dt>
          <dd>
            {formatDateTime(request.createdAt)} by {request.createdByName}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Provider</dt>
          <dd>{request.providerName}</dd>
        </div>
        {request.resolvedAt ? (
          <div>
            <dt className="text-slate-500">Resolved</dt>
            <dd>
              {formatDateTime(request.resolvedAt)}
              {request.resolvedByName ? ` by ${request.resolvedByName}` : ""}
            </dd>
          </div>
        ) : null}
      </dl>
      {request.note ? (
        <div className="card mb-6 p-4 text-sm">
          <div className="mb-1 font-medium text-slate-700">Message from the provider</div>
          <p className="whitespace-pre-line">{request.note}</p>
        </div>
      ) : null}
      <div className="card mb-6 overflow-x-auto">
        <ProfileComparison current={current} requested={request} />
      </div>
      {request.operatorReply ? (
        <div className={`notice mb-6 ${request.status === "rejected" ? "notice-error" : "notice-info"}`} data-testid="operator-reply">
          <div className="font-medium">Operator&apos;s reply</div>
          <p className="whitespace-pre-line">{request.operatorReply}</p>
        </div>
      ) : null}
      {children}
    </>
  );
}
