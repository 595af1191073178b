"use client";
import { useActionState } from "react";
import { FieldError, FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/form-state";
import { acceptInvitation } from "./actions";

export function AcceptForm({ token, providerName }: { token: string; providerName: string }) {
  const [state, formAction] = useActionState(acceptInvitation, idleState);
  const errors = state.fieldErrors?.confirm;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {errors ? null : <FormMessage state={state} />}
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
          <span>
            I authorize {providerName} to act as my indirect provider: to add customers and submit orders on my behalf, to associate me with
            subscriptions, and to assign me as support contact for them.
          </span>
        </label>
        <FieldError id="confirm-error" errors={errors} />
      </div>
      <SubmitButton pendingLabel="Authorizing…">Authorize indirect provider</SubmitButton>
    </form>
  );
}
