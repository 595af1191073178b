"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/form";
import type { FormState } from "@/lib/form-state";

/** The new password and its confirmation, as the change-password and set-password forms ask for them. */
export function NewPasswordFields({ state }: { state: FormState }) {
  const t = useTranslations();
  return (
    <>
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
    </>
  );
}
