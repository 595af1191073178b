import "server-only";
import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Viewer } from "@/lib/auth";
import { NotFoundError } from "@/lib/form-state";
import { can } from "@/lib/permissions";
import { getDb } from "../index";
import { partners, providerProfiles, supportRequests, users, type SupportRequestStatus } from "../schema";
import type { Queryable } from "./profile";

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

function selectRequests(q: Queryable, where: SQL | undefined) {
  return q
    .select(requestColumns)
    .from(supportRequests)
    .innerJoin(partners, eq(partners.id, supportRequests.providerId))
    .innerJoin(users, eq(users.id, supportRequests.createdBy))
    .leftJoin(providerProfiles, eq(providerProfiles.providerId, supportRequests.providerId))
    .leftJoin(resolver, eq(resolver.id, supportRequests.resolvedBy))
    .where(where)
    .orderBy(desc(supportRequests.createdAt), desc(supportRequests.id));
}

const isUuid = (id: string) => z.uuid().safeParse(id).success;

function providerScope(viewer: Viewer): string {
  if (!can(viewer.role, "profile.view") || !viewer.partnerId) throw new NotFoundError();
  return viewer.partnerId;
}

function requireOperator(viewer: Viewer) {
  if (!can(viewer.role, "operator.requests")) throw new NotFoundError();
}

/** The signed-in provider's own requests, newest first. */
export async function providerRequests(viewer: Viewer, limit = 50): Promise<SupportRequestView[]> {
  const org = providerScope(viewer);
  return selectRequests(await getDb(), eq(supportRequests.providerId, org)).limit(limit);
}

/** One of the provider's own requests; another provider's (or a malformed id) is null, like a missing one. */
export async function providerRequest(viewer: Viewer, id: string): Promise<SupportRequestView | null> {
  const org = providerScope(viewer);
  if (!isUuid(id)) return null;
  const [row] = await selectRequests(await getDb(), and(eq(supportRequests.id, id), eq(supportRequests.providerId, org)));
  return row ?? null;
}

/** The operator's queue, newest first, optionally one status only. */
export async function requestQueue(viewer: Viewer, status?: SupportRequestStatus, limit = 200): Promise<SupportRequestView[]> {
  requireOperator(viewer);
  return selectRequests(await getDb(), status ? eq(supportRequests.status, status) : undefined).limit(limit);
}

export async function requestForOperator(viewer: Viewer, id: string, q?: Queryable): Promise<SupportRequestView | null> {
  requireOperator(viewer);
  if (!isUuid(id)) return null;
  const [row] = await selectRequests(q ?? (await getDb()), eq(supportRequests.id, id));
  return row ?? null;
}

/**
 * Moves a request from one of `from` to `to` inside the action's transaction, locking the row so two
 * operators cannot resolve it twice. Throws NotFoundError for an unknown id.
 */
export async function transitionRequest(
  tx: Queryable,
  viewer: Viewer,
  id: string,
  from: SupportRequestStatus[],
  to: SupportRequestStatus,
  reply?: string,
) {
  requireOperator(viewer);
  const [current] = await tx.select().from(supportRequests).where(eq(supportRequests.id, id)).for("update");
  if (!current) throw new NotFoundError();
  const resolving = to === "completed" || to === "rejected";
  const [updated] = await tx
    .update(supportRequests)
    .set({ status: to, ...(reply !== undefined ? { operatorReply: reply || null } : {}), ...(resolving ? { resolvedAt: new Date(), resolvedBy: viewer.id } : {}) })
    .where(and(eq(supportRequests.id, id), inArray(supportRequests.status, from)))
    .returning();
  return { before: current, after: updated ?? null };
}
