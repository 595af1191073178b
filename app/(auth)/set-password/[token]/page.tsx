import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { CenteredPage } from "@/components/ui/centered-page";
import { getT } from "@/lib/i18n/server";
import { checkPasswordLink } from "@/lib/password-links";
import { SetPasswordForm } from "./set-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.setPassword.pageTitle") };
}

/** The page behind an emailed link (invitation or reset). Opening it changes nothing; submitting uses it up. */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, t] = await Promise.all([checkPasswordLink(token), getT()]);
  if (!link) {
    return (
      <CenteredPage title={t("auth.setPassword.invalidTitle")}>
        <p className="text-sm text-slate-600">
          {t.rich("auth.setPassword.invalidBody", {
            link: (chunks) => (
              <Link className="link" href="/forgot-password">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </CenteredPage>
    );
  }
  return (
    <CenteredPage
      title={link.purpose === "invitation" ? t("auth.setPassword.welcome") : t("auth.setPassword.chooseNew")}
      description={`${link.name} · ${link.email}`}
    >
      <SetPasswordForm token={token} />
    </CenteredPage>
  );
}
