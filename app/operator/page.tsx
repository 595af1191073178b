import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { RequestStatusBadge } from "@/components/ui/request-status-badge";
import { requestQueue, requestStatuses } from "@/db/queries/support-requests";
import type { SupportRequestStatus } from "@/db/schema";
import { requireViewer } from "@/lib/auth";
import { formatDateTime } from "@/lib/format";
import { requestStatusLabels, requestedChanges } from "@/lib/support-requests";

export const metadata: Metadata = { title: "Requests · Partner Hub" };

export default async function OperatorHome({ searchParams }: { searchParams: Promise<{ status?: string | string[] }> }) {
  const viewer = await requireViewer("operator.requests");
  const { status: raw } = await searchParams;
  const status = requestStatuses.find((s) => s === raw);
  const requests = await requestQueue(viewer, status);
  const tabs: { label: string; status?: SupportRequestStatus }[] = [{ label: "All" }, ...requestStatuses.map((s) => ({ label: requestStatusLabels[s], status: s }))];
  return (
    <>
      <PageHeader title="Requests" description="Provider profile support requests, newest first. Completing a request changes the provider's public entry." />
      <nav aria-label="Status" className="mb-4 flex flex-wrap gap-2">
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
        <DataTable testId="request-queue" columns={["Provider", "Submitted", "Changes", "Status", { label: "Open", hidden: true }]}>
          {requests.map((r) => (
            <tr key={r.id}>
              <td>
                <div className="font-medium">{r.displayName ?? r.providerName}</div>
                <div className="text-xs text-slate-500">{r.providerName}</div>
              </td>
              <td className="whitespace-nowrap">{formatDateTime(r.createdAt)}</td>
              <td>{requestedChanges(r).join(", ")}</td>
              <td>
                <RequestStatusBadge status={r.status} />
              </td>
              <td className="text-right">
                <Link className="link" href={`/operator/requests/${r.id}`} aria-label={`Open the request of ${r.displayName ?? r.providerName} from ${formatDateTime(r.createdAt)}`}>
                  Open
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState>{status ? `No ${requestStatusLabels[status].toLowerCase()} requests.` : "No support requests yet."}</EmptyState>
      )}
    </>
  );
}
