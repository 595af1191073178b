import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { OUTBOX_PAGE, latestEmails } from "@/db/queries/outbox";
import { requireViewer } from "@/lib/auth";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { MAX_ATTEMPTS } from "@/lib/outbox";

export const metadata: Metadata = { title: "Outbox · Partner Hub" };

export default async function OutboxPage() {
  const viewer = await requireViewer("operator.outbox");
  const emails = await latestEmails(viewer);
  const smtp = Boolean(env().SMTP_URL);
  return (
    <>
      <PageHeader
        title="Outbox"
        description={
          smtp
            ? `Email Partner Hub sends (invitations, password resets, relationship requests), delivered over SMTP with retries. The newest ${OUTBOX_PAGE}.`
            : `SMTP_URL is not set: email is not sent but kept here. Open a message to read it (and pass its link on). The newest ${OUTBOX_PAGE}.`
        }
      />
      {emails.length === 0 ? (
        <EmptyState>No email yet.</EmptyState>
      ) : (
        <div className="card overflow-x-auto">
          <table className="table" data-testid="outbox-table">
            <thead>
              <tr>
                <th>Written</th>
                <th>To</th>
                <th>Message</th>
                <th>Delivery</th>
              </tr>
            </thead>
            <tbody>
              {emails.map((m) => (
                <tr key={m.id} data-testid="outbox-row">
                  <td className="whitespace-nowrap">{formatDateTime(m.createdAt)}</td>
                  <td>{m.to}</td>
                  <td>
                    {/* A delivered message's links (set-password links) belong to its recipient alone: only mail that did not go out is readable here. */}
                    {m.sentAt ? (
                      m.subject
                    ) : (
                      <details>
                        <summary className="cursor-pointer">{m.subject}</summary>
                        <pre className="mt-2 text-xs whitespace-pre-wrap" data-testid="outbox-body">
                          {m.body}
                        </pre>
                      </details>
                    )}
                  </td>
                  <td data-testid="outbox-status">
                    {m.sentAt
                      ? `Sent ${formatDateTime(m.sentAt)}`
                      : m.attempts >= MAX_ATTEMPTS
                        ? `Failed after ${m.attempts} attempts`
                        : m.attempts > 0
                          ? `Retrying (attempt ${m.attempts})`
                          : smtp
                            ? "Waiting"
                            : "Not sent (no SMTP)"}
                    {m.lastError && !m.sentAt ? <span className="hint block">{m.lastError}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
