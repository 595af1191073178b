"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/form-state";
import { setPasswordWithLink } from "../../actions";

export function SetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(setPasswordWithLink, idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        state={state}
        hint="At least 12 characters, mixing letters with digits or symbols."
        required
      />
      <Field
        label="Confirm new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        state={state}
        required
      />
      <SubmitButton pendingLabel="Saving…">Set password and sign in</SubmitButton>
    </form>
  );
}
