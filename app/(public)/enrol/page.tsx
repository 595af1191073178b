import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CenteredPage } from "@/components/ui/centered-page";
import { currentViewer } from "@/lib/auth";
import { countryOptions } from "@/lib/countries";
import { homeFor } from "@/lib/permissions";
import { safeRedirect } from "@/lib/safe-redirect";
import { EnrolForm } from "./enrol-form";

export const metadata: Metadata = { title: "Enrol as an indirect reseller · Partner Hub" };

export default async function EnrolPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeRedirect((await searchParams).callbackUrl);
  const viewer = await currentViewer();
  if (viewer) redirect(viewer.mustChangePassword ? "/change-password" : (callbackUrl ?? homeFor(viewer.role)));
  const countries = countryOptions().map((c) => ({ value: c.code, label: c.name }));
  return (
    <CenteredPage
      wide
      title="Enrol as an indirect reseller"
      description="Enrol your company in the indirect reseller program. The program operator reviews and activates each enrolment; once active you can accept relationship requests from indirect providers."
    >
      <EnrolForm callbackUrl={callbackUrl} countries={countries} />
      <p className="mt-6 text-sm text-slate-600">
        Already enrolled?{" "}
        <Link className="link" href={`/sign-in${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>
          Sign in
        </Link>
      </p>
    </CenteredPage>
  );
}
