"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/form-state";
import { requestPasswordReset } from "@/lib/actions/account";

export function ForgotPasswordForm() {
  const t = useTranslations();
  const [state, formAction] = useActionState(requestPasswordReset, idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field label={t("auth.signIn.email")} name="email" type="email" autoComplete="username" state={state} required />
      <SubmitButton pendingLabel={t("auth.forgotPassword.pending")}>{t("auth.forgotPassword.submit")}</SubmitButton>
    </form>
  );
}
