import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { appUrl } from "./env";
import type { Formats } from "./format";
import type { Translator } from "./i18n/server";

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

/**
 * The draft email the provider sends to the reseller, in the provider user's language; the provider may
 * edit it, keeping the link. The stored copy has relationships.email.placeholder instead of the link, so the
 * token never reaches the database.
 */
export function invitationEmail(opts: {
  providerName: string;
  senderName: string;
  link: string;
  expiresAt: Date;
  t: Translator;
  f: Formats;
}) {
  const { t, providerName: provider } = opts;
  const subject = t("relationships.email.subject", { provider });
  const body = [
    t("relationships.email.greeting"),
    "",
    t("relationships.email.intro", { provider }),
    "",
    t("relationships.email.howTo"),
    "",
    opts.link,
    "",
    t("relationships.email.expiry", { date: opts.f.date(opts.expiresAt) }),
    "",
    t("relationships.email.regards"),
    opts.senderName,
    opts.providerName,
  ].join("\n");
  return { subject, body };
}

/** Why a link cannot be accepted, in the words of the page that says so (and of the action's refusal). */
export type InvitationRefusal =
  "invalid" | "revoked" | "used" | "expired" | "not_reseller" | "reseller_pending" | "not_for_you" | "already_related";

/** The title and message of a refusal, in the reader's language. */
export function refusalText(
  kind: InvitationRefusal,
  providerName: string | undefined,
  t: Translator,
): { title: string; message: string } {
  const provider = providerName ?? t("relationships.invitation.theProvider");
  return {
    title: t(`relationships.refusal.${kind}.title`, { provider }),
    message: t(`relationships.refusal.${kind}.message`, { provider, days: INVITATION_TTL_DAYS }),
  };
}
