import "server-only";
import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { connection as renderPerRequest } from "next/server";
import { cache } from "react";
import { getDb } from "@/db";
import { customers, partners, users, type OrgRole, type Role } from "@/db/schema";
import { authOptions } from "./auth-config";
import { SESSION_MAX_AGE, authSecret, sessionCookieName } from "./auth-secret";
import { can, type Permission } from "./permissions";

/** The signed-in user as every page and action sees it: always re-read from the database. */
export type Viewer = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The role within the organisation (lib/permissions `orgRoles`). */
  orgRole: OrgRole;
  partnerId: string | null;
  customerId: string | null;
  /** The organisation's id (partner, customer) or "operator". */
  orgId: string;
  orgName: string;
  mustChangePassword: boolean;
};

/**
 * `getServerSession` once per request (STYLE: auth = cache(uncachedAuth)). A page that reads the session
 * is rendered per request, never prerendered at build time (where there is no secret and no request).
 */
export const auth = cache(async () => {
  await renderPerRequest();
  return getServerSession(authOptions());
});

export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? loadViewer(id) : null;
});

/** The user behind a session as the app sees it now; null when gone or deactivated (signed out at once). */
export async function loadViewer(id: string): Promise<Viewer | null> {
  const db = await getDb();
  const [row] = await db
    .select({ user: users, partnerName: partners.legalName, customerName: customers.companyName })
    .from(users)
    .leftJoin(partners, eq(partners.id, users.partnerId))
    .leftJoin(customers, eq(customers.id, users.customerId))
    .where(eq(users.id, id));
  if (!row || row.user.status !== "active") return null;
  const u = row.user;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    orgRole: u.orgRole,
    partnerId: u.partnerId,
    customerId: u.customerId,
    orgId: u.partnerId ?? u.customerId ?? "operator",
    orgName: row.partnerName ?? row.customerName ?? "Partner Hub program",
    mustChangePassword: u.mustChangePassword,
  };
}

async function currentPath(): Promise<string> {
  const h = await headers();
  return h.get("x-pathname") ?? "/";
}

/**
 * For pages: signed out → /sign-in (and back afterwards); a pending password change comes first;
 * a role without the permission gets a 404, like a record of another organisation.
 */
export async function requireViewer(permission?: Permission): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(await currentPath())}`);
  if (viewer.mustChangePassword) redirect("/change-password");
  if (permission && !can(viewer, permission)) notFound();
  return viewer;
}

export async function startSession(user: { id: string; email: string; name: string; role: Role }) {
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name, role: user.role },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE,
  });
  const name = sessionCookieName();
  (await cookies()).set(name, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    maxAge: SESSION_MAX_AGE,
  });
}

export async function endSession() {
  (await cookies()).delete(sessionCookieName());
}
