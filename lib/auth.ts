import "server-only";
import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { connection as renderPerRequest } from "next/server";
import { cache } from "react";
import { getDb } from "@/db";
import { customers, partners, users, type Role } from "@/db/schema";
import { authOptions } from "./auth-config";
import { SESSION_MAX_AGE, authSecret, sessionCookieName } from "./auth-secret";
import { can, type Permission } from "./permissions";
import { viewerOf, type Viewer } from "./viewer";

/**
 * `getServerSession` once per request: React's `cache` shares it between layout, page and components. A
 * page that reads the session is rendered per request, never prerendered at build time (where there is
 * no secret and no request).
 */
export const auth = cache(async () => {
  await renderPerRequest();
  return getServerSession(authOptions());
});

export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const [row] = await db
    .select({ user: users, partnerName: partners.legalName, customerName: customers.companyName })
    .from(users)
    .leftJoin(partners, eq(partners.id, users.partnerId))
    .leftJoin(customers, eq(customers.id, users.customerId))
    .where(eq(users.id, id));
  if (!row) return null;
  return viewerOf(row.user, row.partnerName ?? row.customerName ?? "Partner Hub program");
});

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
  if (permission && !can(viewer.role, permission)) notFound();
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
