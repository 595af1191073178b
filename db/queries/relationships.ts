import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/viewer";
import { msg } from "@/lib/i18n/message";
import { ActionError, NotFoundError } from "@/lib/errors";
import { hashInvitationToken, type InvitationRefusal } from "@/lib/invitations";
import { can } from "@/lib/permissions";
import { isUuid } from "@/lib/validation/ids";
import { INVITATION_TOKEN } from "@/lib/validation/relationships";
import { getDb, inTransaction } from "../index";
import { customers, partners, relationshipInvitations, resellerRelationships, subscriptions, users } from "../schema";
import { afterPosition, decodeCursor, keysetPage, type Position } from "./keyset";
import { partnerWith } from "./scope";
import { contains, startsWith } from "./search";

/** Neither accepted nor revoked. */
const unused = and(isNull(relationshipInvitations.acceptedAt), isNull(relationshipInvitations.revokedAt));
/** An invitation whose link can still be accepted: unused and not expired. */
const openInvitation = and(unused, gt(relationshipInvitations.expiresAt, sql`now()`));

// ── provider side: Indirect resellers ───────────────────────────────────────────────────────────

export type ResellerRow = Awaited<ReturnType<typeof resellersOfProvider>>[number];

/** Rows per page of the Indirect resellers page (a distributor has thousands of resellers). */
export const RESELLERS_PAGE_SIZE = 50;

export type ResellerFilter = {
  /** One relationship (the End relationship page). */
  relationshipId?: string;
  /** Part of the reseller's name, or the start of its partner ID. */
  q?: string;
  /** Rows after this position (keyset paging: db/queries/keyset.ts). */
  after?: Position;
  /** At most this many rows (default: a page and one more, to tell whether there is a next page). */
  limit?: number;
};

/** The order of the list: active relationships first, then by name (one text key, for keyset paging). */
const resellerSortKey = sql<string>`(${resellerRelationships.status}::text || ' ' || ${partners.legalName})`;

function resellerConditions(providerId: string, filter: ResellerFilter) {
  const q = filter.q?.trim();
  return and(
    eq(resellerRelationships.providerId, providerId),
    filter.relationshipId ? eq(resellerRelationships.id, filter.relationshipId) : undefined,
    q ? or(contains(partners.legalName, q), startsWith(partners.partnerNumber, q)) : undefined,
  );
}

/**
 * The provider's relationships (a page of them, in list order) with, per reseller, how many customers and
 * subscriptions are associated with it (a subscription counts when the reseller is its partner of record or
 * its support contact). The counts are read for the page's resellers only, through the indexes on
 * customers (provider, reseller) and subscriptions (reseller; support contact): never all of the provider's
 * customers and subscriptions.
 */
