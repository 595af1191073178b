import type { SupportRequestView } from "@/db/queries/support-requests";
import { PageHeader } from "@/components/ui/page-header";
import { ProfileComparison } from "./profile-comparison";
import type { ProviderCardEntry } from "./provider-card";
import { RequestStatusBadge } from "@/components/ui/request-status-badge";
import { getFormat, getT } from "@/lib/i18n/server";

/** A support request as both sides see it: who asked when, current vs requested, and the answer. */
export async function RequestDetails({
  request,
  current,
  children,
}: {
  request: SupportRequestView;
  current: ProviderCardEntry;
  children?: React.ReactNode;
}) {
  const [t, f] = await Promise.all([getT(), getFormat()]);
  return (
    <>
      <div className="mt-3">
        <PageHeader
          title={t("profile.request.title")}
          description={t("profile.request.description", { name: request.displayName ?? request.providerName })}
          actions={<RequestStatusBadge status={request.status} />}
        />
      </div>
      <dl className="mb-6 grid gap-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">{t("profile.request.submitted")}</dt>
          <dd>{t("profile.request.submittedBy", { date: f.dateTime(request.createdAt), name: request.createdByName })}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("profile.request.provider")}</dt>
          <dd>{request.providerName}</dd>
        </div>
        {request.resolvedAt ? (
          <div>
            <dt className="text-slate-600">{t("profile.request.resolved")}</dt>
            <dd>
              {request.resolvedByName
                ? t("profile.request.resolvedBy", { date: f.dateTime(request.resolvedAt), name: request.resolvedByName })
                : f.dateTime(request.resolvedAt)}
            </dd>
          </div>
        ) : null}
      </dl>
      {request.note ? (
        <div className="card mb-6 p-4 text-sm">
          <div className="mb-1 font-medium text-slate-700">{t("profile.request.note")}</div>
          <p className="whitespace-pre-line">{request.note}</p>
        </div>
      ) : null}
      <div className="card mb-6 overflow-x-auto">
        <ProfileComparison current={current} requested={request} />
      </div>
      {request.operatorReply ? (
        <div
          className={`notice mb-6 ${request.status === "rejected" ? "notice-error" : "notice-info"}`}
          data-testid="operator-reply"
        >
          <div className="font-medium">{t("profile.request.reply")}</div>
          <p className="whitespace-pre-line">{request.operatorReply}</p>
        </div>
      ) : null}
      {children}
    </>
  );
}
