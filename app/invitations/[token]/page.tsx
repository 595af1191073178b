import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { CenteredPage } from "@/components/ui/centered-page";
import { SignOutButton } from "@/components/sign-out-button";
import { checkInvitation } from "@/db/queries/relationships";
import { currentViewer } from "@/lib/auth";
import { invitationPath, refusalText } from "@/lib/invitations";
import { getT } from "@/lib/i18n/server";
import { can, homeFor } from "@/lib/permissions";
import { AcceptForm } from "./accept-form";

export const dynamic = "force-dynamic";
// The token is in the URL: never send it on to another site.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("relationships.invitation.title"), referrer: "no-referrer" };
}

/** The personalized link of a relationship request (the link the provider emailed to a reseller): each outcome gets its own page. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const viewer = await currentViewer();
  if (viewer?.mustChangePassword) redirect("/change-password");
  const check = await checkInvitation(token, viewer);
  const t = await getT();

  if (check.kind === "signed_out") {
    const back = encodeURIComponent(invitationPath(token));
    return (
      <CenteredPage
        title={t("relationships.invitation.invites", { provider: check.providerName })}
        description={t("relationships.invitation.signedOutIntro")}
      >
        <div className="flex flex-wrap gap-3">
          <Link className="btn-primary" href={`/sign-in?callbackUrl=${back}`}>
            {t("auth.signIn.submit")}
          </Link>
          <Link className="btn-secondary" href={`/enrol?callbackUrl=${back}`}>
            {t("auth.signIn.enrol")}
          </Link>
        </div>
      </CenteredPage>
    );
  }

  if (check.kind === "ready") {
    return (
      <CenteredPage
        wide
        title={t("relationships.invitation.authorizeTitle", { provider: check.providerName })}
        description={t("relationships.invitation.authorizeIntro", {
          provider: check.providerName,
          org: viewer!.orgName,
          email: viewer!.email,
        })}
      >
        <AcceptForm token={token} providerName={check.providerName} />
      </CenteredPage>
    );
  }

  const text = refusalText(check.kind, "providerName" in check ? check.providerName : undefined, t);
  const toProviders = !!viewer && can(viewer, "providers.viewOwn") && (check.kind === "already_related" || check.kind === "used");
  return (
    <CenteredPage title={text.title}>
      <p className="text-sm text-slate-700" data-testid="invitation-refusal" data-kind={check.kind}>
        {text.message}
      </p>
      {check.kind === "used" && check.acceptedByViewer ? (
        <p className="mt-3 text-sm text-slate-700">
          {t("relationships.invitation.acceptedByYou", { provider: check.providerName })}
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap items-center gap-4 text-sm">
        {viewer ? (
          <Link className="link" href={toProviders ? "/reseller/providers" : homeFor(viewer.role)}>
            {toProviders ? t("relationships.invitation.toProviders") : t("relationships.invitation.toHome")}
          </Link>
        ) : (
          <Link className="link" href="/">
            {t("relationships.invitation.toPartnerHub")}
          </Link>
        )}
        {check.kind === "not_reseller" ? <SignOutButton callbackUrl={invitationPath(token)} /> : null}
      </div>
    </CenteredPage>
  );
}
