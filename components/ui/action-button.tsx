"use client";
import { useActionState } from "react";
import { idleState, type AnyFormAction } from "@/lib/form-state";
import { FormMessage } from "./form";
import { SubmitButton } from "./submit-button";

/** A one-button form for a record-level action (Revoke, End relationship): the record's id rides along hidden. */
export function ActionButton({
  action,
  fields,
  children,
  pendingLabel,
  variant = "secondary",
}: {
  action: AnyFormAction;
  fields: Record<string, string>;
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="inline-flex flex-col gap-2">
      {state.status !== "success" ? <FormMessage state={state} /> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {children}
      </SubmitButton>
    </form>
  );
}
