/**
 * The dashboard summary (customer_months, subscription_totals; migration 0004) stays exactly what a
 * full count of customers and subscriptions says, after a burst of concurrent writes of every kind:
 * the app's actions and plain SQL, inserts, moves between resellers, status and license changes, deletes.
 * On PostgreSQL the writes really overlap (a pool of connections); on PGlite they interleave on one.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsIn } from "@/db/seed-scale";
import * as s from "@/db/schema";
import {
  associateCustomerReseller,
  changeLicenses,
  changeSubscriptionReseller,
  setSubscriptionStatus,
} from "@/lib/actions/subscriptions";
import { actAs, form, makeCustomer, makePartner, relate, testDb } from "../support/db";

type Org = Awaited<ReturnType<typeof makePartner>>;
let provider: Org;
let resellers: Org[];

/** What the summary says and what counting every row says, for the provider and each reseller. */
async function compare() {
  const db = await testDb();
  const orgs = [provider.partner.id, ...resellers.map((r) => r.partner.id)];
  const months = sql`date_trunc('month', created_at AT TIME ZONE 'UTC')::date::text`;
  const live = await rowsIn<{ partner: string; month: string; n: number }>(
    db,
    sql`SELECT partner, month, count(*)::int AS n FROM (
          SELECT provider_id AS partner, ${months} AS month FROM customers UNION ALL SELECT reseller_id, ${months} FROM customers WHERE reseller_id IS NOT NULL
        ) c WHERE partner IN (${sql.join(
          orgs.map((o) => sql`${o}::uuid`),
          sql`, `,
        )}) GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const summary = await rowsIn<{ partner: string; month: string; n: number }>(
    db,
    sql`SELECT partner_id AS partner, month::text AS month, customers AS n FROM customer_months
        WHERE customers <> 0 AND partner_id IN (${sql.join(
          orgs.map((o) => sql`${o}::uuid`),
          sql`, `,
        )}) ORDER BY 1, 2`,
  );
  const liveSubs = await rowsIn<{ reseller: string | null; n: number; licenses: number }>(
    db,
    sql`SELECT reseller_id AS reseller, count(*)::int AS n, sum(licenses)::int AS licenses FROM subscriptions
        WHERE provider_id = ${provider.partner.id} AND status = 'active' GROUP BY 1 ORDER BY 1`,
  );
  const summarySubs = await rowsIn<{ reseller: string | null; n: number; licenses: number }>(
    db,
    sql`SELECT reseller_id AS reseller, active_subscriptions AS n, active_licenses::int AS licenses FROM subscription_totals
        WHERE provider_id = ${provider.partner.id} AND active_subscriptions <> 0 ORDER BY 1`,
  );
  return { live, summary, liveSubs, summarySubs };
}

const OFFERS = ["o365-e1", "o365-e3", "m365-business-basic", "defender-endpoint-p1"];

describe("dashboard summary", () => {
  beforeAll(async () => {
    provider = await makePartner("indirect_provider");
    resellers = await Promise.all([
      makePartner("indirect_reseller"),
      makePartner("indirect_reseller"),
      makePartner("indirect_reseller"),
    ]);
    for (const r of resellers) await relate(provider.partner.id, r.partner.id);
  });

  it("equals a full count after a burst of concurrent writes", async () => {
    const db = await testDb();
    const p = provider.partner.id;
    const resellerIds = resellers.map((r) => r.partner.id);
    // Customers in several months (backdated), direct and with each reseller, each with subscriptions.
    const customers = await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const c = await makeCustomer(p, i % 4 === 0 ? null : resellerIds[i % 3]!);
        await db.transaction(async (tx) => {
          await tx.execute(sql`UPDATE customers SET created_at = now() - (${i % 5} * interval '31 days') WHERE id = ${c.id}`);
          await tx.insert(s.subscriptions).values(
            OFFERS.slice(0, 1 + (i % 3)).map((offerId, k) => ({
              providerId: p,
              customerId: c.id,
              offerId,
              licenses: 5 + i + k,
              resellerId: c.resellerId,
              supportContactId: p,
              status: k === 1 ? ("suspended" as const) : ("active" as const),
            })),
          );
        });
        return c;
      }),
    );
    const gone = customers[23]!;
    const subs = (await db.select().from(s.subscriptions).where(eq(s.subscriptions.providerId, p))).filter(
      (x) => x.customerId !== gone.id,
    );

    // The burst: the app's own actions and plain SQL at once.
    actAs(provider.viewer);
    const writes: Promise<unknown>[] = [];
    for (const [i, sub] of subs.entries()) {
      if (i % 3 === 0 && sub.status === "active")
        writes.push(
          changeLicenses(
            undefined,
            form({ subscriptionId: sub.id, version: String(sub.version), licenses: String(sub.licenses + 7) }),
          ),
        );
      else if (i % 3 !== 2)
        writes.push(
          setSubscriptionStatus(
            undefined,
            form({
              subscriptionId: sub.id,
              version: String(sub.version),
              status: sub.status === "active" ? "suspended" : "active",
            }),
          ),
        );
      else if (i % 6 === 5)
        writes.push(
          changeSubscriptionReseller(
            undefined,
            form({ subscriptionId: sub.id, version: String(sub.version), resellerId: sub.resellerId ? "" : resellerIds[i % 3]! }),
          ),
        );
      else
        writes.push(
          db
            .update(s.subscriptions)
            .set({ licenses: sql`${s.subscriptions.licenses} + 1`, version: sql`${s.subscriptions.version} + 1` })
            .where(eq(s.subscriptions.id, sub.id)),
        );
    }
    for (const [i, c] of customers.entries()) {
      // Customers move between resellers in opposite directions at the same time (and to and from direct).
      if (i % 4 === 1)
        writes.push(associateCustomerReseller(undefined, form({ customerId: c.id, resellerId: resellerIds[(i + 1) % 3]! })));
      if (i % 4 === 2) writes.push(associateCustomerReseller(undefined, form({ customerId: c.id, resellerId: "" })));
      if (i % 4 === 0)
        writes.push(associateCustomerReseller(undefined, form({ customerId: c.id, resellerId: resellerIds[i % 3]! })));
    }
    writes.push(
      (async () => {
        await db.transaction(async (tx) => {
          await tx.delete(s.subscriptions).where(eq(s.subscriptions.customerId, gone.id));
          await tx.delete(s.customers).where(eq(s.customers.id, gone.id));
        });
      })(),
    );
    writes.push(
      db
        .transaction(async (tx) => {
          await tx.insert(s.subscriptions).values({
            providerId: p,
            customerId: customers[5]!.id,
            offerId: "o365-e5",
            licenses: 50,
            resellerId: customers[5]!.resellerId,
            supportContactId: p,
          });
          // Rolled back: leaves no trace in the summary.
          tx.rollback();
        })
        .catch(() => undefined),
    );
    const results = await Promise.all(writes);
    const refused = results.filter((r): r is { status: string; message?: string; fieldErrors?: object } =>
      Boolean(r && typeof r === "object" && "status" in r && r.status !== "success"),
    );
    expect(refused.map((r) => [r.message, r.fieldErrors])).toEqual([]);

    const { live, summary, liveSubs, summarySubs } = await compare();
    expect(summary).toEqual(live);
    expect(summarySubs).toEqual(liveSubs);
    // The burst did move things: every organisation has customers, and some subscriptions are suspended.
    expect(new Set(live.map((r) => r.partner)).size).toBe(4);
    const [{ suspended }] = (await rowsIn<{ suspended: number }>(
      db,
      sql`SELECT count(*)::int AS suspended FROM subscriptions WHERE provider_id = ${p} AND status = 'suspended'`,
    )) as [{ suspended: number }];
    expect(suspended).toBeGreaterThan(0);
  });

  it("is rebuilt from scratch by ph_rebuild_dashboard_summary() to the same numbers", async () => {
    const db = await testDb();
    const before = await compare();
    await db.execute(sql`SELECT ph_rebuild_dashboard_summary()`);
    const after = await compare();
    expect(after.summary).toEqual(before.summary);
    expect(after.summarySubs).toEqual(before.summarySubs);
    const [row] = await db
      .select()
      .from(s.subscriptionTotals)
      .where(and(eq(s.subscriptionTotals.providerId, provider.partner.id)));
    expect(row).toBeDefined();
  });
});
