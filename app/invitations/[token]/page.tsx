import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CenteredPage } from "@/components/ui/centered-page";
import { SignOutButton } from "@/components/sign-out-button";
import { checkInvitation } from "@/db/queries/relationships";
import { currentViewer } from "@/lib/auth";
import { invitationPath, refusalText } from "@/lib/invitations";
import { can, homeFor } from "@/lib/permissions";
import { AcceptForm } from "./accept-form";

export const dynamic = "force-dynamic";
// The token is in the URL: never send it on to another site.
export const metadata: Metadata = { title: "Relationship request · Partner Hub", referrer: "no-referrer" };

/** The personalized link of a relationship request (the link the provider emailed to a reseller): each outcome gets its own page. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const viewer = await currentViewer();
  if (viewer?.mustChangePassword) redirect("/change-password");
  const check = await checkInvitation(token, viewer);

  if (check.kind === "signed_out") {
    const back = encodeURIComponent(invitationPath(token));
    return (
      <CenteredPage
        title={`${check.providerName} invites you to become its indirect reseller`}
        description="Sign in with your indirect reseller account to accept. New to Partner Hub? Enrol your company first; you come back here afterwards."
      >
        <div className="flex flex-wrap gap-3">
          <Link className="btn-primary" href={`/sign-in?callbackUrl=${back}`}>
            Sign in
          </Link>
          <Link className="btn-secondary" href={`/enrol?callbackUrl=${back}`}>
            Enrol as an indirect reseller
          </Link>
        </div>
      </CenteredPage>
    );
  }

  if (check.kind === "ready") {
    return (
      <CenteredPage
        wide
        title={`Authorize ${check.providerName} as your indirect provider`}
        description={`${check.providerName} asks to become an indirect provider of ${viewer!.orgName}. Signed in as ${viewer!.email}.`}
      >
        <AcceptForm token={token} providerName={check.providerName} />
      </CenteredPage>
    );
  }

  const text = refusalText(check.kind, "providerName" in check ? check.providerName : undefined);
  const toProviders = !!viewer && can(viewer, "providers.viewOwn") && (check.kind === "already_related" || check.kind === "used");
  return (
    <CenteredPage title={text.title}>
      <p className="text-sm text-slate-700" data-testid="invitation-refusal" data-kind={check.kind}>
        {text.message}
      </p>
      {check.kind === "used" && check.acceptedByViewer ? (
        <p className="mt-3 text-sm text-slate-700">You accepted it yourself: {check.providerName} is on your Indirect providers page.</p>
      ) : null}
      <div className="mt-6 flex flex-wrap items-center gap-4 text-sm">
        {viewer ? (
          <Link className="link" href={toProviders ? "/reseller/providers" : homeFor(viewer.role)}>
            {toProviders ? "Go to Indirect providers" : "Go to your home page"}
          </Link>
        ) : (
          <Link className="link" href="/">
            Go to Partner Hub
          </Link>
        )}
        {check.kind === "not_reseller" ? <SignOutButton callbackUrl={invitationPath(token)} /> : null}
      </div>
    </CenteredPage>
  );
}
