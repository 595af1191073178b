"use client";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Field, FieldError, FieldFrame, FormMessage, TextArea, fieldA11y } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { LocationUrl } from "@/db/schema";
import { idleState } from "@/lib/form-state";
import { LOGO_ACCEPT, MAX_LOCATIONS, MAX_LOGO_BYTES } from "@/lib/validation/profile";
import { requestProfileChange } from "./actions";

type Row = LocationUrl & { key: number };

/**
 * The support request form, filled with the entry as it stands: the provider edits what should change.
 * Submitted by hand (not `<form action>`) so the location rows survive a failed attempt.
 */
export function ProfileRequestForm({
  current,
  countries,
}: {
  current: { displayName: string; locations: LocationUrl[] };
  /** Country/region choices, named and sorted on the server (see `countryChoices`). */
  countries: { value: string; label: string }[];
}) {
  const t = useTranslations();
  const LOGO_HINT = t("profile.form.logoHint");
  const [state, formAction, pending] = useActionState(requestProfileChange, idleState);
  const nextKey = useRef(current.locations.length + 1);
  const [rows, setRows] = useState<Row[]>(() =>
    current.locations.length ? current.locations.map((l, key) => ({ ...l, key })) : [{ key: 0, country: "", targetUrl: "" }],
  );
  const [logoError, setLogoError] = useState<string>();
  const logoRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.status === "success" && logoRef.current) logoRef.current.value = "";
  }, [state]);

  const update = (key: number, patch: Partial<LocationUrl>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const errors = (name: string) => state.fieldErrors?.[name];
  const logoErrors = logoError ? [logoError] : errors("logo");

  function checkLogo(file: File | undefined) {
    setLogoError(file && file.size > MAX_LOGO_BYTES ? t("validation.constraint.logoSize") : undefined);
  }

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (logoError) return;
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={submit} className="space-y-5" noValidate encType="multipart/form-data">
      <FormMessage state={state} />
      <Field label={t("profile.form.companyName")} name="companyName" state={state} defaultValue={current.displayName} required />
      <FieldFrame id="field-logo" label={t("profile.form.logo")} hint={LOGO_HINT} errors={logoErrors}>
        <input
          ref={logoRef}
          name="logo"
          type="file"
          accept={LOGO_ACCEPT}
          onChange={(e) => checkLogo(e.currentTarget.files?.[0])}
          className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
          {...fieldA11y("field-logo", logoErrors, LOGO_HINT)}
        />
      </FieldFrame>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("profile.form.locations")}</legend>
        <p className="hint">{t("profile.form.locationsHint")}</p>
        {rows.map((row, i) => (
          <div
            key={row.key}
            className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[12rem_minmax(0,1fr)_auto] sm:items-start"
            data-testid="location-row"
          >
            <FieldFrame id={`country-${row.key}`} label={t("profile.form.country")} errors={errors(`country.${i}`)}>
              <select
                name="country[]"
                value={row.country}
                onChange={(e) => update(row.key, { country: e.currentTarget.value })}
                {...fieldA11y(`country-${row.key}`, errors(`country.${i}`))}
              >
                <option value="">{t("profile.form.choose")}</option>
                {countries.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </FieldFrame>
            <FieldFrame id={`targetUrl-${row.key}`} label={t("profile.form.targetUrl")} errors={errors(`targetUrl.${i}`)}>
              <input
                name="targetUrl[]"
                type="url"
                inputMode="url"
                placeholder="https://"
                value={row.targetUrl}
                onChange={(e) => update(row.key, { targetUrl: e.currentTarget.value })}
                {...fieldA11y(`targetUrl-${row.key}`, errors(`targetUrl.${i}`))}
              />
            </FieldFrame>
            <button
              type="button"
              className="btn-secondary sm:mt-6"
              onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
              aria-label={t("profile.form.removeLocation", { n: i + 1 })}
              disabled={rows.length === 1}
            >
              {t("profile.form.remove")}
            </button>
          </div>
        ))}
        <FieldError errors={errors("locations")} />
        <button
          type="button"
          className="btn-secondary"
          disabled={rows.length >= MAX_LOCATIONS}
          onClick={() => setRows((rs) => [...rs, { key: nextKey.current++, country: "", targetUrl: "" }])}
        >
          {t("profile.form.addLocation")}
        </button>
      </fieldset>
      <TextArea label={t("profile.form.note")} name="note" state={state} />
      <SubmitButton pendingLabel={t("profile.form.submitting")} pending={pending}>
        {t("profile.form.submit")}
      </SubmitButton>
    </form>
  );
}
