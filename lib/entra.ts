/**
 * Microsoft Entra ID sign-in: a user is the identity (tenant id + object id, the `tid` and `oid` claims),
 * never the e-mail claim, which a tenant's administrator or user can set to anything. Only the one tenant
 * of AZURE_AD_TENANT_ID is accepted. The first sign-in of an identity links it to the existing user with
 * the same e-mail address that has no identity yet; from then on only the identity counts (a changed
 * e-mail claim cannot reach another account, and a linked account cannot be re-linked).
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users, type User } from "@/db/schema";
import { env } from "./env";

export type EntraIdentity = { tenantId: string; objectId: string; email: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The identity of an Entra ID profile (ID token claims), or null when it is not from the configured tenant. */
export function entraIdentity(profile: unknown): EntraIdentity | null {
  const p = (profile ?? {}) as { tid?: unknown; oid?: unknown; email?: unknown; preferred_username?: unknown };
  const tenant = env().AZURE_AD_TENANT_ID;
  if (!tenant || typeof p.tid !== "string" || typeof p.oid !== "string" || !UUID.test(p.tid) || !UUID.test(p.oid)) return null;
  if (p.tid.toLowerCase() !== tenant.toLowerCase()) return null;
  const email = typeof p.email === "string" ? p.email : typeof p.preferred_username === "string" ? p.preferred_username : null;
  return { tenantId: p.tid.toLowerCase(), objectId: p.oid.toLowerCase(), email: email?.trim().toLowerCase() || null };
}

/** The user this identity signs in as (linking it on its first sign-in), or null. */
export async function findEntraUser(identity: EntraIdentity | null): Promise<User | null> {
  if (!identity) return null;
  const db = await getDb();
  const [linked] = await db
    .select()
    .from(users)
    .where(and(eq(users.entraTenantId, identity.tenantId), eq(users.entraObjectId, identity.objectId)));
  // A deactivated user cannot sign in by any path.
  if (linked) return linked.status === "active" ? linked : null;
  if (!identity.email) return null;
  const [linkedNow] = await db
    .update(users)
    .set({ entraTenantId: identity.tenantId, entraObjectId: identity.objectId })
    .where(and(eq(sql`lower(${users.email})`, identity.email), isNull(users.entraTenantId), eq(users.status, "active")))
    .returning();
  return linkedNow ?? null;
}
