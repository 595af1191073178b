"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { PartnerCombobox, type ComboOption } from "@/components/partner-combobox";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { checkDomainAvailability, saveCustomerDetails } from "@/lib/actions/customer-wizard";
import { idleState } from "@/lib/form-state";
import { DOMAIN_SUFFIX, languages } from "@/lib/validation/customers";

type Option = { id: string; name: string };

/** Debounced live check of the primary domain; the server checks again at each step and at Submit. */
function DomainField({ initial, errors }: { initial: string; errors?: string[] }) {
  const t = useTranslations();
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
      <label htmlFor="field-domain">{t("customers.fields.primaryDomain")}</label>
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
        <span className="flex items-center rounded-r-md border border-l-0 border-slate-300 bg-slate-50 px-3 text-sm text-slate-600">
          {DOMAIN_SUFFIX}
        </span>
      </div>
      <p
        id="field-domain-status"
        aria-live="polite"
        data-testid="domain-status"
        className={status?.available ? "text-sm text-green-700" : "field-error"}
      >
        {shownErrors ? shownErrors.join(" ") : (status?.message ?? "")}
      </p>
    </div>
  );
}

export function CustomerDetailsForm({
  draftId,
  initial,
  reseller,
  providers,
  countries,
  cancel,
}: {
  draftId?: string;
  initial: Record<string, string>;
  /** Provider: the Indirect reseller combobox (matches from `source`) and the reseller chosen so far. */
  reseller?: { source: string; selected: ComboOption };
  /** Reseller: its active providers, one of which becomes the provider of record. */
  providers?: Option[];
  /** Country/region choices, named and sorted on the server (see `countryChoices`). */
  countries: { value: string; label: string }[];
  cancel: React.ReactNode;
}) {
  const t = useTranslations();
  const NO_RESELLER: ComboOption = { id: "", name: t("shell.none") };
  const [state, formAction] = useActionState(saveCustomerDetails, idleState);
  // The form remounts after a refused submit (its key); the reseller chosen stays chosen.
  const [resellerChoice, setResellerChoice] = useState(reseller?.selected ?? NO_RESELLER);
  const values = { ...initial, ...state.values };
  const err = (name: string) => state.fieldErrors?.[name];
  const key = JSON.stringify(state.values ?? {});
  return (
    <form action={formAction} className="space-y-6" noValidate key={key}>
      <FormMessage state={state} />
      {draftId ? <input type="hidden" name="draftId" value={draftId} /> : null}
      {providers ? (
        <section className="card space-y-4 p-5">
          <h2 className="font-semibold">{t("customers.wizard.sectionProvider")}</h2>
          <SelectField
            label={t("customers.fields.indirectProvider")}
            name="providerId"
            options={providers.map((p) => ({ value: p.id, label: p.name }))}
            defaultValue={values.providerId}
            state={state}
            placeholder={t("customers.wizard.chooseProvider")}
          />
        </section>
      ) : null}
      <section className="card grid gap-4 p-5 sm:grid-cols-2">
        <h2 className="font-semibold sm:col-span-2">{t("customers.wizard.sectionAccount")}</h2>
        <Field
          label={t("customers.fields.companyName")}
          name="companyName"
          defaultValue={values.companyName}
          state={{ ...state, values }}
        />
        <DomainField initial={values.domain ?? ""} errors={err("domain")} />
        {reseller ? (
          <div className="sm:col-span-2">
            <PartnerCombobox
              label={t("customers.fields.indirectReseller")}
              name="resellerId"
              source={reseller.source}
              selected={resellerChoice}
              onChoose={setResellerChoice}
              fixed={[NO_RESELLER]}
              errors={err("resellerId")}
            />
            <p className="hint mt-1">{t("customers.wizard.resellerHint")}</p>
          </div>
        ) : null}
        <SelectField
          label={t("customers.fields.language")}
          name="language"
          options={languages.map(([value, label]) => ({ value, label }))}
          defaultValue={values.language ?? "en"}
          state={state}
        />
      </section>
      <section className="card grid gap-4 p-5 sm:grid-cols-2">
        <h2 className="font-semibold sm:col-span-2">{t("customers.wizard.sectionAddress")}</h2>
        <SelectField
          label={t("customers.fields.country")}
          name="country"
          options={countries}
          defaultValue={values.country}
          state={state}
          placeholder={t("customers.wizard.chooseCountry")}
        />
        <div />
        <Field label={t("customers.fields.addressLine1")} name="addressLine1" state={{ ...state, values }} />
        <Field label={t("customers.fields.addressLine2")} name="addressLine2" state={{ ...state, values }} />
        <Field label={t("customers.fields.city")} name="city" state={{ ...state, values }} />
        <Field label={t("customers.fields.state")} name="state" state={{ ...state, values }} />
        <Field label={t("customers.fields.postalCode")} name="postalCode" state={{ ...state, values }} />
      </section>
      <section className="card grid gap-4 p-5 sm:grid-cols-2">
        <h2 className="font-semibold sm:col-span-2">{t("customers.wizard.sectionContact")}</h2>
        <Field label={t("customers.fields.firstName")} name="contactFirstName" state={{ ...state, values }} />
        <Field label={t("customers.fields.lastName")} name="contactLastName" state={{ ...state, values }} />
        <Field label={t("customers.fields.email")} name="contactEmail" type="email" state={{ ...state, values }} />
        <Field label={t("customers.fields.phone")} name="contactPhone" type="tel" state={{ ...state, values }} />
      </section>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={t("customers.wizard.checking")}>{t("customers.wizard.nextSubscriptions")}</SubmitButton>
        {cancel}
      </div>
    </form>
  );
}
