"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { idleState } from "@/lib/form-state";
import { FormMessage } from "./form";
import { SubmitButton } from "./submit-button";

type ServerAction = (prev: FormState | undefined, input: FormData) => Promise<FormState>;

/** A one-step action on one record: hidden ids, optional fields (children), a button and the outcome. */
export function ActionForm({
  action,
  hidden,
  label,
  pendingLabel,
  variant = "primary",
  children,
  className,
}: {
  action: ServerAction;
  hidden: Record<string, string>;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  children?: (state: FormState) => React.ReactNode;
  className?: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className={className ?? "space-y-3"} noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children?.(state)}
      <FormMessage state={state} />
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
