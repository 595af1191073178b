/**
 * The Indirect reseller combobox's source (/provider/customers/reseller-options) and the dashboard chart at
 * many resellers: a provider finds only its own active resellers, by name or partner ID; everyone else
 * gets 404; the chart keeps the ten biggest and folds the rest into "All others".
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/provider/customers/reseller-options/route";
import { licensesByPartner, licensesByPartnerPage } from "@/db/queries/charts";
import { activeReseller } from "@/db/queries/partners";
import * as s from "@/db/schema";
import { actAs, makeCustomer, makePartner, relate, testDb } from "../support/db";

type Org = Awaited<ReturnType<typeof makePartner>>;
let provider: Org;
let other: Org;
let resellers: Org[];
const options = async (q: string) => {
  const res = await GET(new Request(`http://localhost/provider/customers/reseller-options?q=${encodeURIComponent(q)}`));
  return {
    status: res.status,
    body: res.status === 200 ? ((await res.json()) as { id: string; name: string; detail: string }[]) : [],
  };
};

describe("reseller options and the licenses chart at many resellers", () => {
  beforeAll(async () => {
    provider = await makePartner("indirect_provider");
    other = await makePartner("indirect_provider");
    resellers = [];
    for (let i = 0; i < 13; i++)
      resellers.push(
        await makePartner("indirect_reseller", `Combo Reseller ${String(i).padStart(2, "0")} ${provider.partner.id.slice(0, 6)}`),
      );
    for (const r of resellers.slice(0, 12)) await relate(provider.partner.id, r.partner.id);
    await relate(other.partner.id, resellers[12]!.partner.id);
  });

  it("answers the provider's own active resellers matching the text, at most 20", async () => {
    actAs(provider.viewer);
    const all = await options("Combo Reseller");
    expect(all.status).toBe(200);
    expect(all.body.map((o) => o.id).sort()).toEqual(
      resellers
        .slice(0, 12)
        .map((r) => r.partner.id)
        .sort(),
    );
    const one = await options(`Reseller 07 ${provider.partner.id.slice(0, 6)}`);
    expect(one.body.map((o) => o.id)).toEqual([resellers[7]!.partner.id]);
    expect((await options(resellers[3]!.partner.partnerNumber)).body.map((o) => o.id)).toEqual([resellers[3]!.partner.id]);
    // Another provider's reseller is neither found nor accepted as the chosen one.
    expect((await options(resellers[12]!.partner.legalName)).body).toEqual([]);
    expect(await activeReseller(provider.viewer, resellers[12]!.partner.id)).toBeUndefined();
    expect(await activeReseller(provider.viewer, "not-a-uuid")).toBeUndefined();
    expect((await activeReseller(provider.viewer, resellers[1]!.partner.id))?.name).toBe(resellers[1]!.partner.legalName);
    expect((await options("%")).body).toEqual([]);
  });

  it("is not found for a reseller, the signed out and the operator's kind of viewer", async () => {
    actAs(resellers[0]!.viewer);
    expect((await options("a")).status).toBe(404);
    actAs(null);
    expect((await options("a")).status).toBe(404);
    actAs({ ...provider.viewer, role: "operator", partnerId: null });
    expect((await options("a")).status).toBe(404);
  });

  it("charts the ten biggest resellers and folds the rest into All others; the full list pages", async () => {
    const db = await testDb();
    const p = provider.partner.id;
    for (const [i, r] of resellers.slice(0, 12).entries()) {
      const c = await makeCustomer(p, r.partner.id);
      await db.insert(s.subscriptions).values({
        providerId: p,
        customerId: c.id,
        offerId: "o365-e1",
        licenses: 10 + i,
        resellerId: r.partner.id,
        supportContactId: p,
      });
    }
    const direct = await makeCustomer(p);
    await db
      .insert(s.subscriptions)
      .values({ providerId: p, customerId: direct.id, offerId: "o365-e1", licenses: 5, supportContactId: p });
    const bars = await licensesByPartner(provider.viewer);
    expect(bars).toHaveLength(11);
    expect(bars[0]).toEqual({ label: resellers[11]!.partner.legalName, value: 21 });
    // The three smallest: resellers 0 and 1 (10, 11 licenses) and Direct (5).
    expect(bars[10]).toEqual({ label: "All others (3)", value: 26, others: 3 });
    expect(bars.reduce((n, b) => n + b.value, 0)).toBe(12 * 10 + 66 + 5);
    const page = await licensesByPartnerPage(provider.viewer, 1);
    expect(page.total).toBe(13);
    expect(page.rows.at(-1)).toMatchObject({ label: "Direct (no reseller)", licenses: 5, subscriptions: 1 });
    expect((await licensesByPartnerPage(provider.viewer, 2)).rows).toEqual([]);
    const [row] = await db.select().from(s.subscriptionTotals).where(eq(s.subscriptionTotals.providerId, other.partner.id));
    expect(row).toBeUndefined();
  });
});
