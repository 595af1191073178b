import "server-only";
import { eq, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Viewer } from "@/lib/viewer";
import { NotFoundError } from "@/lib/errors";
import { can, channelSide, type ChannelSide, type Permission } from "@/lib/permissions";
import { customers, subscriptions } from "../schema";

/**
 * Who sees what, in one place. Every scoped query builds its WHERE from these, so a record of another
 * organisation is simply not there (NotFoundError), never "forbidden".
 */

/** The viewer's partner organisation when its role has `permission`; anyone else sees nothing (NotFoundError). */
export function partnerWith(viewer: Viewer, permission: Permission): string {
  if (!viewer.partnerId || !can(viewer.role, permission)) throw new NotFoundError();
  return viewer.partnerId;
}

/** The viewer's partner organisation and its side of the channel, for queries that look across it. */
export function channelOf(viewer: Viewer, permission: Permission): { org: string; side: ChannelSide } {
  const org = partnerWith(viewer, permission);
  const side = channelSide(viewer.role);
  if (!side) throw new NotFoundError();
  return { org, side };
}

/**
 * Which customers a viewer may see (lib/permissions): with `customers.viewAll` every customer it is the
 * provider of record of; with `customers.view` alone those associated with it (the association only
 * exists while the relationship is active: ending it clears the column); a customer's administrator its own.
 * A customer in this scope is one the viewer has admin rights over.
 */
export function customerScope(viewer: Viewer): SQL {
  const { role, partnerId, customerId } = viewer;
  if (partnerId && can(role, "customers.viewAll")) return eq(customers.providerId, partnerId);
  if (partnerId && can(role, "customers.view")) return eq(customers.resellerId, partnerId);
  if (customerId && can(role, "ownAccount.view")) return eq(customers.id, customerId);
  return sql`false`;
}

/** Where the organisation is partner of record or assigned support contact (for `subscriptions.viewAssigned`). */
export function assignedToViewer(viewer: Viewer): SQL {
  const { role, partnerId } = viewer;
  if (!partnerId || !can(role, "subscriptions.viewAssigned")) return sql`false`;
  return or(eq(subscriptions.resellerId, partnerId), eq(subscriptions.supportContactId, partnerId))!;
}

/** Which subscriptions a viewer may see (joined with their customer): its customers', and those assigned to it. */
export function subscriptionScope(viewer: Viewer): SQL {
  return or(customerScope(viewer), assignedToViewer(viewer))!;
}

/** What a reseller reads in place of another reseller's name (SPEC §4: it never sees the provider's other resellers). */
export const ANOTHER_RESELLER = "Another indirect reseller";

/**
 * A partner's name as the viewer may read it. Providers, the operator and customers read every name; a
 * reseller reads its own, its providers', and "Another indirect reseller" for any other reseller — on
 * pages and in exports alike, because every query that shows a partner's name selects it through here.
 */
export function partnerNameFor(viewer: Viewer, p: { id: AnyPgColumn; kind: AnyPgColumn; legalName: AnyPgColumn }): SQL<string> {
  if (channelSide(viewer.role) !== "reseller") return sql<string>`${p.legalName}`;
  return sql<string>`case when ${p.kind} = 'indirect_reseller' and ${p.id} is distinct from ${viewer.partnerId} then ${ANOTHER_RESELLER} else ${p.legalName} end`;
}
