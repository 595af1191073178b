import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth";
import { entraIdConfigured } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { landingFor } from "@/lib/permissions";
import { safeRedirect } from "@/lib/safe-redirect";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.signIn.title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeRedirect((await searchParams).callbackUrl);
  const viewer = await currentViewer();
  if (viewer) redirect(landingFor(viewer, callbackUrl));
  const t = await getT();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <Link href="/" className="mb-8 text-lg font-semibold text-blue-800">
        {t("shell.appName")}
      </Link>
      <div className="card p-8">
        <h1 className="mb-1 text-2xl font-semibold">{t("auth.signIn.title")}</h1>
        <p className="mb-6 text-sm text-slate-600">{t("auth.signIn.intro")}</p>
        <SignInForm callbackUrl={callbackUrl} />
        <p className="mt-4 text-sm">
          <Link className="link" href="/forgot-password">
            {t("auth.forgotPassword.title")}
          </Link>
        </p>
        {entraIdConfigured() ? (
          <p className="mt-4 text-sm">
            <a className="link" href={`/api/auth/signin/azure-ad?callbackUrl=${encodeURIComponent(callbackUrl ?? "/")}`}>
              {t("auth.signIn.entra")}
            </a>
          </p>
        ) : null}
      </div>
      <p className="mt-6 text-center text-sm text-slate-600">
        {t("auth.signIn.newReseller")}{" "}
        <Link className="link" href={`/enrol${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>
          {t("auth.signIn.enrol")}
        </Link>
      </p>
    </main>
  );
}
