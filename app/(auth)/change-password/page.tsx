import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth";
import { SignOutButton } from "@/components/sign-out-button";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Change password · Partner Hub" };

export default async function ChangePasswordPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/change-password");
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <div className="card p-8">
        <h1 className="mb-1 text-2xl font-semibold">{viewer.mustChangePassword ? "Set a new password" : "Change password"}</h1>
        <p className="mb-6 text-sm text-slate-600">
          {viewer.mustChangePassword
            ? `You signed in as ${viewer.email} with a temporary password. Choose your own password to continue.`
            : `Signed in as ${viewer.email}.`}
        </p>
        <ChangePasswordForm temporary={viewer.mustChangePassword} />
      </div>
      <div className="mt-4 text-center">
        <SignOutButton />
      </div>
    </main>
  );
}
