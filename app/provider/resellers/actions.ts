"use server";
import * as relationships from "@/db/queries/relationships";
import { action } from "@/lib/action";
import { INVITATION_TTL_DAYS, invitationEmail, invitationLink, newInvitationToken } from "@/lib/invitations";
import { msg } from "@/lib/i18n/message";
import { getFormat, getT } from "@/lib/i18n/server";
import { invitationIdSchema, relationshipIdSchema, requestRelationshipSchema } from "@/lib/validation/relationships";

const PAGE = "/provider/resellers";

/** "Request a reseller relationship": a fresh single-use link and the draft email that carries it. */
export const requestRelationship = action(
  { name: "invitation.create", permission: "resellers.invite", schema: requestRelationshipSchema, revalidate: [PAGE] },
  async (_input, { viewer, audit }) => {
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
    // Written in the provider user's language (the reseller's page follows the reseller's own).
    const [t, f] = await Promise.all([getT(), getFormat()]);
    const draft = { providerName: viewer.orgName, senderName: viewer.name, expiresAt, t, f };
    const invitation = await relationships.createInvitation(viewer, {
      tokenHash,
      // The stored copy keeps a placeholder: the token itself is never written anywhere.
      message: invitationEmail({ ...draft, link: t("relationships.email.placeholder") }).body,
      expiresAt,
    });
    audit({ targetType: "relationship_invitation", targetId: invitation.id, after: { expiresAt: invitation.expiresAt }, summary: "relationship request link created" });
    const link = invitationLink(token);
    return { data: { invitationId: invitation.id, link, ...invitationEmail({ ...draft, link }) } };
  },
);

export const revokeInvitation = action(
  { name: "invitation.revoke", permission: "resellers.invite", schema: invitationIdSchema, revalidate: [PAGE] },
  async ({ invitationId }, { viewer, audit }) => {
    await relationships.revokeInvitation(viewer, invitationId);
    audit({ targetType: "relationship_invitation", targetId: invitationId, summary: "relationship request link revoked" });
    return { message: msg("relationships.resellers.revoked") };
  },
);

/** Ends a relationship; everything of the reseller's reverts to the provider in the same transaction. */
export const endRelationship = action(
  { name: "relationship.end", permission: "resellers.end", schema: relationshipIdSchema, revalidate: [PAGE, "/provider", "/provider/customers"] },
  async ({ relationshipId }, { viewer, audit }) => {
    const ended = await relationships.endRelationship(viewer, relationshipId);
    const { providerId, resellerId } = ended.relationship;
    audit({
      targetType: "reseller_relationship",
      targetId: relationshipId,
      providerId,
      resellerId,
      before: { status: "active" },
      after: {
        status: "ended",
        customersReverted: ended.customers.length,
        partnerOfRecordCleared: ended.partnerOfRecordSubscriptionIds,
        supportContactReverted: ended.supportSubscriptionIds,
      },
      summary: "relationship ended",
    });
    // One record per customer, so each customer's history (Activity log filtered by customer) shows it.
    for (const customer of ended.customers) {
      audit({
        action: "customer.reseller_removed",
        targetType: "customer",
        targetId: customer.id,
        customerId: customer.id,
        providerId,
        resellerId,
        before: { resellerId },
        after: { resellerId: null },
        summary: `${customer.companyName}: indirect reseller removed because the relationship ended`,
      });
    }
    return { redirect: `${PAGE}?ended=${relationshipId}` };
  },
);
