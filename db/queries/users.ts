import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/viewer";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { getDb } from "../index";
import { users, type OrgRole, type User } from "../schema";

/**
 * The users of the viewer's organisation (for `users.manage`): same kind of organisation and the same
 * partner or customer — the operator's team is the users of no organisation. Anyone else is "not found".
 */
export function organisationUsers(viewer: Viewer): SQL {
  if (!can(viewer, "users.manage")) return sql`false`;
  return and(
    eq(users.role, viewer.role),
    sql`${users.partnerId} IS NOT DISTINCT FROM ${viewer.partnerId}::uuid`,
    sql`${users.customerId} IS NOT DISTINCT FROM ${viewer.customerId}::uuid`,
  )!;
}

const listed = {
  id: users.id,
  name: users.name,
  email: users.email,
  orgRole: users.orgRole,
  status: users.status,
  lastSignInAt: users.lastSignInAt,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
};

/** The organisation's users, active first, then by name. */
export async function listOrganisationUsers(viewer: Viewer) {
  const db = await getDb();
  return db
    .select(listed)
    .from(users)
    .where(organisationUsers(viewer))
    .orderBy(asc(users.status), sql`lower(${users.name})`, asc(users.id));
}

/** One user of the viewer's organisation, locked for the change about to be made; else NotFoundError. */
export async function organisationUserForUpdate(viewer: Viewer, userId: string) {
  const db = await getDb();
  const [user] = await db
    .select(listed)
    .from(users)
    .where(and(eq(users.id, userId), organisationUsers(viewer)))
    .for("update");
  if (!user) throw new NotFoundError();
  return user;
}

/** A new user of the viewer's own organisation, with the role given within it. */
export async function createOrganisationUser(
  viewer: Viewer,
  input: { name: string; email: string; orgRole: OrgRole; passwordHash: string | null; mustChangePassword?: boolean },
): Promise<User> {
  if (!can(viewer, "users.manage")) throw new NotFoundError();
  const db = await getDb();
  const [user] = await db
    .insert(users)
    .values({ ...input, role: viewer.role, partnerId: viewer.partnerId, customerId: viewer.customerId })
    .returning();
  return user!;
}

/** Changes a user found by `organisationUserForUpdate` (or the signed-in user itself). Unsafe: never a raw id. */
export async function unsafeUpdateUser(
  id: string,
  set: Partial<Pick<User, "orgRole" | "status" | "passwordHash" | "mustChangePassword" | "lastSignInAt" | "locale">>,
) {
  const db = await getDb();
  await db.update(users).set(set).where(eq(users.id, id));
}

/** A user by id. Unsafe: only for the signed-in user's own id (or one read from a record the viewer may see). */
export async function unsafeUserById(id: string): Promise<User | undefined> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

/**
 * Sets a new password only if the stored one is still `checkedHash` (the one just verified: not changed
 * meanwhile in another tab); the updated user, or undefined when it had changed.
 */
export async function replacePasswordIfCurrent(id: string, checkedHash: string, newHash: string): Promise<User | undefined> {
  const db = await getDb();
  const [updated] = await db
    .update(users)
    .set({ passwordHash: newHash, mustChangePassword: false })
    .where(and(eq(users.id, id), eq(users.passwordHash, checkedHash)))
    .returning();
  return updated;
}
