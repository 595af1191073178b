"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/form-state";
import { NewPasswordFields } from "../../new-password-fields";
import { setPasswordWithLink } from "@/lib/actions/account";

export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(setPasswordWithLink, idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields state={state} />
      <SubmitButton pendingLabel={t("shell.saving")}>{t("auth.setPassword.submit")}</SubmitButton>
    </form>
  );
}
