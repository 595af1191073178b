import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { orderLines, orders, subscriptions, type Subscription } from "../schema";

type Kind = (typeof orders.kind.enumValues)[number];

/** Records an order with its lines (one per subscription touched). */
export async function recordOrder(
  tx: Tx,
  o: { providerId: string; customerId: string; kind: Kind; placedBy: string; onBehalfOfResellerId: string | null; idempotencyKey?: string },
  lines: { offerId: string; quantity: number; partnerOfRecordId: string | null; subscriptionId?: string }[],
) {
  const [order] = await tx.insert(orders).values(o).returning();
  if (lines.length) {
    await tx.insert(orderLines).values(lines.map((l) => ({ ...l, orderId: order!.id, providerId: o.providerId })));
  }
  return order!;
}

/** Creates subscriptions for an order and links the order lines to them. */
export async function createSubscriptions(
  tx: Tx,
  base: { providerId: string; customerId: string; resellerId: string | null; orderId: string },
  lines: { offerId: string; licenses: number }[],
) {
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
}

/**
 * Changes a subscription only if nobody changed it since `version` was read (optimistic concurrency).
 * Returns the updated row, or undefined when the version is stale.
 */
export async function updateSubscriptionAt(tx: Tx, id: string, version: number, set: Partial<typeof subscriptions.$inferInsert>) {
  const [row] = await tx
    .update(subscriptions)
    .set({ ...set, version: sql`${subscriptions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(subscriptions.id, id), eq(subscriptions.version, version)))
    .returning();
  return row;
}
