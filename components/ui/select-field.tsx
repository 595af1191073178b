import type { FormState } from "@/lib/form-state";
import { FieldFrame, fieldA11y } from "./form";

/**
 * A labelled select with its field error underneath; keeps the chosen value after a failed submit
 * (state.values). `allLabel` adds a selectable empty first option (filters: "All …"); `placeholder`
 * a disabled one that asks for a choice.
 */
export function SelectField({
  label,
  name,
  options,
  defaultValue,
  state,
  errors: explicitErrors,
  placeholder,
  allLabel,
  required,
  id = `field-${name}`,
}: {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  state?: FormState;
  errors?: string[];
  placeholder?: string;
  allLabel?: string;
  required?: boolean;
  id?: string;
}) {
  const errors = explicitErrors ?? state?.fieldErrors?.[name];
  const value = state?.values?.[name] ?? defaultValue ?? "";
  return (
    <FieldFrame id={id} label={label} errors={errors}>
      {/* A new value after a failed submit must replace the old default, hence the key. */}
      <select key={value} name={name} defaultValue={value} required={required} {...fieldA11y(id, errors)}>
        {placeholder !== undefined ? (
          <option value="" disabled>
            {placeholder}
          </option>
        ) : null}
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
