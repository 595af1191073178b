"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { idleState } from "@/lib/form-state";
import { Field, FormMessage } from "./form";
import { SelectField } from "./select-field";
import { SubmitButton } from "./submit-button";

export type FieldSpec =
  | { kind: "select"; name: string; label: string; value?: string; options: [string, string][]; placeholder?: string }
  | { kind: "number"; name: string; label: string; value?: string; min?: number; max?: number; hint?: string }
  | { kind: "text"; name: string; label: string; value?: string; hint?: string };

/**
 * A small form around one wrapped server action, described as data so server pages can use it:
 * fields with their errors next to them, hidden inputs, the shared submit button and the result.
 */
export function ActionForm({
  action,
  fields = [],
  hidden = {},
  submitLabel,
  variant,
  testId,
}: {
  action: (prev: FormState | undefined, input: FormData) => Promise<FormState>;
  fields?: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  variant?: "primary" | "secondary" | "danger";
  testId?: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid={testId}>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) => {
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
      <FormMessage state={state} />
      <SubmitButton variant={variant}>{submitLabel}</SubmitButton>
    </form>
  );
}
