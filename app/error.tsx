"use client";
import { useTranslations } from "next-intl";

/** No stack trace ever reaches a user: a plain message and a way to retry. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("shell.error.title")}</h1>
      <p className="mt-2 text-slate-600">{t("shell.error.body")}</p>
      <button type="button" onClick={reset} className="btn-primary mt-6">
        {t("shell.error.retry")}
      </button>
    </main>
  );
}
