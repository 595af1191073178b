import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CenteredPage } from "@/components/ui/centered-page";
import { currentViewer } from "@/lib/auth";
import { homeFor } from "@/lib/permissions";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot password · Partner Hub" };

export default async function ForgotPasswordPage() {
  const viewer = await currentViewer();
  if (viewer) redirect(homeFor(viewer.role));
  return (
    <CenteredPage
      title="Forgot password?"
      description="Enter the email you sign in with. We send a link to choose a new password."
    >
      <ForgotPasswordForm />
      <p className="mt-6 text-center text-sm">
        <Link className="link" href="/sign-in">
          Back to sign in
        </Link>
      </p>
    </CenteredPage>
  );
}
