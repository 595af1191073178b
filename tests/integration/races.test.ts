/**
 * Races (issue 11 #9). The relationship ones need real concurrency: two transactions on two PostgreSQL
 * connections, interleaved by hand (skipped on PGlite, which has one connection). The double submit runs
 * on both databases (on PostgreSQL the two requests really overlap: the app's pool has 5 connections).
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { addSubscription, upgradeSubscription } from "@/lib/actions/subscriptions";
import { actAs, form, makeCustomer, makePartner, relate, testDb } from "../support/db";
import { expectRedirect } from "../support/next";
import { untilLockWaiters } from "../support/concurrency";
import { makeSubscription } from "../support/world";

const url = process.env.PARTNER_HUB_TEST_DB;

// Defined only on PostgreSQL (the test runner counts a skipped test as one that did not run).
if (url)
  describe("races on PostgreSQL", () => {
    const sql = postgres(url, { max: 4, onnotice: () => {} });
    afterAll(async () => {
      await sql?.end();
    });

    async function pair() {
      const provider = await makePartner("indirect_provider");
      const reseller = await makePartner("indirect_reseller");
      const relationship = await relate(provider.partner.id, reseller.partner.id);
      const customer = await makeCustomer(provider.partner.id, null);
      return { provider, reseller, relationship, customer };
    }
    it("two subscriptions of one customer upgraded to the same offer at once: one upgrade, one field message", async () => {
      for (let round = 0; round < 5; round++) {
        const provider = await makePartner("indirect_provider");
        const customer = await makeCustomer(provider.partner.id, null);
        const e1 = await makeSubscription(customer, "o365-e1", 10);
        const e3 = await makeSubscription(customer, "o365-e3", 10);
        actAs(provider.viewer);
        const upgrade = (id: string) =>
          upgradeSubscription(undefined, form({ subscriptionId: id, version: "1", targetOfferId: "o365-e5" }));
        const answers = await Promise.all([upgrade(e1.id), upgrade(e3.id)]);
        expect(answers.map((a) => a.status).sort()).toEqual(["invalid", "success"]);
        expect(answers.find((a) => a.status === "invalid")?.fieldErrors?.targetOfferId?.[0]).toMatch(/already has/);
        const owned =
          await sql`SELECT count(*)::int AS n FROM subscriptions WHERE customer_id = ${customer.id} AND offer_id = 'o365-e5'`;
        expect(owned[0]!.n).toBe(1);
      }
    });

    const stillLinked = async (customerId: string) =>
      (
        await sql`SELECT c.reseller_id, r.status FROM customers c JOIN reseller_relationships r
                ON r.provider_id = c.provider_id AND r.reseller_id = c.reseller_id WHERE c.id = ${customerId}`
      )[0];

    it("associating a customer while the relationship ends: the end waits and then refuses", async () => {
      const { reseller, relationship, customer } = await pair();
      const a = await sql.reserve();
      const b = await sql.reserve();
      try {
        await a`BEGIN`;
        await a`UPDATE customers SET reseller_id = ${reseller.partner.id} WHERE id = ${customer.id}`;
        await b`BEGIN`;
        const ending = b`UPDATE reseller_relationships SET status = 'ended', ended_at = now() WHERE id = ${relationship.id}`.then(
          () => "ended",
          (e: { constraint_name?: string; message?: string }) => e.constraint_name ?? e.message ?? "failed",
        );
        await untilLockWaiters(sql, 1); // the second statement really waits on the first
        await a`COMMIT`;
        expect(await ending).toBe("reseller_relationships_ended_clean");
        await b`ROLLBACK`;
      } finally {
        a.release();
        b.release();
      }
      expect(await stillLinked(customer.id)).toMatchObject({ reseller_id: reseller.partner.id, status: "active" });
    });

    it("ending the relationship while a customer is associated: the association waits and then refuses", async () => {
      const { reseller, relationship, customer } = await pair();
      const a = await sql.reserve();
      const b = await sql.reserve();
      try {
        await b`BEGIN`;
        await b`UPDATE reseller_relationships SET status = 'ended', ended_at = now() WHERE id = ${relationship.id}`;
        await a`BEGIN`;
        const associating = a`UPDATE customers SET reseller_id = ${reseller.partner.id} WHERE id = ${customer.id}`.then(
          () => "associated",
          (e: { constraint_name?: string; message?: string }) => e.constraint_name ?? e.message ?? "failed",
        );
        await untilLockWaiters(sql, 1); // the second statement really waits on the first
        await b`COMMIT`;
        expect(await associating).toBe("customers_reseller_active");
        await a`ROLLBACK`;
      } finally {
        a.release();
        b.release();
      }
      expect(await stillLinked(customer.id)).toBeUndefined();
    });
  });

describe("Add subscription is idempotent (issue 11 #9)", () => {
  it("the same form submitted twice at once places one order and one subscription; both land on it", async () => {
    const provider = await makePartner("indirect_provider");
    const customer = await makeCustomer(provider.partner.id, null);
    actAs(provider.viewer);
    const submit = (key: string) =>
      expectRedirect(
        addSubscription(undefined, form({ customerId: customer.id, offerId: "o365-e3", licenses: "5", requestKey: key })),
      );
    const key = randomUUID();
    const [first, second] = await Promise.all([submit(key), submit(key)]);
    const db = await testDb();
    const subs = await db.select().from(s.subscriptions).where(eq(s.subscriptions.customerId, customer.id));
    expect(subs).toHaveLength(1);
    expect(await db.select().from(s.orders).where(eq(s.orders.customerId, customer.id))).toHaveLength(1);
    expect(first).toBe(`/provider/customers/${customer.id}?added=${subs[0]!.id}`);
    expect(second).toBe(first);
    // A later retry too; a new form (new key) is a new order.
    expect(await submit(key)).toBe(first);
    await submit(randomUUID());
    expect(await db.select().from(s.subscriptions).where(eq(s.subscriptions.customerId, customer.id))).toHaveLength(2);
  });
});