export async function resellersOfProvider(viewer: Viewer, filter: ResellerFilter = {}) {
  const providerId = partnerWith(viewer, "resellers.view");
  const db = await getDb();
  const rows = await db
    .select({
      id: resellerRelationships.id,
      resellerId: resellerRelationships.resellerId,
      name: partners.legalName,
      partnerNumber: partners.partnerNumber,
      status: resellerRelationships.status,
      establishedAt: resellerRelationships.establishedAt,
      endedAt: resellerRelationships.endedAt,
      sortKey: resellerSortKey,
    })
    .from(resellerRelationships)
    .innerJoin(partners, eq(partners.id, resellerRelationships.resellerId))
    .where(
      and(
        resellerConditions(providerId, filter),
        afterPosition(filter.after, { sortKey: resellerSortKey, id: resellerRelationships.id }, "asc"),
      ),
    )
    .orderBy(resellerSortKey, asc(resellerRelationships.id))
    .limit(filter.limit ?? RESELLERS_PAGE_SIZE + 1);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.resellerId);
  // Index-only scans (migration 0011): a subscription counts once even when the reseller is both its
  // partner of record and its support contact.
  const [customerCounts, recordCounts, supportCounts] = await Promise.all([
    db
      .select({ resellerId: customers.resellerId, n: count() })
      .from(customers)
      .where(and(eq(customers.providerId, providerId), inArray(customers.resellerId, ids)))
      .groupBy(customers.resellerId),
    db
      .select({
        resellerId: subscriptions.resellerId,
        n: count(),
        both: sql<number>`count(*) filter (where ${subscriptions.supportContactId} = ${subscriptions.resellerId})`.mapWith(
          Number,
        ),
      })
      .from(subscriptions)
      .where(and(eq(subscriptions.providerId, providerId), inArray(subscriptions.resellerId, ids)))
      .groupBy(subscriptions.resellerId),
    db
      .select({ resellerId: subscriptions.supportContactId, n: count() })
      .from(subscriptions)
      .where(and(eq(subscriptions.providerId, providerId), inArray(subscriptions.supportContactId, ids)))
      .groupBy(subscriptions.supportContactId),
  ]);
  const customersOf = new Map(customerCounts.map((c) => [c.resellerId, Number(c.n)]));
  const recordOf = new Map(recordCounts.map((c) => [c.resellerId, c]));
  const supportOf = new Map(supportCounts.map((c) => [c.resellerId, Number(c.n)]));
  return rows.map(({ sortKey, ...r }) => {
    const record = recordOf.get(r.resellerId);
    const asPartnerOfRecord = Number(record?.n ?? 0);
    const asSupportContact = supportOf.get(r.resellerId) ?? 0;
    return {
      ...r,
      position: { key: sortKey, id: r.id } satisfies Position,
      customers: customersOf.get(r.resellerId) ?? 0,
      subscriptions: asPartnerOfRecord + asSupportContact - (record?.both ?? 0),
      asPartnerOfRecord,
      asSupportContact,
    };
  });
}

/** A page of the Indirect resellers list, the cursor of the next one, and how many match in all. */
export async function resellerPage(viewer: Viewer, filter: { q?: string; after?: string }) {
  const providerId = partnerWith(viewer, "resellers.view");
  const db = await getDb();
  const [rows, [total]] = await Promise.all([
    resellersOfProvider(viewer, { q: filter.q, after: decodeCursor(filter.after), limit: RESELLERS_PAGE_SIZE + 1 }),
    db
      .select({ n: count() })
      .from(resellerRelationships)
      .innerJoin(partners, eq(partners.id, resellerRelationships.resellerId))
      .where(resellerConditions(providerId, { q: filter.q })),
  ]);
  return { ...keysetPage(rows, RESELLERS_PAGE_SIZE, (r) => r.position), total: Number(total?.n ?? 0) };
}

/** One of the provider's relationships with its counts; another provider's (or a malformed id) is NotFoundError. */
export async function relationshipOfProvider(viewer: Viewer, relationshipId: string) {
  if (!isUuid(relationshipId)) throw new NotFoundError();
  const [row] = await resellersOfProvider(viewer, { relationshipId, limit: 1 });
  if (!row) throw new NotFoundError();
  return row;
}

/** Links the provider handed out that can still be accepted. */
export async function pendingInvitations(viewer: Viewer) {
  const providerId = partnerWith(viewer, "resellers.invite");
  const db = await getDb();
  return db
    .select({
      id: relationshipInvitations.id,
      createdAt: relationshipInvitations.createdAt,
      expiresAt: relationshipInvitations.expiresAt,
      createdBy: users.name,
    })
    .from(relationshipInvitations)
    .innerJoin(users, eq(users.id, relationshipInvitations.createdBy))
    .where(and(eq(relationshipInvitations.providerId, providerId), openInvitation))
    .orderBy(desc(relationshipInvitations.createdAt));
}

export async function createInvitation(viewer: Viewer, values: { tokenHash: string; message: string; expiresAt: Date }) {
  const providerId = partnerWith(viewer, "resellers.invite");
  const db = await getDb();
  const [row] = await db
    .insert(relationshipInvitations)
    .values({ providerId, createdBy: viewer.id, ...values })
    .returning({ id: relationshipInvitations.id, expiresAt: relationshipInvitations.expiresAt });
  return row!;
}

