import type { Metadata } from "next";
import Link from "next/link";
import { checkPasswordLink } from "@/lib/password-links";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = { title: "Choose a password · Partner Hub" };

/** The page behind an emailed link (invitation or reset). Opening it changes nothing; submitting uses it up. */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await checkPasswordLink(token);
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <Link href="/" className="mb-8 text-lg font-semibold text-blue-800">
        Partner Hub
      </Link>
      <div className="card p-8">
        {link ? (
          <>
            <h1 className="mb-1 text-2xl font-semibold">{link.purpose === "invitation" ? "Welcome to Partner Hub" : "Choose a new password"}</h1>
            <p className="mb-6 text-sm text-slate-600">
              {link.name} · {link.email}
            </p>
            <SetPasswordForm token={token} />
          </>
        ) : (
          <>
            <h1 className="mb-1 text-2xl font-semibold">This link is not valid</h1>
            <p className="text-sm text-slate-600">
              It was used already, it expired, or the account is deactivated.{" "}
              <Link className="link" href="/forgot-password">
                Ask for a new link
              </Link>
              .
            </p>
          </>
        )}
      </div>
    </main>
  );
}
