/**
 * The CSV export reads customers in batches, each seeking from the last row of the one before: every
 * customer of the filter comes exactly once, in list order, whatever the batch size — with a search too.
 */
import { describe, expect, it } from "vitest";
import { allCustomerSubscriptions, allCustomers } from "@/db/queries/customers";
import * as s from "@/db/schema";
import { makeCustomer, makePartner, relate, testDb } from "../support/db";
import { eq } from "drizzle-orm";

async function collect(iter: AsyncIterable<{ id: string; companyName: string }[]>) {
  const batches: string[][] = [];
  for await (const rows of iter) {
    batches.push(rows.map((r) => r.companyName));
    // A seek that does not move on would yield the same batch for ever.
    if (batches.length > 50) throw new Error("the batches do not end");
  }
  return batches;
}

describe("allCustomers (the export's batches)", () => {
  it("yields every matching customer once, in name order, across batch boundaries", async () => {
    const provider = await makePartner("indirect_provider");
    const reseller = await makePartner("indirect_reseller");
    await relate(provider.partner.id, reseller.partner.id);
    const db = await testDb();
    // Names with equal lower-case forms and case differences: the order is (lower(name), id).
    const names = ["beta", "Alpha", "alpha", "Gamma summit", "delta", "Epsilon summit", "zeta summit"];
    for (const [i, name] of names.entries()) {
      const c = await makeCustomer(provider.partner.id, i % 2 ? reseller.partner.id : null);
      await db.update(s.customers).set({ companyName: name }).where(eq(s.customers.id, c.id));
    }
    const sorted = [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    for (const batch of [1, 2, 3, 7, 50]) {
      const batches = await collect(allCustomers(provider.viewer, {}, batch));
      expect(batches.flat().map((n) => n.toLowerCase())).toEqual(sorted.map((n) => n.toLowerCase()));
      expect(batches.flat().sort()).toEqual([...names].sort());
      expect(batches.every((b) => b.length <= batch)).toBe(true);
    }
    // A search (3+ characters: its own order expression) and the reseller filter page the same way.
    expect((await collect(allCustomers(provider.viewer, { q: "summit" }, 2))).flat()).toEqual([
      "Epsilon summit",
      "Gamma summit",
      "zeta summit",
    ]);
    expect((await collect(allCustomers(provider.viewer, { reseller: reseller.partner.id }, 1))).flat().sort()).toEqual(
      ["Alpha", "Gamma summit", "Epsilon summit"].sort(),
    );
    // Nothing of another provider.
    const other = await makePartner("indirect_provider");
    expect(await collect(allCustomers(other.viewer, {}, 2))).toEqual([]);
  });

  it("yields every subscription once, customer by customer in list order, across batch boundaries", async () => {
    const provider = await makePartner("indirect_provider");
    const reseller = await makePartner("indirect_reseller");
    await relate(provider.partner.id, reseller.partner.id);
    const db = await testDb();
    // Customers with 0, 1, 2 and 3 subscriptions, so batch ends fall on customers with none too.
    const plan: [string, string[]][] = [
      ["Delta", ["o365-e3", "o365-e1"]],
      ["alpha", []],
      ["Bravo", ["o365-e1"]],
      ["charlie", []],
      ["Echo", ["o365-e5", "o365-e1", "o365-e3"]],
    ];
    const expected: string[] = [];
    for (const [i, [name, offerIds]] of plan.entries()) {
      const c = await makeCustomer(provider.partner.id, i % 2 ? null : reseller.partner.id);
      await db.update(s.customers).set({ companyName: name }).where(eq(s.customers.id, c.id));
      for (const offerId of offerIds)
        await db.insert(s.subscriptions).values({
          providerId: provider.partner.id,
          customerId: c.id,
          offerId,
          licenses: 10,
          resellerId: i % 2 ? null : reseller.partner.id,
          supportContactId: provider.partner.id,
        });
    }
    const offerNames = new Map((await db.select().from(s.offers)).map((o) => [o.id, o.name]));
    for (const [name, offerIds] of [...plan].sort(([a], [b]) => a.toLowerCase().localeCompare(b.toLowerCase())))
      for (const offer of offerIds.map((id) => offerNames.get(id)!).sort()) expected.push(`${name} · ${offer}`);
    for (const batch of [1, 2, 3, 5, 50]) {
      const batches: string[][] = [];
      for await (const rows of allCustomerSubscriptions(provider.viewer, {}, batch)) {
        batches.push(rows.map((r) => `${r.companyName} · ${r.offerName}`));
        for (const r of rows) {
          expect(r.licenses).toBe(10);
          expect(r.status).toBe("active");
          expect(r.supportContactName).toBe(provider.partner.legalName);
        }
        if (batches.length > 50) throw new Error("the batches do not end");
      }
      expect(batches.flat(), `batches of ${batch}`).toEqual(expected);
    }
    // The reseller's filter, and nothing of another provider.
    const filtered = [];
    for await (const rows of allCustomerSubscriptions(provider.viewer, { reseller: reseller.partner.id }, 2))
      filtered.push(...rows);
    expect(filtered.map((r) => r.resellerName)).toEqual(Array(6).fill(reseller.partner.legalName));
    const other = await makePartner("indirect_provider");
    for await (const rows of allCustomerSubscriptions(other.viewer, {}, 2)) expect(rows).toEqual([]);
  });
});