/** One of the provider's open invitations, proven by its token (the link the provider holds); else NotFoundError. */
export async function openInvitationWithToken(viewer: Viewer, invitationId: string, tokenHash: string) {
  const providerId = partnerWith(viewer, "resellers.invite");
  if (!isUuid(invitationId)) throw new NotFoundError();
  const db = await getDb();
  const [row] = await db
    .select({ id: relationshipInvitations.id, expiresAt: relationshipInvitations.expiresAt })
    .from(relationshipInvitations)
    .where(
      and(
        eq(relationshipInvitations.id, invitationId),
        eq(relationshipInvitations.providerId, providerId),
        eq(relationshipInvitations.tokenHash, tokenHash),
        openInvitation,
      ),
    );
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * Restricts one of the provider's open invitations to the reseller it is meant for: a partner ID and/or an
 * email (an empty value lifts that restriction). Another provider's, or one already used, revoked or
 * expired → NotFoundError / a message.
 */
export async function restrictInvitation(
  viewer: Viewer,
  invitationId: string,
  bound: { partnerNumber: string | null; email: string | null },
) {
  const providerId = partnerWith(viewer, "resellers.invite");
  if (!isUuid(invitationId)) throw new NotFoundError();
  const db = await getDb();
  const mine = and(eq(relationshipInvitations.id, invitationId), eq(relationshipInvitations.providerId, providerId));
  const [updated] = await db
    .update(relationshipInvitations)
    .set({ boundPartnerNumber: bound.partnerNumber, boundEmail: bound.email?.toLowerCase() ?? null })
    .where(and(mine, openInvitation))
    .returning({
      id: relationshipInvitations.id,
      boundPartnerNumber: relationshipInvitations.boundPartnerNumber,
      boundEmail: relationshipInvitations.boundEmail,
    });
  if (updated) return updated;
  const [existing] = await db.select({ id: relationshipInvitations.id }).from(relationshipInvitations).where(mine);
  if (!existing) throw new NotFoundError();
  throw new ActionError(msg("relationships.restrict.notOpen"));
}

/** Revokes one of the provider's open invitations; another provider's → NotFoundError. */
export async function revokeInvitation(viewer: Viewer, invitationId: string) {
  const providerId = partnerWith(viewer, "resellers.invite");
  if (!isUuid(invitationId)) throw new NotFoundError();
  const db = await getDb();
  const mine = and(eq(relationshipInvitations.id, invitationId), eq(relationshipInvitations.providerId, providerId));
  const [revoked] = await db
    .update(relationshipInvitations)
    .set({ revokedAt: sql`now()`, revokedBy: viewer.id })
    .where(and(mine, unused))
    .returning({ id: relationshipInvitations.id });
  if (revoked) return revoked;
  const [existing] = await db.select().from(relationshipInvitations).where(mine);
  if (!existing) throw new NotFoundError();
  throw new ActionError(existing.acceptedAt ? msg("relationships.alreadyAccepted") : msg("relationships.alreadyRevoked"));
}

/**
 * Ends one of the provider's active relationships, in one transaction (the action's): customers lose the
 * reseller, subscriptions lose it as partner of record and as support contact (the provider takes that
 * back), then the relationship is ended — the trigger in 0001_rules.sql refuses the last step while
 * anything still points at the reseller.
 */
export async function endRelationship(viewer: Viewer, relationshipId: string) {
  const providerId = partnerWith(viewer, "resellers.end");
  if (!isUuid(relationshipId)) throw new NotFoundError();
  return inTransaction(async (tx) => {
    const [rel] = await tx
      .select()
      .from(resellerRelationships)
      .where(and(eq(resellerRelationships.id, relationshipId), eq(resellerRelationships.providerId, providerId)))
      .for("update");
    if (!rel) throw new NotFoundError();
    if (rel.status === "ended") throw new ActionError(msg("relationships.alreadyEnded"));
    const resellerId = rel.resellerId;
    const clearedCustomers = await tx
      .update(customers)
      .set({ resellerId: null })
      .where(and(eq(customers.providerId, providerId), eq(customers.resellerId, resellerId)))
      .returning({ id: customers.id, companyName: customers.companyName });
    const clearedPartnerOfRecord = await tx
      .update(subscriptions)
      .set({ resellerId: null, version: sql`${subscriptions.version} + 1` })
      .where(and(eq(subscriptions.providerId, providerId), eq(subscriptions.resellerId, resellerId)))
      .returning({ id: subscriptions.id });
    const revertedSupport = await tx
      .update(subscriptions)
      .set({ supportContactId: providerId, version: sql`${subscriptions.version} + 1` })
      .where(and(eq(subscriptions.providerId, providerId), eq(subscriptions.supportContactId, resellerId)))
      .returning({ id: subscriptions.id });
    await tx
      .update(resellerRelationships)
      .set({ status: "ended", endedAt: sql`now()`, endedBy: viewer.id })
      .where(eq(resellerRelationships.id, rel.id));
    return {
      relationship: rel,
      customers: clearedCustomers,
      partnerOfRecordSubscriptionIds: clearedPartnerOfRecord.map((s) => s.id),
      supportSubscriptionIds: revertedSupport.map((s) => s.id),
    };
  });
}

// ── reseller side: Indirect providers ───────────────────────────────────────────────────────────

export async function providersOfReseller(viewer: Viewer) {
  const resellerId = partnerWith(viewer, "providers.viewOwn");
  const db = await getDb();
  return db
    .select({
      id: resellerRelationships.id,
      providerId: resellerRelationships.providerId,
      name: partners.legalName,
      status: resellerRelationships.status,
      establishedAt: resellerRelationships.establishedAt,
      endedAt: resellerRelationships.endedAt,
    })
    .from(resellerRelationships)
    .innerJoin(partners, eq(partners.id, resellerRelationships.providerId))
    .where(eq(resellerRelationships.resellerId, resellerId))
    .orderBy(asc(resellerRelationships.status), asc(partners.legalName));
}

// ── the invitation link ─────────────────────────────────────────────────────────────────────────

/** The invitation behind a token (by its hash) with its provider's name; undefined if malformed or unknown. */
async function invitationByToken(token: string) {
  if (!INVITATION_TOKEN.test(token)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select({
      invitation: relationshipInvitations,
      providerName: partners.legalName,
      expired: sql<boolean>`${relationshipInvitations.expiresAt} <= now()`,
    })
    .from(relationshipInvitations)
    .innerJoin(partners, eq(partners.id, relationshipInvitations.providerId))
    .where(eq(relationshipInvitations.tokenHash, hashInvitationToken(token)));
  return row;
}

export type InvitationCheck =
  | { kind: "invalid" }
  | { kind: Exclude<InvitationRefusal, "invalid">; providerName: string; acceptedByViewer?: boolean }
  | { kind: "signed_out" | "ready"; providerName: string; providerId: string; invitationId: string };

/**
 * What opening this link means for this viewer, in the order the accept page explains it: first the
 * link itself (unknown, revoked, used, expired), then who is looking (signed out, not a reseller,
 * enrolment pending, already related). Reads only; accepting is `acceptInvitation`.
 */
export async function checkInvitation(token: string, viewer: Viewer | null): Promise<InvitationCheck> {
  const row = await invitationByToken(token);
  if (!row) return { kind: "invalid" };
  const { invitation, providerName } = row;
  if (invitation.revokedAt) return { kind: "revoked", providerName };
  if (invitation.acceptedAt)
    return {
      kind: "used",
      providerName,
      acceptedByViewer: !!viewer?.partnerId && invitation.acceptedByResellerId === viewer.partnerId,
    };
  if (row.expired) return { kind: "expired", providerName };
  const open = { providerName, providerId: invitation.providerId, invitationId: invitation.id };
  if (!viewer) return { kind: "signed_out", ...open };
  if (!viewer.partnerId || !can(viewer, "invitations.accept")) return { kind: "not_reseller", providerName };
  const db = await getDb();
  const [reseller] = await db
    .select({ status: partners.status, kind: partners.kind, partnerNumber: partners.partnerNumber })
    .from(partners)
    .where(eq(partners.id, viewer.partnerId));
  if (reseller?.kind !== "indirect_reseller") return { kind: "not_reseller", providerName };
  if (reseller.status !== "active") return { kind: "reseller_pending", providerName };
  if (!boundTo(invitation, { partnerNumber: reseller.partnerNumber, email: viewer.email }))
    return { kind: "not_for_you", providerName };
  const [existing] = await db
    .select({ status: resellerRelationships.status })
    .from(resellerRelationships)
    .where(
      and(eq(resellerRelationships.providerId, invitation.providerId), eq(resellerRelationships.resellerId, viewer.partnerId)),
    );
  if (existing?.status === "active") return { kind: "already_related", providerName };
  return { kind: "ready", ...open };
}

/** Whether a (restricted) invitation is meant for this reseller and user. */
function boundTo(
  invitation: { boundPartnerNumber: string | null; boundEmail: string | null },
  who: { partnerNumber: string; email: string },
) {
  return (
    (!invitation.boundPartnerNumber || invitation.boundPartnerNumber === who.partnerNumber) &&
    (!invitation.boundEmail || invitation.boundEmail === who.email.toLowerCase())
  );
}

/**
 * Marks the invitation used by this reseller, atomically: of two accepts racing on one link exactly one
 * gets the row back (the other waits for the row lock, then no longer matches `accepted_at IS NULL`).
 */
export async function claimInvitation(token: string, viewer: Viewer) {
  const resellerId = partnerWith(viewer, "invitations.accept");
  const db = await getDb();
  const [claimed] = await db
    .update(relationshipInvitations)
    .set({ acceptedAt: sql`now()`, acceptedByResellerId: resellerId, acceptedByUserId: viewer.id })
    .where(
      and(
        eq(relationshipInvitations.tokenHash, hashInvitationToken(token)),
        openInvitation,
        // The restriction holds here too, not only in checkInvitation: the claim is the step that counts.
        sql`(${relationshipInvitations.boundPartnerNumber} IS NULL OR ${relationshipInvitations.boundPartnerNumber} = (SELECT ${partners.partnerNumber} FROM ${partners} WHERE ${partners.id} = ${resellerId}))`,
        sql`(${relationshipInvitations.boundEmail} IS NULL OR ${relationshipInvitations.boundEmail} = ${viewer.email.toLowerCase()})`,
      ),
    )
    .returning();
  return claimed;
}

/**
 * Makes the signed-in reseller and the provider of the invitation it just claimed an active pair: a new
 * relationship, or the ended one reactivated. Already active → undefined.
 */
export async function activateRelationship(viewer: Viewer, invitation: { id: string; providerId: string }) {
  const pair = {
    providerId: invitation.providerId,
    resellerId: partnerWith(viewer, "invitations.accept"),
    invitationId: invitation.id,
  };
  const db = await getDb();
  const samePair = and(
    eq(resellerRelationships.providerId, pair.providerId),
    eq(resellerRelationships.resellerId, pair.resellerId),
  );
  const [reactivated] = await db
    .update(resellerRelationships)
    .set({ status: "active", establishedAt: sql`now()`, endedAt: null, endedBy: null, invitationId: pair.invitationId })
    .where(and(samePair, eq(resellerRelationships.status, "ended")))
    .returning();
  if (reactivated) return { relationship: reactivated, reactivated: true };
  // A concurrent accept of another link for the same pair ends in reseller_relationships_pair_key.
  const [created] = await db.insert(resellerRelationships).values(pair).onConflictDoNothing().returning();
  if (!created) return undefined;
  return { relationship: created, reactivated: false };
}
