"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/form-state";
import { setPasswordWithLink } from "@/lib/actions/account";

export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(setPasswordWithLink, idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        label={t("auth.changePassword.new")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        state={state}
        hint={t("auth.changePassword.newHint")}
        required
      />
      <Field
        label={t("auth.changePassword.confirm")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        state={state}
        required
      />
      <SubmitButton pendingLabel={t("shell.saving")}>{t("auth.setPassword.submit")}</SubmitButton>
    </form>
  );
}
