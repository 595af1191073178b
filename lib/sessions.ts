/**
 * Revocable sessions. A session token is signed and carries the user's `sessionVersion` and the time of
 * sign-in (`authAt`); it is honoured only while the version still matches the user's row and the
 * sign-in is younger than SESSION_ABSOLUTE_MAX_AGE, however often the token was renewed.
 * `revokeSessions` ends every session of a user at once (sign-out, password change or reset, deactivation).
 */
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users, type Role } from "@/db/schema";
import { SESSION_ABSOLUTE_MAX_AGE } from "./auth-secret";

export type SessionUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

/** The claims of a new session token for this user. */
export function sessionClaims(user: SessionUser, now = Date.now()) {
  return {
    sub: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sv: user.sessionVersion,
    authAt: Math.floor(now / 1000),
  };
}

/** Whether a decoded token still stands for this user: same session version, signed in recently enough. */
export function sessionIsCurrent(
  token: { sv?: unknown; authAt?: unknown },
  user: { sessionVersion: number },
  now = Date.now(),
): boolean {
  if (typeof token.sv !== "number" || token.sv !== user.sessionVersion) return false;
  if (typeof token.authAt !== "number") return false;
  const age = now / 1000 - token.authAt;
  return age >= -60 && age < SESSION_ABSOLUTE_MAX_AGE;
}

/** Ends every session of the user (all devices), in the action's transaction when called from one; returns the new version for a fresh session of its own. */
export async function revokeSessions(userId: string): Promise<number> {
  const [row] = await (
    await getDb()
  )
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion ?? 0;
}

/** The session version of a user id from a token (null: no such user), for next-auth's own routes. */
export async function sessionVersionOf(userId: string): Promise<number | null> {
  const [row] = await (await getDb()).select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return row?.sessionVersion ?? null;
}
