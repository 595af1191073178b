"use client";
import { ActionForm } from "@/components/ui/action-form";
import { TextArea } from "@/components/ui/form";
import type { SupportRequestStatus } from "@/db/schema";
import { completeRequest, markInReview, rejectRequest } from "../actions";

/** The operator's decisions on an open request. */
export function RequestActions({ requestId, status }: { requestId: string; status: SupportRequestStatus }) {
  const hidden = { requestId };
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      {status === "submitted" ? (
        <section className="card space-y-3 p-5" aria-labelledby="review-heading">
          <h2 id="review-heading" className="font-semibold">
            Review
          </h2>
          <p className="text-sm text-slate-600">Lets the provider know that the program is working on the request.</p>
          <ActionForm action={markInReview} hidden={hidden} label="Mark in review" pendingLabel="Saving…" variant="secondary" />
        </section>
      ) : null}
      <section className="card space-y-3 p-5" aria-labelledby="complete-heading">
        <h2 id="complete-heading" className="font-semibold">
          Complete
        </h2>
        <p className="text-sm text-slate-600">Applies the requested changes to the public entry at once.</p>
        <ActionForm action={completeRequest} hidden={hidden} label="Complete" pendingLabel="Completing…">
          {(state) => <TextArea label="Reply to the provider (optional)" name="reply" state={state} />}
        </ActionForm>
      </section>
      <section className="card space-y-3 p-5" aria-labelledby="reject-heading">
        <h2 id="reject-heading" className="font-semibold">
          Reject
        </h2>
        <p className="text-sm text-slate-600">Nothing changes on the public entry; the provider sees your reason.</p>
        <ActionForm action={rejectRequest} hidden={hidden} label="Reject" pendingLabel="Rejecting…" variant="danger">
          {(state) => <TextArea label="Reason" name="reason" state={state} required />}
        </ActionForm>
      </section>
    </div>
  );
}
