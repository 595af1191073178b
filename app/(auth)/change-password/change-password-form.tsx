"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/form-state";
import { NewPasswordFields } from "../new-password-fields";
import { changePassword } from "@/lib/actions/account";

export function ChangePasswordForm({ temporary }: { temporary: boolean }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(changePassword, idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        label={temporary ? t("auth.changePassword.temporary") : t("auth.changePassword.current")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        state={state}
        required
      />
      <NewPasswordFields state={state} />
      <SubmitButton pendingLabel={t("shell.saving")}>{t("auth.changePassword.submit")}</SubmitButton>
    </form>
  );
}
