"use client";
import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";

/** The shared submit button: disabled with a pending label while the action runs so a double click cannot submit twice. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  name,
  value,
  pending: pendingOverride,
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
  /** For forms submitted by hand (startTransition), where useFormStatus does not see the action. */
  pending?: boolean;
}) {
  const t = useTranslations();
  const status = useFormStatus();
  const pending = pendingOverride ?? status.pending;
  const styles = {
    primary: "bg-blue-700 text-white hover:bg-blue-800",
    secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
    danger: "bg-red-700 text-white hover:bg-red-800",
  }[variant];
  return (
    <>
      <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={`btn ${styles}`}>
        {pending ? (pendingLabel ?? t("shell.working")) : children}
      </button>
      <span aria-live="polite" className="sr-only">
        {pending ? t("shell.workingStatus") : ""}
      </span>
    </>
  );
}
