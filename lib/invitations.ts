import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { appUrl } from "./env";
import { formatDate } from "./format";

/** Invitation links stop working after this many days. */
export const INVITATION_TTL_DAYS = 30;

/** 32 bytes from the CSPRNG = 256 bits, base64url: always 43 characters from [A-Za-z0-9_-]. */
export const TOKEN_BYTES = 32;

/** A fresh one-time token and the only thing we keep of it: its SHA-256. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function invitationPath(token: string): string {
  return `/invitations/${token}`;
}

export function invitationLink(token: string): string {
  return `${appUrl()}${invitationPath(token)}`;
}

/** Stands in for the link in the stored copy of the message, so the token never reaches the database. */
export const LINK_PLACEHOLDER = "[personalized link]";

/** The draft email the provider sends to the reseller; the provider may edit it, keeping the link. */
export function invitationEmail(opts: { providerName: string; senderName: string; link: string; expiresAt: Date }) {
  const subject = `${opts.providerName} invites you to become its indirect reseller`;
  const body = [
    "Hello,",
    "",
    `${opts.providerName} would like to work with you as an indirect reseller in the Cloud Solution Provider program. ` +
      "As your indirect provider we can add customers and submit orders on your behalf, associate you with subscriptions " +
      "for incentive credit, and assign you as the support contact of the subscriptions you support.",
    "",
    "To accept, open this link, sign in to Partner Hub (or enrol as an indirect reseller if you are new), " +
      "tick the confirmation box and select Authorize indirect provider:",
    "",
    opts.link,
    "",
    `The link is personal to this invitation, works once, and expires on ${formatDate(opts.expiresAt)}.`,
    "",
    "Kind regards,",
    opts.senderName,
    opts.providerName,
  ].join("\n");
  return { subject, body };
}

/** Why a link cannot be accepted, in the words of the page that says so (and of the action's refusal). */
export type InvitationRefusal = "invalid" | "revoked" | "used" | "expired" | "not_reseller" | "reseller_pending" | "already_related";

export function refusalText(kind: InvitationRefusal, providerName = "the provider"): { title: string; message: string } {
  switch (kind) {
    case "invalid":
      return {
        title: "This invitation link is not valid",
        message: "The link is incomplete or does not belong to any invitation. Check that you opened the whole link from the email, or ask the provider for a new one.",
      };
    case "revoked":
      return { title: "This invitation was withdrawn", message: `${providerName} revoked this invitation, so its link no longer works. Ask ${providerName} for a new one if needed.` };
    case "used":
      return { title: "This invitation link was already used", message: `Each invitation link works once, and this one has already been accepted. Ask ${providerName} for a new link if you need one.` };
    case "expired":
      return { title: "This invitation link has expired", message: `Invitation links work for ${INVITATION_TTL_DAYS} days. Ask ${providerName} to send you a new one.` };
    case "not_reseller":
      return {
        title: "This link is for indirect resellers",
        message: "Only an enrolled indirect reseller can accept a relationship request. Sign out, then sign in with your indirect reseller account (or enrol as one).",
      };
    case "reseller_pending":
      return {
        title: "Your enrolment is not active yet",
        message: "Your organisation's enrolment as an indirect reseller is still pending. Once it is active, open this link again to accept the request.",
      };
    case "already_related":
      return { title: `You already work with ${providerName}`, message: `${providerName} is already one of your indirect providers; nothing needed to change.` };
  }
}
