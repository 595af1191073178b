import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { CenteredPage } from "@/components/ui/centered-page";
import { currentViewer } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { landingFor } from "@/lib/permissions";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.forgotPassword.pageTitle") };
}

export default async function ForgotPasswordPage() {
  const viewer = await currentViewer();
  if (viewer) redirect(landingFor(viewer));
  const t = await getT();
  return (
    <CenteredPage title={t("auth.forgotPassword.title")} description={t("auth.forgotPassword.intro")}>
      <ForgotPasswordForm />
      <p className="mt-6 text-center text-sm">
        <Link className="link" href="/sign-in">
          {t("auth.forgotPassword.back")}
        </Link>
      </p>
    </CenteredPage>
  );
}
