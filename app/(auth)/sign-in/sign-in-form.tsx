"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/form-state";
import { signIn } from "@/lib/actions/account";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(signIn, idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field label={t("auth.signIn.email")} name="email" type="email" autoComplete="username" state={state} required />
      <Field
        label={t("auth.signIn.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        state={state}
        required
      />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <SubmitButton pendingLabel={t("auth.signIn.pending")}>{t("auth.signIn.submit")}</SubmitButton>
    </form>
  );
}
