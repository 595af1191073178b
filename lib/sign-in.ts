import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { verifyPassword } from "./password";

// A real argon2id hash of an unguessable password: checking it for unknown emails keeps the timing the same.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Zq3W8Oa0s9pG0Gq7P3m1dPZq0p1xS5yU0b2s1k8fXc";

/** The user with this email, whatever its case. */
export async function findUserForSignIn(email: string) {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  return user;
}

/** For external identities: the active user with this email, if any. */
export async function findActiveUser(email: string) {
  const user = await findUserForSignIn(email);
  return user?.status === "active" ? user : undefined;
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
