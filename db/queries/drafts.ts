import "server-only";
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth";
import { NotFoundError } from "@/lib/form-state";
import type { Db, Tx } from "../client";
import { getDb } from "../index";
import { customerDrafts, type CustomerDraftData } from "../schema";

type Q = Db | Tx;

/** A wizard draft of this user (any other user's, or an expired one, is not found). */
export async function draftForViewer(viewer: Viewer, draftId: string, db?: Q) {
  if (!/^[0-9a-f-]{36}$/i.test(draftId)) throw new NotFoundError();
  const d = db ?? (await getDb());
  const [draft] = await d
    .select()
    .from(customerDrafts)
    .where(and(eq(customerDrafts.id, draftId), eq(customerDrafts.userId, viewer.id), gt(customerDrafts.expiresAt, sql`now()`)));
  if (!draft) throw new NotFoundError();
  return draft;
}

export async function createDraft(tx: Tx, viewer: Viewer, providerId: string, data: CustomerDraftData) {
  // Drafts nobody finished are thrown away as new ones are made.
  await tx.delete(customerDrafts).where(and(lt(customerDrafts.expiresAt, sql`now()`), isNull(customerDrafts.submittedAt)));
  const [draft] = await tx.insert(customerDrafts).values({ providerId, actingPartnerId: viewer.partnerId!, userId: viewer.id, data }).returning();
  return draft!;
}

/** Updates an unsubmitted draft; a submitted one cannot change any more. */
export async function updateDraft(tx: Tx, viewer: Viewer, draftId: string, data: CustomerDraftData) {
  const [draft] = await tx
    .update(customerDrafts)
    .set({ data })
    .where(and(eq(customerDrafts.id, draftId), eq(customerDrafts.userId, viewer.id), isNull(customerDrafts.submittedAt)))
    .returning();
  if (!draft) throw new NotFoundError();
  return draft;
}

/** Throws an unsubmitted draft of this user away; anyone else's, or one already gone or submitted, is not found. */
export async function deleteDraft(tx: Tx, viewer: Viewer, draftId: string) {
  const [deleted] = await tx
    .delete(customerDrafts)
    .where(and(eq(customerDrafts.id, draftId), eq(customerDrafts.userId, viewer.id), isNull(customerDrafts.submittedAt)))
    .returning({ id: customerDrafts.id });
  if (!deleted) throw new NotFoundError();
}

/**
 * Claims the draft for submission: exactly one caller gets the row back; concurrent or repeated
 * submits wait on the row lock and then find it already submitted.
 */
export async function claimDraft(tx: Tx, viewer: Viewer, draftId: string) {
  const [draft] = await tx
    .update(customerDrafts)
    .set({ submittedAt: sql`now()` })
    .where(
      and(eq(customerDrafts.id, draftId), eq(customerDrafts.userId, viewer.id), isNull(customerDrafts.submittedAt), gt(customerDrafts.expiresAt, sql`now()`)),
    )
    .returning();
  return draft;
}

export async function markDraftCustomer(tx: Tx, draftId: string, customerId: string) {
  await tx.update(customerDrafts).set({ customerId }).where(eq(customerDrafts.id, draftId));
}
