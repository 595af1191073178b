import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth";
import { entraIdConfigured } from "@/lib/env";
import { homeFor } from "@/lib/permissions";
import { safeRedirect } from "@/lib/safe-redirect";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in · Partner Hub" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeRedirect((await searchParams).callbackUrl);
  const viewer = await currentViewer();
  if (viewer) redirect(viewer.mustChangePassword ? "/change-password" : (callbackUrl ?? homeFor(viewer.role)));
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <Link href="/" className="mb-8 text-lg font-semibold text-blue-800">
        Partner Hub
      </Link>
      <div className="card p-8">
        <h1 className="mb-1 text-2xl font-semibold">Sign in</h1>
        <p className="mb-6 text-sm text-slate-600">For indirect providers, indirect resellers and their customers.</p>
        <SignInForm callbackUrl={callbackUrl} />
        <p className="mt-4 text-sm">
          <Link className="link" href="/forgot-password">
            Forgot password?
          </Link>
        </p>
        {entraIdConfigured() ? (
          <p className="mt-4 text-sm">
            <a className="link" href={`/api/auth/signin/azure-ad?callbackUrl=${encodeURIComponent(callbackUrl ?? "/")}`}>
              Sign in with Microsoft Entra ID
            </a>
          </p>
        ) : null}
      </div>
      <p className="mt-6 text-center text-sm text-slate-600">
        New indirect reseller?{" "}
        <Link className="link" href={`/enrol${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>
          Enrol as an indirect reseller
        </Link>
      </p>
    </main>
  );
}
