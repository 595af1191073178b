/**
 * The Indirect resellers page at a distributor's scale: a page of 50 at a time in list order (active first,
 * then by name), a search by name or partner ID with the number that match, and the counts of customers and
 * subscriptions read for the page's resellers only — right on every page, and nothing of another provider.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { RESELLERS_PAGE_SIZE, resellerPage } from "@/db/queries/relationships";
import * as s from "@/db/schema";
import { makeCustomer, makePartner, relate, testDb } from "../support/db";

type Org = Awaited<ReturnType<typeof makePartner>>;
let provider: Org;
let other: Org;
let resellers: Org[];
const tag = `Pager${Date.now().toString(36)}`;

describe("Indirect resellers, a page at a time", () => {
  beforeAll(async () => {
    provider = await makePartner("indirect_provider");
    other = await makePartner("indirect_provider");
    resellers = [];
    // 55 resellers named so that their order is known; the last three relationships have ended.
    for (let i = 0; i < RESELLERS_PAGE_SIZE + 5; i++) {
      resellers.push(await makePartner("indirect_reseller", `${tag} ${String(i).padStart(2, "0")} 100%_Cloud`));
    }
    const db = await testDb();
    for (const [i, r] of resellers.entries()) {
      const rel = await relate(provider.partner.id, r.partner.id);
      if (i >= RESELLERS_PAGE_SIZE + 2) {
        await db
          .update(s.resellerRelationships)
          .set({ status: "ended", endedAt: new Date() })
          .where(eq(s.resellerRelationships.id, rel.id));
      }
    }
    // Reseller 51 (on the second page): two customers, one subscription as partner of record and support contact.
    const second = resellers[RESELLERS_PAGE_SIZE + 1]!.partner.id;
    const c = await makeCustomer(provider.partner.id, second);
    await makeCustomer(provider.partner.id, second);
    await db.insert(s.subscriptions).values({
      customerId: c.id,
      providerId: provider.partner.id,
      offerId: "o365-e1",
      licenses: 5,
      resellerId: second,
      supportContactId: second,
    });
    // The other provider works with reseller 0 too: none of that shows on this provider's page.
    await relate(other.partner.id, resellers[0]!.partner.id);
    await makeCustomer(other.partner.id, resellers[0]!.partner.id);
  });

  it("pages through every relationship once, active ones first, with the total", async () => {
    const first = await resellerPage(provider.viewer, { q: tag });
    expect(first.total).toBe(RESELLERS_PAGE_SIZE + 5);
    expect(first.rows).toHaveLength(RESELLERS_PAGE_SIZE);
    expect(first.next).toBeDefined();
    const second = await resellerPage(provider.viewer, { q: tag, after: first.next });
    expect(second.next).toBeUndefined();
    const names = [...first.rows, ...second.rows].map((r) => r.name);
    const active = resellers.slice(0, RESELLERS_PAGE_SIZE + 2).map((r) => r.partner.legalName);
    const ended = resellers.slice(RESELLERS_PAGE_SIZE + 2).map((r) => r.partner.legalName);
    expect(names).toEqual([...active, ...ended]);
    expect(second.rows.map((r) => r.status)).toEqual(["active", "active", "ended", "ended", "ended"]);
    // The counts are those of each reseller, on the second page too, and of this provider only.
    expect(second.rows[1]).toMatchObject({ customers: 2, subscriptions: 1, asPartnerOfRecord: 1, asSupportContact: 1 });
    expect(first.rows[0]).toMatchObject({ customers: 0, subscriptions: 0 });
  });

  it("finds resellers by part of the name or the start of the partner ID, taking % and _ literally", async () => {
    const byName = await resellerPage(provider.viewer, { q: `${tag} 07` });
    expect(byName.rows.map((r) => r.name)).toEqual([resellers[7]!.partner.legalName]);
    expect(byName.total).toBe(1);
    const number = resellers[3]!.partner.partnerNumber;
    expect((await resellerPage(provider.viewer, { q: number })).rows.map((r) => r.partnerNumber)).toEqual([number]);
    // The middle of a partner ID is no match (IDs are looked up from their start).
    expect((await resellerPage(provider.viewer, { q: number.slice(2) })).rows).toEqual([]);
    expect((await resellerPage(provider.viewer, { q: "100%_Cloud" })).total).toBe(RESELLERS_PAGE_SIZE + 5);
    expect((await resellerPage(provider.viewer, { q: "100_%Cloud" })).total).toBe(0);
  });

  it("starts again at the first page for a cursor that is malformed or from another list", async () => {
    const first = await resellerPage(provider.viewer, { q: tag });
    for (const after of ["garbage", Buffer.from(JSON.stringify(["x", "not-a-uuid"])).toString("base64url")]) {
      const page = await resellerPage(provider.viewer, { q: tag, after });
      expect(page.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    }
  });

  it("shows another provider only its own relationships", async () => {
    const page = await resellerPage(other.viewer, { q: tag });
    expect(page.total).toBe(1);
    expect(page.rows).toEqual([expect.objectContaining({ name: resellers[0]!.partner.legalName, customers: 1 })]);
    await expect(resellerPage(resellers[0]!.viewer, {})).rejects.toThrow("Not found.");
  });
});
