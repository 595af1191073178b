"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { setLanguage } from "@/lib/actions/account";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";
import { idleState } from "@/lib/form-state";

/** "Language / 語言" in the user menu: saved on the user (lib/actions/account.ts), the page re-renders in it. */
export function LanguageMenu() {
  const t = useTranslations();
  const current = useLocale();
  const [, formAction, pending] = useActionState(setLanguage, idleState);
  return (
    <form action={formAction} className="border-t border-slate-200 pt-2 mt-2">
      <fieldset>
        <legend className="mb-1 text-xs text-slate-600">{t("shell.language")}</legend>
        <div className="flex gap-2">
          {LOCALES.map((locale) => (
            <button
              key={locale}
              type="submit"
              name="locale"
              value={locale}
              lang={locale}
              disabled={pending}
              aria-pressed={locale === current}
              className={`rounded border px-2 py-1 text-sm ${locale === current ? "border-blue-700 bg-blue-50 font-medium text-blue-900" : "border-slate-300 text-slate-800 hover:bg-slate-50"}`}
            >
              {LOCALE_NAMES[locale]}
            </button>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
