import type { FormState } from "@/lib/form-state";

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
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value}
        required={required}
        autoComplete={autoComplete}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : hint ? `${id}-hint` : undefined}
        {...rest}
      />
      {hint && !errors ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
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

/** The form-level message: success, a plain error, or a summary of field errors. */
export function FormMessage({ state }: { state?: FormState }) {
  if (!state || state.status === "idle" || !state.message) return null;
  const tone = state.status === "success" ? "notice-success" : "notice-error";
  return (
    <div className={`notice ${tone}`} role={state.status === "success" ? "status" : "alert"} data-testid="form-message">
      {state.message}
    </div>
  );
}
