"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TextArea } from "@/components/ui/form";
import type { SupportRequestStatus } from "@/db/schema";
import { completeRequest, markInReview, rejectRequest } from "../actions";

/** The operator's decisions on an open request. */
export function RequestActions({ requestId, status }: { requestId: string; status: SupportRequestStatus }) {
  const t = useTranslations();
  const hidden = { requestId };
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      {status === "submitted" ? (
        <section className="card space-y-3 p-5" aria-labelledby="review-heading">
          <h2 id="review-heading" className="font-semibold">
            {t("operator.requests.reviewHeading")}
          </h2>
          <p className="text-sm text-slate-600">{t("operator.requests.reviewHint")}</p>
          <ActionForm
            action={markInReview}
            hidden={hidden}
            label={t("operator.requests.markInReview")}
            pendingLabel={t("shell.saving")}
            variant="secondary"
          />
        </section>
      ) : null}
      <section className="card space-y-3 p-5" aria-labelledby="complete-heading">
        <h2 id="complete-heading" className="font-semibold">
          {t("operator.requests.completeHeading")}
        </h2>
        <p className="text-sm text-slate-600">{t("operator.requests.completeHint")}</p>
        <ActionForm
          action={completeRequest}
          hidden={hidden}
          label={t("operator.requests.complete")}
          pendingLabel={t("operator.requests.completing")}
        >
          {(state) => <TextArea label={t("operator.requests.replyLabel")} name="reply" state={state} />}
        </ActionForm>
      </section>
      <section className="card space-y-3 p-5" aria-labelledby="reject-heading">
        <h2 id="reject-heading" className="font-semibold">
          {t("operator.requests.rejectHeading")}
        </h2>
        <p className="text-sm text-slate-600">{t("operator.requests.rejectHint")}</p>
        <ActionForm
          action={rejectRequest}
          hidden={hidden}
          label={t("operator.requests.reject")}
          pendingLabel={t("operator.requests.rejecting")}
          variant="danger"
        >
          {(state) => <TextArea label={t("operator.requests.reason")} name="reason" state={state} required />}
        </ActionForm>
      </section>
    </div>
  );
}
