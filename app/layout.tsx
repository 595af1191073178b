import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { connection } from "next/server";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { currentViewer } from "@/lib/auth";
import { clientCatalogues } from "@/lib/i18n/messages";
import { getT, requestLocale } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: { template: `%s · ${t("shell.appName")}`, default: t("shell.appName") }, description: t("shell.description") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its scripts carry this request's CSP nonce (proxy.ts).
  await connection();
  const locale = await requestLocale();
  // Signed out: the switcher (signed in: Language / 語言 in the user menu).
  const signedOut = !(await currentViewer());
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={clientCatalogues[locale]} timeZone="UTC">
          {signedOut ? <LocaleSwitcher /> : null}
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
