"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { idleState } from "@/lib/form-state";
import { Field, FieldError, FormMessage } from "./form";
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
        const id = `field-${f.name}`;
        const errors = state.fieldErrors?.[f.name];
        const value = state.values?.[f.name] ?? f.value;
        if (f.kind === "select") {
          return (
            <div className="field" key={f.name}>
              <label htmlFor={id}>{f.label}</label>
              <select id={id} name={f.name} defaultValue={value ?? ""} key={value} aria-invalid={errors ? true : undefined}>
                {f.placeholder !== undefined ? <option value="">{f.placeholder}</option> : null}
                {f.options.map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </select>
              <FieldError errors={errors} />
            </div>
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
