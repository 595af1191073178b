/**
 * The CSV export reads customers in batches, each seeking from the last row of the one before: every
 * customer of the filter comes exactly once, in list order, whatever the batch size — with a search too.
 */
import { describe, expect, it } from "vitest";
import { allCustomers } from "@/db/queries/customers";
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
});
