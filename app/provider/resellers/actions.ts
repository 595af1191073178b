"use server";
import * as relationships from "@/db/queries/relationships";
import { action } from "@/lib/action";
import { ActionError, NotFoundError } from "@/lib/errors";
import {
  INVITATION_TTL_DAYS,
  hashInvitationToken,
  invitationEmail,
  invitationLink,
  invitationPath,
  newInvitationToken,
} from "@/lib/invitations";
import { enqueueEmail } from "@/lib/outbox";
import {
  invitationIdSchema,
  relationshipIdSchema,
  requestRelationshipSchema,
  restrictInvitationSchema,
  sendRelationshipRequestSchema,
} from "@/lib/validation/relationships";
import { msg } from "@/lib/i18n/message";
import { getFormat, getT } from "@/lib/i18n/server";

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
    audit({
      targetType: "relationship_invitation",
      targetId: invitation.id,
      after: { expiresAt: invitation.expiresAt },
      summary: "relationship request link created",
    });
    const link = invitationLink(token);
    return { data: { invitationId: invitation.id, link, ...invitationEmail({ ...draft, link }) } };
  },
);

/**
 * "Send from Partner Hub": the draft email, as edited, to the address the provider typed, through the
 * outbox. The link proves the invitation (only its hash is stored) and must still be in the message.
 */
export const sendRelationshipRequest = action(
  { name: "invitation.send", permission: "resellers.invite", schema: sendRelationshipRequestSchema, revalidate: [PAGE] },
  async (input, { viewer, audit }) => {
    const token = input.link.slice(input.link.lastIndexOf("/") + 1);
    if (input.link !== invitationLink(token) || !input.link.endsWith(invitationPath(token))) throw new NotFoundError();
    const invitation = await relationships.openInvitationWithToken(viewer, input.invitationId, hashInvitationToken(token));
    if (!input.body.includes(input.link)) throw new ActionError(msg("relationships.send.keepLink"), "body");
    await enqueueEmail({ kind: "relationship.request", to: input.to, subject: input.subject, body: input.body });
    audit({
      targetType: "relationship_invitation",
      targetId: invitation.id,
      after: { to: input.to },
      summary: `relationship request sent to ${input.to}`,
    });
    return { message: msg("relationships.send.sent", { to: input.to }) };
  },
);

/** "Only for this reseller": the link works only for the partner ID and/or email the provider gives. */
export const restrictInvitation = action(
  { name: "invitation.restrict", permission: "resellers.invite", schema: restrictInvitationSchema, revalidate: [PAGE] },
  async ({ invitationId, partnerNumber, email }, { viewer, audit }) => {
    const bound = await relationships.restrictInvitation(viewer, invitationId, { partnerNumber, email });
    audit({
      targetType: "relationship_invitation",
      targetId: invitationId,
      after: { partnerNumber: bound.boundPartnerNumber, email: bound.boundEmail },
      summary: "relationship request link restricted",
    });
    return {
      message: msg(
        bound.boundPartnerNumber || bound.boundEmail ? "relationships.restrict.saved" : "relationships.restrict.cleared",
      ),
    };
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
  {
    name: "relationship.end",
    permission: "resellers.end",
    schema: relationshipIdSchema,
    revalidate: [PAGE, "/provider", "/provider/customers"],
  },
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
