import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import type { Db, Tx } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "./password";

// A real argon2id hash of an unguessable password: checking it for unknown emails keeps the timing the same.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Zq3W8Oa0s9pG0Gq7P3m1dPZq0p1xS5yU0b2s1k8fXc";

/**
 * Inside an action pass its transaction: PGlite has a single connection, so a query on the shared
 * handle while a transaction is open would wait for that transaction forever.
 */
export async function findUserForSignIn(email: string, db?: Db | Tx) {
  const q = db ?? (await getDb());
  const [user] = await q.select().from(users).where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  return user;
}

/** The user for these credentials, or null; never says which of the two was wrong. */
export async function verifyCredentials(email: string, password: string, db?: Db | Tx) {
  const q = db ?? (await getDb());
  const user = await findUserForSignIn(email, q);
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok) return null;
  await q.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  return user;
}
