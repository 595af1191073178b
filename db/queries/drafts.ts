import "server-only";
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/viewer";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { getDb } from "../index";
import { customerDrafts, type CustomerDraftData } from "../schema";
import { partnerWith } from "./scope";

const own = (viewer: Viewer, draftId: string) => and(eq(customerDrafts.id, draftId), eq(customerDrafts.userId, viewer.id));

/** A wizard draft of this user (any other user's, or an expired one, is not found). */
export async function draftForViewer(viewer: Viewer, draftId: string) {
  if (!isUuid(draftId)) throw new NotFoundError();
  const db = await getDb();
  const [draft] = await db
    .select()
    .from(customerDrafts)
    .where(and(own(viewer, draftId), gt(customerDrafts.expiresAt, sql`now()`)));
  if (!draft) throw new NotFoundError();
  return draft;
}

/** A new draft of this user; `providerId` is the provider of record the caller resolved for the viewer. */
export async function createDraft(viewer: Viewer, providerId: string, data: CustomerDraftData) {
  const actingPartnerId = partnerWith(viewer, "customers.create");
  const db = await getDb();
  // Drafts nobody finished are thrown away as new ones are made.
  await db.delete(customerDrafts).where(and(lt(customerDrafts.expiresAt, sql`now()`), isNull(customerDrafts.submittedAt)));
  const [draft] = await db.insert(customerDrafts).values({ providerId, actingPartnerId, userId: viewer.id, data }).returning();
  return draft!;
}

/** Updates an unsubmitted draft; a submitted one cannot change any more. */
export async function updateDraft(viewer: Viewer, draftId: string, data: CustomerDraftData) {
  const db = await getDb();
  const [draft] = await db
    .update(customerDrafts)
    .set({ data })
    .where(and(own(viewer, draftId), isNull(customerDrafts.submittedAt)))
    .returning();
  if (!draft) throw new NotFoundError();
  return draft;
}

/** Throws an unsubmitted draft of this user away; anyone else's, or one already gone or submitted, is not found. */
export async function deleteDraft(viewer: Viewer, draftId: string) {
  const db = await getDb();
  const [deleted] = await db
    .delete(customerDrafts)
    .where(and(own(viewer, draftId), isNull(customerDrafts.submittedAt)))
    .returning({ id: customerDrafts.id });
  if (!deleted) throw new NotFoundError();
}

/**
 * Claims the draft for submission: exactly one caller gets the row back; concurrent or repeated
 * submits wait on the row lock and then find it already submitted (undefined).
 */
export async function claimDraft(viewer: Viewer, draftId: string) {
  const db = await getDb();
  const [draft] = await db
    .update(customerDrafts)
    .set({ submittedAt: sql`now()` })
    .where(and(own(viewer, draftId), isNull(customerDrafts.submittedAt), gt(customerDrafts.expiresAt, sql`now()`)))
    .returning();
  return draft;
}

/** Records which customer this user's submitted draft became. */
export async function markDraftCustomer(viewer: Viewer, draftId: string, customerId: string) {
  const db = await getDb();
  await db.update(customerDrafts).set({ customerId }).where(own(viewer, draftId));
}
