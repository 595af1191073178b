import "server-only";
import { and, asc, eq, or } from "drizzle-orm";
import type { Viewer } from "@/lib/viewer";
import { isUuid } from "@/lib/validation/ids";
import { getDb } from "../index";
import { partners, resellerRelationships } from "../schema";
import { NotFoundError } from "@/lib/errors";
import type { ChannelSide } from "@/lib/permissions";
import { channelOf } from "./scope";
import { contains } from "./search";

/**
 * The viewer's organisation when it is on `side` of the channel and the viewer works with its customers:
 * every role within it (agents included) picks among the active counterparts, without the relationship pages.
 */
function counterpartOf(viewer: Viewer, side: ChannelSide): string {
  const channel = channelOf(viewer, "customers.view");
  if (channel.side !== side) throw new NotFoundError();
  return channel.org;
}

/** The signed-in reseller's providers with an active relationship. */
export async function activeProviders(viewer: Viewer) {
  const resellerId = counterpartOf(viewer, "reseller");
  const db = await getDb();
  return db
    .select({ id: partners.id, name: partners.legalName })
    .from(resellerRelationships)
    .innerJoin(partners, eq(partners.id, resellerRelationships.providerId))
    .where(and(eq(resellerRelationships.resellerId, resellerId), eq(resellerRelationships.status, "active")))
    .orderBy(asc(partners.legalName));
}

/** Whether `resellerId` has an active relationship with the signed-in provider. */
export async function isActiveReseller(viewer: Viewer, resellerId: string) {
  const providerId = counterpartOf(viewer, "provider");
  const db = await getDb();
  const [row] = await db
    .select({ id: resellerRelationships.id })
    .from(resellerRelationships)
    .where(
      and(
        eq(resellerRelationships.providerId, providerId),
        eq(resellerRelationships.resellerId, resellerId),
        eq(resellerRelationships.status, "active"),
      ),
    );
  return Boolean(row);
}

/** A partner's legal name by id. Unsafe: only for ids read from a record the viewer may see. */
export async function unsafePartnerName(id: string) {
  const db = await getDb();
  const [row] = await db.select({ name: partners.legalName }).from(partners).where(eq(partners.id, id));
  return row?.name;
}

/** Up to `limit` of the signed-in provider's active resellers whose name or partner ID contains `q` (the reseller combobox). */
export async function searchActiveResellers(viewer: Viewer, q: string, limit = 20) {
  const providerId = counterpartOf(viewer, "provider");
  const db = await getDb();
  const where = [eq(resellerRelationships.providerId, providerId), eq(resellerRelationships.status, "active")];
  if (q) where.push(or(contains(partners.legalName, q), contains(partners.partnerNumber, q))!);
  return db
    .select({ id: partners.id, name: partners.legalName, partnerNumber: partners.partnerNumber })
    .from(resellerRelationships)
    .innerJoin(partners, eq(partners.id, resellerRelationships.resellerId))
    .where(and(...where))
    .orderBy(asc(partners.legalName), asc(partners.id))
    .limit(limit);
}

/** One of the signed-in provider's active resellers by id (what a reseller combobox shows as chosen), or undefined. */
export async function activeReseller(viewer: Viewer, resellerId: string) {
  const providerId = counterpartOf(viewer, "provider");
  if (!isUuid(resellerId)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select({ id: partners.id, name: partners.legalName, partnerNumber: partners.partnerNumber })
    .from(resellerRelationships)
    .innerJoin(partners, eq(partners.id, resellerRelationships.resellerId))
    .where(
      and(
        eq(resellerRelationships.providerId, providerId),
        eq(resellerRelationships.resellerId, resellerId),
        eq(resellerRelationships.status, "active"),
      ),
    );
  return row;
}
