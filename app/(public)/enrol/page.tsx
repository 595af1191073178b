import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { CenteredPage } from "@/components/ui/centered-page";
import { currentViewer } from "@/lib/auth";
import { countryChoices } from "@/lib/countries";
import { getT, requestLocale } from "@/lib/i18n/server";
import { landingFor } from "@/lib/permissions";
import { safeRedirect } from "@/lib/safe-redirect";
import { EnrolForm } from "./enrol-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("relationships.enrol.title") };
}

export default async function EnrolPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeRedirect((await searchParams).callbackUrl);
  const viewer = await currentViewer();
  if (viewer) redirect(landingFor(viewer, callbackUrl));
  const [t, locale] = await Promise.all([getT(), requestLocale()]);
  const countries = countryChoices(locale);
  return (
    <CenteredPage wide title={t("relationships.enrol.title")} description={t("relationships.enrol.intro")}>
      <EnrolForm callbackUrl={callbackUrl} countries={countries} />
      <p className="mt-6 text-sm text-slate-600">
        {t("relationships.enrol.alreadyEnrolled")}{" "}
        <Link className="link" href={`/sign-in${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>
          {t("auth.signIn.submit")}
        </Link>
      </p>
    </CenteredPage>
  );
}
