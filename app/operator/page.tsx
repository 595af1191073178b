import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { RequestStatusBadge } from "@/components/ui/request-status-badge";
import { requestQueue, requestStatuses } from "@/db/queries/support-requests";
import type { SupportRequestStatus } from "@/db/schema";
import { requireViewer } from "@/lib/auth";
import { requestedChangeKeys } from "@/lib/support-requests";
import { getFormat, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("operator.requests.title") };
}

export default async function OperatorHome({ searchParams }: { searchParams: Promise<{ status?: string | string[] }> }) {
  const viewer = await requireViewer("operator.requests");
  const { status: raw } = await searchParams;
  const status = requestStatuses.find((s) => s === raw);
  const [requests, t, f] = await Promise.all([requestQueue(viewer, status), getT(), getFormat()]);
  const tabs: { label: string; status?: SupportRequestStatus }[] = [
    { label: t("operator.requests.all") },
    ...requestStatuses.map((s) => ({ label: t(`profile.status.${s}`), status: s })),
  ];
  return (
    <>
      <PageHeader title={t("operator.requests.title")} description={t("operator.requests.description")} />
      <nav aria-label={t("operator.requests.status")} className="mb-4 flex flex-wrap gap-2">
        {tabs.map((t) => (
          <Link
            key={t.label}
            href={t.status ? `/operator?status=${t.status}` : "/operator"}
            aria-current={t.status === status ? "page" : undefined}
            className={t.status === status ? "btn-primary" : "btn-secondary"}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {requests.length ? (
        <DataTable
          testId="request-queue"
          columns={[
            t("operator.requests.colProvider"),
            t("operator.requests.colSubmitted"),
            t("operator.requests.colChanges"),
            t("operator.requests.colStatus"),
            { label: t("operator.requests.colOpen"), hidden: true },
          ]}
        >
          {requests.map((r) => (
            <tr key={r.id}>
              <td>
                <div className="font-medium">{r.displayName ?? r.providerName}</div>
                <div className="text-xs text-slate-600">{r.providerName}</div>
              </td>
              <td className="whitespace-nowrap">{f.dateTime(r.createdAt)}</td>
              <td>
                {requestedChangeKeys(r)
                  .map((k) => t(k))
                  .join(t("profile.changes.separator"))}
              </td>
              <td>
                <RequestStatusBadge status={r.status} />
              </td>
              <td className="text-right">
                <Link
                  className="link"
                  href={`/operator/requests/${r.id}`}
                  aria-label={t("operator.requests.openLabel", {
                    name: r.displayName ?? r.providerName,
                    date: f.dateTime(r.createdAt),
                  })}
                >
                  {t("operator.requests.open")}
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState>{status ? t("operator.requests.noneOfStatus", { status }) : t("operator.requests.none")}</EmptyState>
      )}
    </>
  );
}
