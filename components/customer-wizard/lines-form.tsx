"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FieldError, FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveCustomerLines } from "@/lib/actions/customer-wizard";
import { idleState } from "@/lib/form-state";

export type OfferOption = {
  id: string;
  name: string;
  description: string;
  category: string;
  /** Price, billing cycle and license range, in the reader's words. */
  terms: string;
  minLicenses: number;
  maxLicenses: number;
};

/** Step 2: choose offers and the licenses of each, within each offer's limits. */
export function CustomerLinesForm({
  draftId,
  offers,
  initial,
  back,
}: {
  draftId: string;
  offers: OfferOption[];
  initial: Record<string, number>;
  back: React.ReactNode;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(saveCustomerLines, idleState);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(Object.keys(initial)));
  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="draftId" value={draftId} />
      <FieldError errors={state.fieldErrors?.offer} />
      <div className="card divide-y divide-slate-100">
        {offers.map((o) => {
          const licenseKey = `licenses.${o.id}`;
          const errors = state.fieldErrors?.[licenseKey];
          const on = chosen.has(o.id);
          return (
            <div key={o.id} className="flex flex-wrap items-start gap-4 p-4">
              <input
                type="checkbox"
                id={`offer-${o.id}`}
                name="offer[]"
                value={o.id}
                checked={on}
                onChange={(e) => toggle(o.id, e.target.checked)}
                aria-describedby={`offer-${o.id}-about`}
                className="mt-1 h-4 w-4"
              />
              <div className="min-w-64 flex-1">
                <label htmlFor={`offer-${o.id}`} className="cursor-pointer font-medium">
                  {o.name}
                </label>{" "}
                <span className="badge ml-1" translate="no">
                  {o.category}
                </span>
                {/* Catalog data, in the catalog's own words (translate="no"). */}
                <p id={`offer-${o.id}-about`} className="text-sm text-slate-600" translate="no">
                  {o.description}
                </p>
                <p className="text-xs text-slate-600">{o.terms}</p>
              </div>
              <div className="field w-40">
                <label htmlFor={`licenses-${o.id}`}>{t("customers.fields.licenses")}</label>
                <input
                  id={`licenses-${o.id}`}
                  name={licenseKey}
                  type="number"
                  inputMode="numeric"
                  min={o.minLicenses}
                  max={o.maxLicenses}
                  disabled={!on}
                  defaultValue={state.values?.[licenseKey] ?? String(initial[o.id] ?? o.minLicenses)}
                  aria-label={t("customers.wizard.licensesOf", { offer: o.name })}
                  aria-invalid={errors ? true : undefined}
                />
                <FieldError errors={errors} />
              </div>
            </div>
          );
        })}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {back}
        <SubmitButton pendingLabel={t("shell.saving")}>{t("customers.wizard.nextReview")}</SubmitButton>
      </div>
    </form>
  );
}
