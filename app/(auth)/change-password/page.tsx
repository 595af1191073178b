import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { SignOutButton } from "@/components/sign-out-button";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.changePassword.title") };
}

export default async function ChangePasswordPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/change-password");
  const t = await getT();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <div className="card p-8">
        <h1 className="mb-1 text-2xl font-semibold">
          {viewer.mustChangePassword ? t("auth.changePassword.setNew") : t("auth.changePassword.title")}
        </h1>
        <p className="mb-6 text-sm text-slate-600">
          {viewer.mustChangePassword
            ? t("auth.changePassword.temporaryIntro", { email: viewer.email })
            : t("auth.changePassword.signedInAs", { email: viewer.email })}
        </p>
        <ChangePasswordForm temporary={viewer.mustChangePassword} />
      </div>
      <div className="mt-4 text-center">
        <SignOutButton />
      </div>
    </main>
  );
}
