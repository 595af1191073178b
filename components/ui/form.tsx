import type { FormState } from "@/lib/form-state";

// The form-level message moves focus, so it is a client component of its own.
export { FocusFirstError, FormMessage } from "./form-message";

/** A labelled input with its field error underneath; keeps what the user typed (state.values). */
export function Field({
  label,
  name,
  state,
  type = "text",
  defaultValue,
  required,
  hint,
  autoComplete,
  ...rest
}: {
  label: string;
  name: string;
  state?: FormState;
  type?: string;
  defaultValue?: string;
  required?: boolean;
  hint?: string;
  autoComplete?: string;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "type" | "defaultValue">) {
  const errors = state?.fieldErrors?.[name];
  const id = `field-${name}`;
  const value = type === "password" ? undefined : (state?.values?.[name] ?? defaultValue);
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      <input
        name={name}
        type={type}
        defaultValue={value}
        required={required}
        autoComplete={autoComplete}
        {...fieldA11y(id, errors, hint)}
        {...rest}
      />
    </FieldFrame>
  );
}

/** The id and aria attributes that tie a control to its label, hint and error (see FieldFrame). */
export function fieldA11y(id: string, errors?: string[], hint?: string) {
  return {
    id,
    "aria-invalid": errors ? true : undefined,
    "aria-describedby": errors ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}

/** A label, any control (given `fieldA11y(id, …)`), its hint and its error. */
export function FieldFrame({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: React.ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !errors ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A labelled textarea, keeping what was typed. */
export function TextArea({
  label,
  name,
  state,
  hint,
  required,
  rows = 3,
}: {
  label: string;
  name: string;
  state?: FormState;
  hint?: string;
  required?: boolean;
  rows?: number;
}) {
  const id = `field-${name}`;
  const errors = state?.fieldErrors?.[name];
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      <textarea
        name={name}
        rows={rows}
        required={required}
        defaultValue={state?.values?.[name]}
        {...fieldA11y(id, errors, hint)}
      />
    </FieldFrame>
  );
}

export function FieldError({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {errors.join(" ")}
    </p>
  );
}
