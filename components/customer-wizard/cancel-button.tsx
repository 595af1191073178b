"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { cancelCustomerDraft } from "@/lib/actions/customer-wizard";
import { idleState } from "@/lib/form-state";

/**
 * "Cancel" throws the whole draft away on the server and starts the wizard over. The form lives
 * outside the step's own form; the button sits in the step's button row and points at it (form=…).
 */
export function CancelDraftForm({ draftId }: { draftId: string }) {
  const [, formAction] = useActionState(cancelCustomerDraft, idleState);
  return (
    <form id={`cancel-${draftId}`} action={formAction} className="hidden">
      <input type="hidden" name="draftId" value={draftId} />
    </form>
  );
}

export function CancelDraftButton({ draftId }: { draftId: string }) {
  const t = useTranslations();
  return (
    <button type="submit" form={`cancel-${draftId}`} formNoValidate className="btn-secondary">
      {t("customers.wizard.cancel")}
    </button>
  );
}
