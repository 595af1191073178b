"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/form-state";
import { enrolReseller } from "./actions";

export function EnrolForm({ callbackUrl, countries }: { callbackUrl?: string; countries: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(enrolReseller, idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field label="Company name" name="companyName" autoComplete="organization" state={state} hint="Your company's legal name." required />
      <Field label="Partner ID" name="partnerNumber" inputMode="numeric" state={state} hint="Your partner ID in the program: 4 to 12 digits." required />
      <SelectField label="Country/region" name="country" options={countries} placeholder="Choose a country/region" state={state} required />
      <Field label="Your name" name="name" autoComplete="name" state={state} hint="You become your company's Partner Hub administrator." required />
      <Field label="Email" name="email" type="email" autoComplete="email" state={state} required />
      <Field label="Password" name="password" type="password" autoComplete="new-password" state={state} hint="At least 12 characters, mixing letters with digits or symbols." required />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <SubmitButton pendingLabel="Enrolling…">Enrol</SubmitButton>
    </form>
  );
}
