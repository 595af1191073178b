"use server";
import { activateRelationship, checkInvitation, claimInvitation, type InvitationCheck } from "@/db/queries/relationships";
import { ActionError } from "@/lib/errors";
import { action } from "@/lib/action";
import { refusalText } from "@/lib/invitations";
import { getT } from "@/lib/i18n/server";
import { acceptInvitationSchema } from "@/lib/validation/relationships";

/** The same words as the page that would have shown this case. */
async function refuse(check: InvitationCheck, fallback: "used" | "already_related" = "used"): Promise<never> {
  const kind = check.kind === "ready" || check.kind === "signed_out" ? fallback : check.kind;
  throw new ActionError(refusalText(kind, "providerName" in check ? check.providerName : undefined, await getT()).message);
}

/** "Authorize indirect provider": the signed-in reseller accepts the link; every refusal changes nothing. */
export const acceptInvitation = action(
  {
    name: "relationship.accept",
    permission: "invitations.accept",
    schema: acceptInvitationSchema,
    revalidate: ["/reseller/providers", "/reseller"],
  },
  async ({ token }, { viewer, audit }) => {
    const check = await checkInvitation(token, viewer);
    if (check.kind !== "ready") return refuse(check);
    const invitation = await claimInvitation(token, viewer);
    // Another accept of the same link got there first (or it expired meanwhile): say which, from the database.
    if (!invitation) return refuse(await checkInvitation(token, viewer));
    const activated = await activateRelationship(viewer, invitation);
    if (!activated) return refuse(check, "already_related");
    audit({
      targetType: "reseller_relationship",
      targetId: activated.relationship.id,
      providerId: invitation.providerId,
      resellerId: activated.relationship.resellerId,
      before: activated.reactivated ? { status: "ended" } : undefined,
      after: { status: "active", invitationId: invitation.id },
      summary: `${viewer.orgName} authorized ${check.providerName} as indirect provider`,
    });
    return { redirect: `/reseller/providers?authorized=${activated.relationship.id}` };
  },
);
