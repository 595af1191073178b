import "server-only";
import { and, count, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { passwordTokens, users, type User } from "@/db/schema";
import { appUrl } from "./env";
import { hashInvitationToken, newInvitationToken } from "./invitations";
import { enqueueEmail } from "./outbox";

/**
 * Single-use links to set a password (issue 14): a new user's invitation (7 days) and "Forgot
 * password?" (1 hour). Only the SHA-256 of the 256-bit token is stored; the link itself exists only in
 * the email (the outbox).
 */
export const INVITATION_TTL_HOURS = 7 * 24;
export const RESET_TTL_HOURS = 1;
/** At most this many reset emails per address per hour. */
export const RESET_LIMIT_PER_HOUR = 3;

/** The one answer of "Forgot password?", whether or not the address has an account. */
export const RESET_ANSWER =
  "If an account uses this address, we sent it a link to choose a new password. The link works once, for one hour.";

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
export async function sendInvitation(user: Pick<User, "id" | "email" | "name">, inviter: { name: string; orgName: string }) {
  const link = await issue(user.id, "invitation", INVITATION_TTL_HOURS);
  await enqueueEmail({
    kind: "user.invitation",
    to: user.email,
    subject: `${inviter.name} invited you to Partner Hub`,
    body: [
      `Hello ${user.name},`,
      "",
      `${inviter.name} added you to ${inviter.orgName} on Partner Hub. Choose your password here to sign in:`,
      "",
      link,
      "",
      `The link works once and for ${INVITATION_TTL_HOURS / 24} days. If you did not expect this, ignore this email.`,
    ].join("\n"),
  });
}

/**
 * "Forgot password?": for an active user with a password, a reset email unless RESET_LIMIT_PER_HOUR were
 * already sent this hour. Says nothing either way (the caller answers the same for every address).
 */
export async function sendPasswordReset(user: Pick<User, "id" | "email" | "name">): Promise<boolean> {
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
  await enqueueEmail({
    kind: "password.reset",
    to: user.email,
    subject: "Reset your Partner Hub password",
    body: [
      `Hello ${user.name},`,
      "",
      "Someone asked to reset the password of your Partner Hub account. To choose a new one, open:",
      "",
      link,
      "",
      `The link works once and for ${RESET_TTL_HOURS} hour. If it was not you, ignore this email: your password stays as it is.`,
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
