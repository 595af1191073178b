"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/form-state";
import { enrolReseller } from "./actions";

export function EnrolForm({ callbackUrl, countries }: { callbackUrl?: string; countries: { value: string; label: string }[] }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(enrolReseller, idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        label={t("relationships.enrol.companyName")}
        name="companyName"
        autoComplete="organization"
        state={state}
        hint={t("relationships.enrol.companyNameHint")}
        required
      />
      <Field
        label={t("relationships.enrol.partnerId")}
        name="partnerNumber"
        inputMode="numeric"
        state={state}
        hint={t("relationships.enrol.partnerIdHint")}
        required
      />
      <SelectField
        label={t("relationships.enrol.country")}
        name="country"
        options={countries}
        placeholder={t("relationships.enrol.chooseCountry")}
        state={state}
        required
      />
      <Field
        label={t("relationships.enrol.yourName")}
        name="name"
        autoComplete="name"
        state={state}
        hint={t("relationships.enrol.yourNameHint")}
        required
      />
      <Field label={t("relationships.enrol.email")} name="email" type="email" autoComplete="email" state={state} required />
      <Field
        label={t("relationships.enrol.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        state={state}
        hint={t("auth.changePassword.newHint")}
        required
      />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <SubmitButton pendingLabel={t("relationships.enrol.pending")}>{t("relationships.enrol.submit")}</SubmitButton>
    </form>
  );
}
