import type { FormState } from "@/lib/form-state";
import { FieldError } from "./form";

/** A labelled select with its field error underneath; keeps the chosen value (state.values). */
export function SelectField({
  label,
  name,
  state,
  options,
  defaultValue,
  placeholder,
  required,
}: {
  label: string;
  name: string;
  state?: FormState;
  options: { value: string; label: string }[];
  defaultValue?: string;
  placeholder?: string;
  required?: boolean;
}) {
  const errors = state?.fieldErrors?.[name];
  const id = `field-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        // A new value after a failed submit must replace the old default, hence the key.
        key={state?.values?.[name] ?? defaultValue}
        defaultValue={state?.values?.[name] ?? defaultValue ?? ""}
        required={required}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
      >
        {placeholder !== undefined ? (
          <option value="" disabled>
            {placeholder}
          </option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
