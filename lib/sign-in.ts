import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { activityRecords, users, type User } from "@/db/schema";
import { verifyPassword } from "./password";
import { organisationColumns } from "./permissions";
import { claimSignInAttempt, markSignInSucceeded, tooManyAttemptsMessage } from "./sign-in-throttle";

// A real argon2id hash of an unguessable password: checking it for unknown emails keeps the timing the same.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Zq3W8Oa0s9pG0Gq7P3m1dPZq0p1xS5yU0b2s1k8fXc";

/** The user with this email, whatever its case. */
export async function findUserForSignIn(email: string) {
  const db = await getDb();
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  return user;
}

/** The user for these credentials, or null; never says which of the two was wrong. */
export async function verifyCredentials(email: string, password: string) {
  const user = await findUserForSignIn(email);
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  // A deactivated user is told the same as a wrong password.
  if (!user || !ok || user.status !== "active") return null;
  await (await getDb()).update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  return user;
}

export type SignInOutcome = { ok: true; user: User } | { ok: false; throttled: boolean; message: string };

/**
 * One sign-in attempt from a client address, for both sign-in paths: throttled (lib/sign-in-throttle.ts),
 * recorded whatever the outcome, and never inside a transaction (call it outside `inTransaction`) (argon2 must not hold a connection; a
 * failure's record must not roll back). A failed attempt on a known account also gets an activity record.
 */
export async function attemptSignIn(email: string, password: string, address: string): Promise<SignInOutcome> {
  const claim = await claimSignInAttempt(email, address);
  if ("waitMs" in claim) return { ok: false, throttled: true, message: tooManyAttemptsMessage(claim.waitMs) };
  const user = await verifyCredentials(email, password);
  if (user) {
    await markSignInSucceeded(claim.id);
    return { ok: true, user };
  }
  const known = await findUserForSignIn(email);
  if (known) {
    await (await getDb()).insert(activityRecords).values({
      actorUserId: null,
      ...organisationColumns(known),
      action: "user.sign_in",
      status: "failed",
      targetType: "user",
      targetId: known.id,
      details: { summary: `failed sign-in from ${address}` },
    });
  }
  return { ok: false, throttled: false, message: "The email or password is incorrect." };
}
