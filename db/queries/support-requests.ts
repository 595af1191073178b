import "server-only";
import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Viewer } from "@/lib/viewer";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { isUuid } from "@/lib/validation/ids";
import { getDb } from "../index";
import { partners, providerProfiles, supportRequests, users, type LocationUrl, type SupportRequestStatus } from "../schema";
import { partnerWith } from "./scope";

export const requestStatuses: readonly SupportRequestStatus[] = ["submitted", "in_review", "completed", "rejected"];
export const openStatuses: SupportRequestStatus[] = ["submitted", "in_review"];

const resolver = alias(users, "resolver");

const requestColumns = {
  id: supportRequests.id,
  providerId: supportRequests.providerId,
  providerName: partners.legalName,
  displayName: providerProfiles.displayName,
  companyName: supportRequests.companyName,
  logoImageId: supportRequests.logoImageId,
  locations: supportRequests.locations,
  note: supportRequests.note,
  status: supportRequests.status,
  operatorReply: supportRequests.operatorReply,
  createdAt: supportRequests.createdAt,
  createdByName: users.name,
  resolvedAt: supportRequests.resolvedAt,
  resolvedByName: resolver.name,
};

export type SupportRequestView = {
  id: string;
  providerId: string;
  providerName: string;
  displayName: string | null;
  companyName: string | null;
  logoImageId: string | null;
  locations: { country: string; targetUrl: string }[] | null;
  note: string;
  status: SupportRequestStatus;
  operatorReply: string | null;
  createdAt: Date;
  createdByName: string;
  resolvedAt: Date | null;
  resolvedByName: string | null;
};

async function selectRequests(where: SQL | undefined, limit: number) {
  const db = await getDb();
  return db
    .select(requestColumns)
    .from(supportRequests)
    .innerJoin(partners, eq(partners.id, supportRequests.providerId))
    .innerJoin(users, eq(users.id, supportRequests.createdBy))
    .leftJoin(providerProfiles, eq(providerProfiles.providerId, supportRequests.providerId))
    .leftJoin(resolver, eq(resolver.id, supportRequests.resolvedBy))
    .where(where)
    .orderBy(desc(supportRequests.createdAt), desc(supportRequests.id))
    .limit(limit);
}

function requireOperator(viewer: Viewer) {
  if (!can(viewer, "operator.requests")) throw new NotFoundError();
}

/** The signed-in provider's own requests, newest first. */
export async function providerRequests(viewer: Viewer, limit = 50): Promise<SupportRequestView[]> {
  const org = partnerWith(viewer, "profile.view");
  return selectRequests(eq(supportRequests.providerId, org), limit);
}

/** One of the provider's own requests; another provider's (or a malformed id) is NotFoundError, like a missing one. */
export async function providerRequest(viewer: Viewer, id: string): Promise<SupportRequestView> {
  const org = partnerWith(viewer, "profile.view");
  if (!isUuid(id)) throw new NotFoundError();
  const [row] = await selectRequests(and(eq(supportRequests.id, id), eq(supportRequests.providerId, org)), 1);
  if (!row) throw new NotFoundError();
  return row;
}

/** The signed-in provider asks for a change of its entry (null = that part unchanged). */
export async function createSupportRequest(
  viewer: Viewer,
  request: { companyName: string | null; logoImageId: string | null; locations: LocationUrl[] | null; note: string },
) {
  const providerId = partnerWith(viewer, "profile.requestChange");
  const db = await getDb();
  const [row] = await db
    .insert(supportRequests)
    .values({ providerId, kind: "profile_change", ...request, createdBy: viewer.id })
    .returning({ id: supportRequests.id });
  return row!;
}

/** The operator's queue, newest first, optionally one status only. */
export async function requestQueue(viewer: Viewer, status?: SupportRequestStatus, limit = 200): Promise<SupportRequestView[]> {
  requireOperator(viewer);
  return selectRequests(status ? eq(supportRequests.status, status) : undefined, limit);
}

/** Any request, for the operator; an unknown (or malformed) id is NotFoundError. */
export async function requestForOperator(viewer: Viewer, id: string): Promise<SupportRequestView> {
  requireOperator(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const [row] = await selectRequests(eq(supportRequests.id, id), 1);
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * Moves a request from one of `from` to `to` inside the action's transaction, locking the row so two
 * operators cannot resolve it twice. Throws NotFoundError for an unknown id.
 */
export async function transitionRequest(
  viewer: Viewer,
  id: string,
  from: SupportRequestStatus[],
  to: SupportRequestStatus,
  reply?: string,
) {
  requireOperator(viewer);
  const db = await getDb();
  const [current] = await db.select().from(supportRequests).where(eq(supportRequests.id, id)).for("update");
  if (!current) throw new NotFoundError();
  const resolving = to === "completed" || to === "rejected";
  const [updated] = await db
    .update(supportRequests)
    .set({
      status: to,
      ...(reply !== undefined ? { operatorReply: reply || null } : {}),
      ...(resolving ? { resolvedAt: new Date(), resolvedBy: viewer.id } : {}),
    })
    .where(and(eq(supportRequests.id, id), inArray(supportRequests.status, from)))
    .returning();
  return { before: current, after: updated ?? null };
}
