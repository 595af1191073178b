"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, FocusFirstError, FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/form-state";
import { acceptInvitation } from "./actions";

export function AcceptForm({ token, providerName }: { token: string; providerName: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(acceptInvitation, idleState);
  const errors = state.fieldErrors?.confirm;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {errors ? <FocusFirstError state={state} /> : <FormMessage state={state} />}
      <input type="hidden" name="token" value={token} />
      <div>
        <label className="flex items-start gap-3 text-sm text-slate-800">
          <input
            type="checkbox"
            name="confirm"
            className="mt-0.5 size-4 shrink-0"
            aria-invalid={errors ? true : undefined}
            aria-describedby={errors ? "confirm-error" : undefined}
          />
          <span>{t("relationships.invitation.confirm", { provider: providerName })}</span>
        </label>
        <FieldError id="confirm-error" errors={errors} />
      </div>
      <SubmitButton pendingLabel={t("relationships.invitation.authorizing")}>
        {t("relationships.invitation.authorize")}
      </SubmitButton>
    </form>
  );
}
