"use client";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/form-state";

/**
 * After a refused submit, keyboard and screen-reader users land on the problem: focus moves to the first
 * field marked invalid in the same form, else to the form's message.
 */
export function FocusFirstError({ state }: { state?: FormState }) {
  const anchor = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!state || (state.status !== "invalid" && state.status !== "error" && state.status !== "not_found")) return;
    const form = anchor.current?.closest("form");
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[data-testid="form-message"]');
    target?.focus();
  }, [state]);
  return <span ref={anchor} hidden />;
}

/** The form-level message: success, a plain error, or a summary of field errors. */
export function FormMessage({ state }: { state?: FormState }) {
  const focus = <FocusFirstError state={state} />;
  if (!state || state.status === "idle" || !state.message) return focus;
  const tone = state.status === "success" ? "notice-success" : "notice-error";
  return (
    <>
      {focus}
      <div
        className={`notice ${tone}`}
        role={state.status === "success" ? "status" : "alert"}
        data-testid="form-message"
        tabIndex={-1}
      >
        {state.message}
      </div>
    </>
  );
}
