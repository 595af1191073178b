import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth";
import { homeFor } from "@/lib/permissions";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot password · Partner Hub" };

export default async function ForgotPasswordPage() {
  const viewer = await currentViewer();
  if (viewer) redirect(homeFor(viewer.role));
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <Link href="/" className="mb-8 text-lg font-semibold text-blue-800">
        Partner Hub
      </Link>
      <div className="card p-8">
        <h1 className="mb-1 text-2xl font-semibold">Forgot password?</h1>
        <p className="mb-6 text-sm text-slate-600">Enter the email you sign in with. We send a link to choose a new password.</p>
        <ForgotPasswordForm />
      </div>
      <p className="mt-6 text-center text-sm">
        <Link className="link" href="/sign-in">
          Back to sign in
        </Link>
      </p>
    </main>
  );
}
