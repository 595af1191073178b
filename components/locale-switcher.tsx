"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { LOCALE_COOKIE, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/config";

/**
 * The signed-out pages' language switcher: the choice is a cookie (no account to save it on yet); sign-in
 * copies it to the user when they have not chosen one (lib/actions/account.ts).
 */
export function LocaleSwitcher() {
  const t = useTranslations();
  const current = useLocale();
  const router = useRouter();
  const choose = (locale: Locale) => {
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
    router.refresh();
  };
  return (
    <nav aria-label={t("shell.switcher.label")} className="flex justify-end gap-2 px-6 pt-4 text-sm">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          onClick={() => choose(locale)}
          className={`rounded px-2 py-1 ${locale === current ? "font-semibold text-slate-900 underline" : "text-blue-800 hover:underline"}`}
        >
          {LOCALE_NAMES[locale]}
        </button>
      ))}
    </nav>
  );
}
