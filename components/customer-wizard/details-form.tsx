"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select-field";
import { countryOptions } from "@/lib/countries";
import { SubmitButton } from "@/components/ui/submit-button";
import { checkDomainAvailability, saveCustomerDetails } from "@/lib/actions/customer-wizard";
import { idleState } from "@/lib/form-state";
import { DOMAIN_SUFFIX, languages } from "@/lib/validation/customers";

type Option = { id: string; name: string };

/** Debounced live check of the primary domain; the server checks again at each step and at Submit. */
function DomainField({ initial, errors }: { initial: string; errors?: string[] }) {
  const [value, setValue] = useState(initial);
  const [status, setStatus] = useState<{ available: boolean; message: string } | null>(null);
  const seq = useRef(0);
  useEffect(() => {
    const v = value.trim();
    if (!v) {
      setStatus(null);
      return;
    }
    const mine = ++seq.current;
    const t = setTimeout(() => {
      void checkDomainAvailability(v).then((r) => {
        if (mine === seq.current) setStatus(r);
      });
    }, 350);
    return () => clearTimeout(t);
  }, [value]);
  const shownErrors = errors && value === initial ? errors : undefined;
  return (
    <div className="field">
      <label htmlFor="field-domain">Primary domain</label>
      <div className="flex items-stretch">
        <input
          id="field-domain"
          name="domain"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          className="min-w-0 flex-1 rounded-r-none"
          aria-invalid={shownErrors || status?.available === false ? true : undefined}
          aria-describedby="field-domain-status"
        />
        <span className="flex items-center rounded-r-md border border-l-0 border-slate-300 bg-slate-50 px-3 text-sm text-slate-600">{DOMAIN_SUFFIX}</span>
      </div>
      <p id="field-domain-status" aria-live="polite" data-testid="domain-status" className={status?.available ? "text-sm text-green-700" : "field-error"}>
        {shownErrors ? shownErrors.join(" ") : (status?.message ?? "")}
      </p>
    </div>
  );
}

export function CustomerDetailsForm({
  draftId,
  initial,
  resellers,
  providers,
  cancel,
}: {
  draftId?: string;
  initial: Record<string, string>;
  /** Provider: its active resellers for the Indirect reseller select. */
  resellers?: Option[];
  /** Reseller: its active providers, one of which becomes the provider of record. */
  providers?: Option[];
  cancel: React.ReactNode;
}) {
  const [state, formAction] = useActionState(saveCustomerDetails, idleState);
  const values = { ...initial, ...state.values };
  const err = (name: string) => state.fieldErrors?.[name];
  const key = JSON.stringify(state.values ?? {});
  return (
    <form action={formAction} className="space-y-6" noValidate key={key}>
      <FormMessage state={state} />
      {draftId ? <input type="hidden" name="draftId" value={draftId} /> : null}
      {providers ? (
        <section className="card space-y-4 p-5">
          <h2 className="font-semibold">Indirect provider</h2>
          <SelectField label="Indirect provider" name="providerId" options={providers.map((p) => ({ value: p.id, label: p.name }))} defaultValue={values.providerId} state={state} placeholder="Choose a provider" />
        </section>
      ) : null}
      <section className="card grid gap-4 p-5 sm:grid-cols-2">
        <h2 className="font-semibold sm:col-span-2">Account</h2>
        <Field label="Company name" name="companyName" defaultValue={values.companyName} state={{ ...state, values }} />
        <DomainField initial={values.domain ?? ""} errors={err("domain")} />
        {resellers ? (
          <div className="sm:col-span-2">
            <SelectField
              label="Indirect reseller"
              name="resellerId"
              options={[{ value: "", label: "None" }, ...resellers.map((r) => ({ value: r.id, label: r.name }))]}
              defaultValue={values.resellerId}
              state={state}
            />
            <p className="hint mt-1">The reseller gets delegated admin rights over this customer&apos;s subscriptions and becomes their partner of record.</p>
          </div>
        ) : null}
        <SelectField label="Language" name="language" options={languages.map(([value, label]) => ({ value, label }))} defaultValue={values.language ?? "en"} state={state} />
      </section>
      <section className="card grid gap-4 p-5 sm:grid-cols-2">
        <h2 className="font-semibold sm:col-span-2">Address</h2>
        <SelectField
          label="Country/region"
          name="country"
          options={countryOptions().map((c) => ({ value: c.code, label: c.name }))}
          defaultValue={values.country}
          state={state}
          placeholder="Choose a country/region"
        />
        <div />
        <Field label="Address line 1" name="addressLine1" state={{ ...state, values }} />
        <Field label="Address line 2" name="addressLine2" state={{ ...state, values }} />
        <Field label="City" name="city" state={{ ...state, values }} />
        <Field label="State/region" name="state" state={{ ...state, values }} />
        <Field label="Postal code" name="postalCode" state={{ ...state, values }} />
      </section>
      <section className="card grid gap-4 p-5 sm:grid-cols-2">
        <h2 className="font-semibold sm:col-span-2">Primary contact</h2>
        <Field label="First name" name="contactFirstName" state={{ ...state, values }} />
        <Field label="Last name" name="contactLastName" state={{ ...state, values }} />
        <Field label="Email" name="contactEmail" type="email" state={{ ...state, values }} />
        <Field label="Phone" name="contactPhone" type="tel" state={{ ...state, values }} />
      </section>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Checking…">Next: Subscriptions</SubmitButton>
        {cancel}
      </div>
    </form>
  );
}
