import "server-only";
import { and, asc, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Viewer } from "@/lib/viewer";
import { can } from "@/lib/permissions";
import { getDb, inTransaction } from "../index";
import { customers, offers, orderLines, orders, partners, subscriptions, users, type Subscription } from "../schema";
import { afterPosition, decodeCursor, keysetPage } from "./keyset";
import { customerScope, partnerNameFor } from "./scope";

type Kind = (typeof orders.kind.enumValues)[number];

/**
 * Writes for an order. The ids come from records the action already read through a scoped query
 * (the customer, the subscription), never straight from the request.
 */

/** Records an order with its lines (one per subscription touched). */
export async function recordOrder(
  o: {
    providerId: string;
    customerId: string;
    kind: Kind;
    placedBy: string;
    onBehalfOfResellerId: string | null;
    idempotencyKey?: string;
  },
  lines: { offerId: string; quantity: number; partnerOfRecordId: string | null; subscriptionId?: string }[],
) {
  return inTransaction(async (tx) => {
    const [order] = await tx.insert(orders).values(o).returning();
    if (lines.length) {
      await tx.insert(orderLines).values(lines.map((l) => ({ ...l, orderId: order!.id, providerId: o.providerId })));
    }
    return order!;
  });
}

/**
 * Records an order once per idempotency key (a double click, a retried request): the first call gets the
 * order; any later or concurrent one with the same key waits for the first to commit and gets undefined
 * (the unique key decides, not a read that two requests could both pass).
 */
export async function recordOrderOnce(
  o: Parameters<typeof recordOrder>[0] & { idempotencyKey: string },
  lines: Parameters<typeof recordOrder>[1],
) {
  return inTransaction(async (tx) => {
    const [order] = await tx.insert(orders).values(o).onConflictDoNothing({ target: orders.idempotencyKey }).returning();
    if (!order) return undefined;
    if (lines.length)
      await tx.insert(orderLines).values(lines.map((l) => ({ ...l, orderId: order.id, providerId: o.providerId })));
    return order;
  });
}

/** The customer and first subscription of the order placed with this idempotency key, if any. */
export async function orderByIdempotencyKey(key: string) {
  const db = await getDb();
  const [row] = await db
    .select({ customerId: orders.customerId, subscriptionId: orderLines.subscriptionId })
    .from(orders)
    .leftJoin(orderLines, eq(orderLines.orderId, orders.id))
    .where(eq(orders.idempotencyKey, key))
    .limit(1);
  return row;
}

/** Creates subscriptions for an order and links the order lines to them. */
export async function createSubscriptions(
  base: { providerId: string; customerId: string; resellerId: string | null; orderId: string },
  lines: { offerId: string; licenses: number }[],
) {
  return inTransaction(async (tx) => {
    const created: Subscription[] = [];
    for (const line of lines) {
      const [sub] = await tx
        .insert(subscriptions)
        .values({ ...base, offerId: line.offerId, licenses: line.licenses, supportContactId: base.providerId })
        .returning();
      created.push(sub!);
      await tx
        .update(orderLines)
        .set({ subscriptionId: sub!.id })
        .where(
          and(
            eq(orderLines.orderId, base.orderId),
            eq(orderLines.offerId, line.offerId),
            sql`${orderLines.subscriptionId} IS NULL`,
          ),
        );
    }
    return created;
  });
}

/**
 * Changes a subscription only if nobody changed it since `version` was read (optimistic concurrency).
 * Returns the updated row, or undefined when the version is stale. Unsafe: the id must come from
 * `subscriptionForViewer`.
 */
