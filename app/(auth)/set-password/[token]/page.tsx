import type { Metadata } from "next";
import Link from "next/link";
import { CenteredPage } from "@/components/ui/centered-page";
import { checkPasswordLink } from "@/lib/password-links";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = { title: "Choose a password · Partner Hub" };

/** The page behind an emailed link (invitation or reset). Opening it changes nothing; submitting uses it up. */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await checkPasswordLink(token);
  if (!link) {
    return (
      <CenteredPage title="This link is not valid">
        <p className="text-sm text-slate-600">
          It was used already, it expired, or the account is deactivated.{" "}
          <Link className="link" href="/forgot-password">
            Ask for a new link
          </Link>
          .
        </p>
      </CenteredPage>
    );
  }
  return (
    <CenteredPage
      title={link.purpose === "invitation" ? "Welcome to Partner Hub" : "Choose a new password"}
      description={`${link.name} · ${link.email}`}
    >
      <SetPasswordForm token={token} />
    </CenteredPage>
  );
}
