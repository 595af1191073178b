import "server-only";
import { and, count, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { passwordTokens, users, type User } from "@/db/schema";
import { appUrl } from "./env";
import { isLocale } from "./i18n/config";
import { msg } from "./i18n/message";
import { organisationName, translatorFor } from "./i18n/server";
import { hashInvitationToken, newInvitationToken } from "./invitations";
import { enqueueEmail } from "./outbox";
import type { Viewer } from "./viewer";

/**
 * Single-use links to set a password (issue 14): a new user's invitation (7 days) and "Forgot
 * password?" (1 hour). Only the SHA-256 of the 256-bit token is stored; the link itself exists only in
 * the email (the outbox). Emails are written in the recipient's language when it chose one (users.locale),
 * else in English.
 */
export const INVITATION_TTL_HOURS = 7 * 24;
export const RESET_TTL_HOURS = 1;
/** At most this many reset emails per address per hour. */
export const RESET_LIMIT_PER_HOUR = 3;

/** The one answer of "Forgot password?", whether or not the address has an account (a catalogue key). */
export const RESET_ANSWER = msg("auth.forgotPassword.answer");

type Recipient = Pick<User, "id" | "email" | "name" | "locale">;

/** The catalogue of the recipient's saved language, else English (its language is not known). */
const recipientT = (user: Recipient) => translatorFor(isLocale(user.locale) ? user.locale : "en");

type Purpose = (typeof passwordTokens.purpose.enumValues)[number];

export function setPasswordPath(token: string) {
  return `/set-password/${token}`;
}

async function issue(userId: string, purpose: Purpose, ttlHours: number) {
  const { token, tokenHash } = newInvitationToken();
  const db = await getDb();
  await db
    .insert(passwordTokens)
    .values({ userId, purpose, tokenHash, expiresAt: sql`now() + make_interval(hours => ${ttlHours})` });
  return `${appUrl()}${setPasswordPath(token)}`;
}

/** Writes the invitation email of a new user (in the transaction that creates it). */
export async function sendInvitation(user: Recipient, inviter: Pick<Viewer, "name" | "orgName" | "role">) {
  const link = await issue(user.id, "invitation", INVITATION_TTL_HOURS);
  const t = recipientT(user);
  await enqueueEmail({
    kind: "user.invitation",
    to: user.email,
    subject: t("email.invitation.subject", { inviter: inviter.name }),
    body: [
      t("email.greeting", { name: user.name }),
      "",
      t("email.invitation.intro", { inviter: inviter.name, org: organisationName(inviter, t) }),
      "",
      link,
      "",
      t("email.invitation.expiry", { days: INVITATION_TTL_HOURS / 24 }),
    ].join("\n"),
  });
}

/**
 * "Forgot password?": for an active user with a password, a reset email unless RESET_LIMIT_PER_HOUR were
 * already sent this hour. Says nothing either way (the caller answers the same for every address).
 */
export async function sendPasswordReset(user: Recipient): Promise<boolean> {
  const db = await getDb();
  const [recent] = await db
    .select({ n: count() })
    .from(passwordTokens)
    .where(
      and(
        eq(passwordTokens.userId, user.id),
        eq(passwordTokens.purpose, "reset"),
        gt(passwordTokens.createdAt, sql`now() - interval '1 hour'`),
      ),
    );
  if ((recent?.n ?? 0) >= RESET_LIMIT_PER_HOUR) return false;
  const link = await issue(user.id, "reset", RESET_TTL_HOURS);
  const t = recipientT(user);
  await enqueueEmail({
    kind: "password.reset",
    to: user.email,
    subject: t("email.reset.subject"),
    body: [
      t("email.greeting", { name: user.name }),
      "",
      t("email.reset.intro"),
      "",
      link,
      "",
      t("email.reset.expiry", { hours: RESET_TTL_HOURS }),
    ].join("\n"),
  });
  return true;
}

/** The token's row and its user when the link is usable (unused, unexpired, user active), locked for use. */
export async function usableToken(token: string) {
  const db = await getDb();
  const [row] = await db
    .select({ token: passwordTokens, user: users })
    .from(passwordTokens)
    .innerJoin(users, eq(users.id, passwordTokens.userId))
    .where(
      and(
        eq(passwordTokens.tokenHash, hashInvitationToken(token)),
        isNull(passwordTokens.usedAt),
        gt(passwordTokens.expiresAt, sql`now()`),
        eq(users.status, "active"),
      ),
    )
    .for("update", { of: passwordTokens });
  return row;
}

/** Uses the link: this one and every other open link of the user stop working. */
export async function consumeTokens(userId: string) {
  const db = await getDb();
  await db
    .update(passwordTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt)));
}

/** For the page behind the link: whom it is for, or null when it cannot be used (nothing is changed). */
export async function checkPasswordLink(token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ purpose: passwordTokens.purpose, email: users.email, name: users.name })
    .from(passwordTokens)
    .innerJoin(users, eq(users.id, passwordTokens.userId))
    .where(
      and(
        eq(passwordTokens.tokenHash, hashInvitationToken(token)),
        isNull(passwordTokens.usedAt),
        gt(passwordTokens.expiresAt, sql`now()`),
        eq(users.status, "active"),
      ),
    );
  return row ?? null;
}
