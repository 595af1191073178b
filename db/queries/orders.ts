import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, inTransaction } from "../index";
import { orderLines, orders, subscriptions, type Subscription } from "../schema";

type Kind = (typeof orders.kind.enumValues)[number];

/**
 * Writes for an order. The ids come from records the action already read through a scoped query
 * (the customer, the subscription), never straight from the request.
 */

/** Records an order with its lines (one per subscription touched). */
export async function recordOrder(
  o: { providerId: string; customerId: string; kind: Kind; placedBy: string; onBehalfOfResellerId: string | null; idempotencyKey?: string },
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
    if (lines.length) await tx.insert(orderLines).values(lines.map((l) => ({ ...l, orderId: order.id, providerId: o.providerId })));
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
        .where(and(eq(orderLines.orderId, base.orderId), eq(orderLines.offerId, line.offerId), sql`${orderLines.subscriptionId} IS NULL`));
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
