import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { OUTBOX_PAGE, latestEmails } from "@/db/queries/outbox";
import { requireViewer } from "@/lib/auth";
import { env } from "@/lib/env";
import { getFormat, getT } from "@/lib/i18n/server";
import { MAX_ATTEMPTS } from "@/lib/outbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("operator.outbox.title") };
}

export default async function OutboxPage() {
  const viewer = await requireViewer("operator.outbox");
  const [emails, t, f] = await Promise.all([latestEmails(viewer), getT(), getFormat()]);
  const smtp = Boolean(env().SMTP_URL);
  return (
    <>
      <PageHeader
        title={t("operator.outbox.title")}
        description={t(smtp ? "operator.outbox.smtpIntro" : "operator.outbox.noSmtpIntro", { count: OUTBOX_PAGE })}
      />
      {emails.length === 0 ? (
        <EmptyState>{t("operator.outbox.empty")}</EmptyState>
      ) : (
        <DataTable
          testId="outbox-table"
          columns={[
            t("operator.outbox.colWritten"),
            t("operator.outbox.colTo"),
            t("operator.outbox.colMessage"),
            t("operator.outbox.colDelivery"),
          ]}
        >
          {emails.map((m) => (
            <tr key={m.id} data-testid="outbox-row">
              <td className="whitespace-nowrap">{f.dateTime(m.createdAt)}</td>
              <td>{m.to}</td>
              {/* The message is written in its recipient's language, not the reader's (translate="no"). */}
              <td translate="no">
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
                  ? t("operator.outbox.sent", { date: f.dateTime(m.sentAt) })
                  : m.attempts >= MAX_ATTEMPTS
                    ? t("operator.outbox.failed", { count: m.attempts })
                    : m.attempts > 0
                      ? t("operator.outbox.retrying", { count: m.attempts })
                      : smtp
                        ? t("operator.outbox.waiting")
                        : t("operator.outbox.notSent")}
                {m.lastError && !m.sentAt ? (
                  <span className="hint block" translate="no">
                    {m.lastError}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
