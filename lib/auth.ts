import "server-only";
import { eq } from "drizzle-orm";
import { encode, type JWT } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { connection as renderPerRequest } from "next/server";
import { cache } from "react";
import { getDb } from "@/db";
import { customers, partners, users } from "@/db/schema";
import { SESSION_MAX_AGE, authSecret, sessionCookieName } from "./auth-secret";
import { can, type Permission } from "./permissions";
import { decodeSession } from "./session-jwt";
import { sessionClaims, sessionIsCurrent, type SessionUser } from "./sessions";
import { viewerOf, type Viewer } from "./viewer";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The request's session token, decoded and verified (signature, expiry), once per request: React's `cache`
 * shares it between layout, page and components. A page that reads the session is rendered per request,
 * never prerendered at build time (where there is no secret and no request).
 */
export const sessionToken = cache(async (): Promise<JWT | null> => {
  await renderPerRequest();
  const value = (await cookies()).get(sessionCookieName())?.value;
  if (!value) return null;
  return decodeSession({ token: value, secret: authSecret() }).catch(() => null);
});

/**
 * The viewer of this request, once per request (STYLE: auth = cache(uncachedAuth)): the token's user,
 * re-read from the database, while the token is still current (lib/sessions.ts: not revoked, not too old).
 */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const token = await sessionToken();
  const id = token?.sub;
  if (!token || !id || !UUID.test(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      user: users,
      partnerName: partners.legalName,
      partnerStatus: partners.status,
      customerName: customers.companyName,
    })
    .from(users)
    .leftJoin(partners, eq(partners.id, users.partnerId))
    .leftJoin(customers, eq(customers.id, users.customerId))
    .where(eq(users.id, id));
  // A deactivated user's sessions were revoked too; the status check also covers a token issued before.
  if (!row || row.user.status !== "active" || !sessionIsCurrent(token, row.user)) return null;
  return viewerOf(row.user, row.partnerName ?? row.customerName ?? "Partner Hub program", row.partnerStatus ?? undefined);
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
  const viewer = await admitViewer(await currentViewer(), permission);
  // Every page checks the workspace its path is in, not only the layout: Next renders a layout and its
  // page side by side, so a page that checked less (a provider on /reseller/customers/[id]) rendered its
  // record into the payload of the layout's 404.
  const workspace = workspaceOf(await currentPath());
  if (workspace && !can(viewer, workspace)) notFound();
  return viewer;
}

const WORKSPACES: Record<string, Permission> = {
  provider: "workspace.provider",
  reseller: "workspace.reseller",
  customer: "workspace.customer",
  operator: "workspace.operator",
};

/** The workspace a path is in (/provider/… → workspace.provider), if it is in one. */
function workspaceOf(path: string): Permission | undefined {
  const segment = /^\/([a-z]+)(?:[/?]|$)/.exec(path)?.[1];
  return segment && Object.hasOwn(WORKSPACES, segment) ? WORKSPACES[segment] : undefined;
}

/** requireViewer's rule for a viewer already read (the tests run it with the viewer they act as). */
export async function admitViewer(viewer: Viewer | null, permission?: Permission): Promise<Viewer> {
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(await currentPath())}`);
  if (viewer.mustChangePassword) redirect("/change-password");
  if (permission && !can(viewer, permission)) notFound();
  return viewer;
}

/** Signs the user in on this browser (a new session token in the cookie). */
export async function startSession(user: SessionUser) {
  const token = await encode({
    token: sessionClaims(user),
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
