"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** Copies a value (an account, a temporary password) to the clipboard and says so, in the reader's language. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="btn-secondary px-2 py-1 text-xs"
      onClick={() => {
        void navigator.clipboard
          ?.writeText(text)
          .then(() => setCopied(true))
          .catch(() => setCopied(false));
      }}
      aria-label={label}
    >
      {copied ? t("customers.wizard.copied") : t("customers.wizard.copy")}
    </button>
  );
}