export async function unsafeUpdateSubscriptionAt(id: string, version: number, set: Partial<typeof subscriptions.$inferInsert>) {
  const db = await getDb();
  const [row] = await db
    .update(subscriptions)
    .set({ ...set, version: sql`${subscriptions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(subscriptions.id, id), eq(subscriptions.version, version)))
    .returning();
  return row;
}

// ── order history ─────────────────────────────────────────────────────────────────────────────────

export const ORDERS_PAGE_SIZE = 25;
export type OrderKind = Kind;

/** Filters of the Orders list, as they appear in the URL (lib/validation/orders.ts); dates are yyyy-mm-dd, UTC. */
export type OrderFilter = { customer?: string; reseller?: string; kind?: Kind; from?: string; to?: string; after?: string };

/** The cursor's key: `created_at` as PostgreSQL prints it (microseconds, offset), never anything else. */
const orderKey = z.string().regex(/^\d{4}-\d\d-\d\d[ T][\d:.]+[+-]\d\d(:\d\d)?$/);

/** The orders a viewer may see: those of the customers in its scope (lib/permissions `orders.view`). */
function orderConditions(viewer: Viewer, f: OrderFilter): SQL[] {
  if (!can(viewer, "orders.view")) return [sql`false`];
  const where: SQL[] = [customerScope(viewer)];
  if (f.customer) where.push(eq(orders.customerId, f.customer));
  if (f.reseller === "none") where.push(isNull(orders.onBehalfOfResellerId));
  else if (f.reseller) where.push(eq(orders.onBehalfOfResellerId, f.reseller));
  if (f.kind) where.push(eq(orders.kind, f.kind));
  if (f.from) where.push(gte(orders.createdAt, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) where.push(lt(orders.createdAt, new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000)));
  return where;
}

const placerOrg = alias(partners, "placer_org");
const orderProvider = alias(partners, "order_provider");
const onBehalfOf = alias(partners, "on_behalf_of");

/**
 * One page of orders, newest first, keyset-paginated on (created_at, id) descending, with who placed
 * each: the user, its organisation, and the provider it went through when that is another organisation.
 */
export async function listOrders(viewer: Viewer, f: OrderFilter, pageSize = ORDERS_PAGE_SIZE) {
  const d = await getDb();
  const where = orderConditions(viewer, f);
  const placerName = partnerNameFor(viewer, placerOrg);
  const after = afterPosition(
    decodeCursor(f.after, orderKey),
    { sortKey: orders.createdAt, id: orders.id, keyType: "timestamptz" },
    "desc",
  );
  if (after) where.push(after);
  const rows = await d
    .select({
      id: orders.id,
      createdAt: orders.createdAt,
      /** The exact timestamp (microseconds) as text, for the cursor: a JS Date keeps only milliseconds. */
      createdAtKey: sql<string>`${orders.createdAt}::text`,
      kind: orders.kind,
      status: orders.status,
      customerId: orders.customerId,
      customerName: customers.companyName,
      providerName: orderProvider.legalName,
      // Another reseller's user is not named to a reseller, as its organisation is not (partnerNameFor).
      placedByName: sql<
        string | null
      >`case when ${placerName} is distinct from ${placerOrg.legalName} then null else ${users.name} end`,
      // No organisation and no customer: the program operator's team (worded by the reader's catalogue).
      placedByOrg: sql<string | null>`coalesce(${placerName}, ${customers.companyName})`,
      placedThroughProvider: sql<boolean>`${users.partnerId} IS DISTINCT FROM ${orders.providerId}`,
      onBehalfOfName: sql<string | null>`${partnerNameFor(viewer, onBehalfOf)}`,
    })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .innerJoin(orderProvider, eq(orderProvider.id, orders.providerId))
    .innerJoin(users, eq(users.id, orders.placedBy))
    .leftJoin(placerOrg, eq(placerOrg.id, users.partnerId))
    .leftJoin(onBehalfOf, eq(onBehalfOf.id, orders.onBehalfOfResellerId))
    .where(and(...where))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(pageSize + 1);
  const { rows: page, next } = keysetPage(rows, pageSize, (o) => ({ key: o.createdAtKey, id: o.id }));
  const lines = await linesOf(
    page.map((o) => o.id),
    d,
  );
  return {
    rows: page.map(({ createdAtKey: _key, ...o }) => ({ ...o, placedBy: placedBy(o), lines: lines.get(o.id) ?? [] })),
    next,
  };
}
export type OrderRow = Awaited<ReturnType<typeof listOrders>>["rows"][number];

/**
 * Who placed an order, in parts the page and the CSV put into the reader's words (lib/order-text.ts):
 * "Ada Tumelo · Adatum IT Services through Northwind Distribution", "… · Northwind Distribution for Adatum IT Services".
 * `org` null: the program operator's team.
 */
export type PlacedBy = { name: string | null; org: string | null; through: string | null; for: string | null };

function placedBy(o: {
  placedByName: string | null;
  placedByOrg: string | null;
  placedThroughProvider: boolean;
  providerName: string;
  onBehalfOfName: string | null;
}): PlacedBy {
  return {
    name: o.placedByName,
    org: o.placedByOrg,
    through: o.placedThroughProvider ? o.providerName : null,
    for: o.placedThroughProvider ? null : o.onBehalfOfName,
  };
}

/** The lines of these (already scoped) orders, with offer names. */
async function linesOf(orderIds: string[], d: Awaited<ReturnType<typeof getDb>>) {
  const byOrder = new Map<string, { offerName: string; quantity: number; subscriptionId: string | null }[]>();
  if (orderIds.length === 0) return byOrder;
  const rows = await d
    .select({
      orderId: orderLines.orderId,
      offerName: offers.name,
      quantity: orderLines.quantity,
      subscriptionId: orderLines.subscriptionId,
    })
    .from(orderLines)
    .innerJoin(offers, eq(offers.id, orderLines.offerId))
    .where(inArray(orderLines.orderId, orderIds))
    .orderBy(asc(offers.name));
  for (const { orderId, ...line } of rows) byOrder.set(orderId, [...(byOrder.get(orderId) ?? []), line]);
  return byOrder;
}

/** Every order matching the filter, in batches of `batch` (the CSV export). */
export async function* allOrders(viewer: Viewer, f: OrderFilter, batch = 2000) {
  let after: string | undefined;
  do {
    const page = await listOrders(viewer, { ...f, after }, batch);
    yield page.rows;
    after = page.next;
  } while (after);
}
