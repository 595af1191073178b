"use client";
import { useActionState } from "react";
import { PartnerCombobox, type ComboOption } from "@/components/partner-combobox";
import { idleState, type AnyFormAction, type FormState } from "@/lib/form-state";
import { Field, FormMessage } from "./form";
import { SelectField } from "./select-field";
import { SubmitButton } from "./submit-button";

export type FieldSpec =
  | { kind: "select"; name: string; label: string; value?: string; options: [string, string][]; placeholder?: string }
  | { kind: "number"; name: string; label: string; value?: string; min?: number; max?: number; hint?: string }
  | { kind: "text"; name: string; label: string; value?: string; hint?: string }
  /** A choice among many partners, searched as the user types (`source`: JSON matches); `fixed` options always come first. */
  | { kind: "partner"; name: string; label: string; source: string; selected: ComboOption; fixed?: ComboOption[]; hint?: string };

/**
 * A one-step form around one wrapped server action: hidden ids, fields (described as data, so server
 * pages can pass them, or rendered by `children` from client components) with their errors next to
 * them, the shared submit button and the outcome.
 */
export function ActionForm({
  action,
  hidden = {},
  fields = [],
  label,
  pendingLabel,
  variant = "primary",
  children,
  className,
  testId,
}: {
  action: AnyFormAction;
  hidden?: Record<string, string>;
  fields?: FieldSpec[];
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  children?: (state: FormState) => React.ReactNode;
  className?: string;
  testId?: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className={className ?? "space-y-3"} noValidate data-testid={testId}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => {
        if (f.kind === "partner") {
          return (
            <PartnerCombobox
              key={f.name}
              label={f.label}
              name={f.name}
              source={f.source}
              selected={f.selected}
              fixed={f.fixed}
              hint={f.hint}
              errors={state.fieldErrors?.[f.name]}
            />
          );
        }
        if (f.kind === "select") {
          const options = f.options.map(([v, l]) => ({ value: v, label: l }));
          return (
            <SelectField
              key={f.name}
              label={f.label}
              name={f.name}
              state={state}
              defaultValue={f.value}
              options={f.placeholder !== undefined ? [{ value: "", label: f.placeholder }, ...options] : options}
            />
          );
        }
        return (
          <Field
            key={f.name}
            label={f.label}
            name={f.name}
            type={f.kind}
            defaultValue={f.value}
            state={state}
            hint={f.hint}
            {...(f.kind === "number" ? { min: f.min, max: f.max, inputMode: "numeric" as const } : {})}
          />
        );
      })}
      {children?.(state)}
      <FormMessage state={state} />
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
