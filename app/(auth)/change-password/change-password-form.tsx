"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/form-state";
import { changePassword } from "../actions";

export function ChangePasswordForm({ temporary }: { temporary: boolean }) {
  const [state, formAction] = useActionState(changePassword, idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field label={temporary ? "Temporary password" : "Current password"} name="currentPassword" type="password" autoComplete="current-password" state={state} required />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" state={state} hint="At least 12 characters, mixing letters with digits or symbols." required />
      <Field label="Confirm new password" name="confirmPassword" type="password" autoComplete="new-password" state={state} required />
      <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
    </form>
  );
}
