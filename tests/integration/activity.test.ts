import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportActivity } from "@/app/api/activity/export/route";
import { activityActions, activityBatches, activityPage } from "@/db/queries/activity";
import { customersPerMonth, licensesByPartner } from "@/db/queries/charts";
import * as s from "@/db/schema";
import { activityCsvCells, activityCsvHeader, detailsText } from "@/lib/activity-format";
import { csvCell, csvRow } from "@/lib/csv";
import { parseActivitySearch } from "@/lib/validation/activity";
import { actAs, makeCustomer, makePartner, relate, testDb } from "../support/db";

type Partner = Awaited<ReturnType<typeof makePartner>>;

const DAY = 24 * 60 * 60 * 1000;
const now = new Date();
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
const lastMonth = () => parseActivitySearch({}).filters;

async function record(values: Partial<typeof s.activityRecords.$inferInsert> & { action: string }) {
  const db = await testDb();
  const [r] = await db
    .insert(s.activityRecords)
    .values({ targetType: "test", ...values })
    .returning();
  return r!;
}

let provider: Partner;
let other: Partner;
let reseller: Partner;
let customer: s.Customer;

beforeAll(async () => {
  provider = await makePartner("indirect_provider");
  other = await makePartner("indirect_provider");
  reseller = await makePartner("indirect_reseller");
  await relate(provider.partner.id, reseller.partner.id);
  customer = await makeCustomer(provider.partner.id, reseller.partner.id);
  const p = provider.partner.id;
  const r = reseller.partner.id;
  await record({
    action: "test.by_provider",
    actorUserId: provider.user.id,
    actorPartnerId: p,
    providerId: p,
    details: { summary: "provider did it" },
  });
  await record({
    action: "test.about_provider",
    providerId: p,
    customerId: customer.id,
    details: { before: { licenses: 5 }, after: { licenses: 7 } },
  });
  await record({
    action: "test.by_reseller",
    actorUserId: reseller.user.id,
    actorPartnerId: r,
    providerId: p,
    resellerId: r,
    customerId: customer.id,
  });
  await record({ action: "test.reseller_only", actorUserId: reseller.user.id, actorPartnerId: r, resellerId: r });
  await record({
    action: "test.other",
    actorUserId: other.user.id,
    actorPartnerId: other.partner.id,
    providerId: other.partner.id,
  });
  await record({ action: "test.old", actorPartnerId: p, providerId: p, createdAt: daysAgo(45) });
});

const actionsOf = (rows: { action: string }[]) => rows.map((r) => r.action).sort();

describe("activity scoping", () => {
  it("a provider sees records about its tenant or made by its users, never another provider's", async () => {
    const { rows } = await activityPage(provider.viewer, lastMonth());
    expect(actionsOf(rows)).toEqual(["test.about_provider", "test.by_provider", "test.by_reseller"]);
    expect(actionsOf((await activityPage(other.viewer, lastMonth())).rows)).toEqual(["test.other"]);
  });

  it("a reseller sees records made by its users or involving it", async () => {
    const { rows } = await activityPage(reseller.viewer, lastMonth());
    expect(actionsOf(rows)).toEqual(["test.by_reseller", "test.reseller_only"]);
    expect(await activityActions(reseller.viewer)).toEqual(["test.by_reseller", "test.reseller_only"]);
  });

  it("other roles have no activity log", async () => {
    const admin = { ...provider.viewer, role: "customer_admin" as const, partnerId: null, customerId: customer.id };
    await expect(activityPage(admin, lastMonth())).rejects.toThrow("Not found.");
  });
});

describe("activity filters", () => {
  it("defaults to the last month and takes a date range", async () => {
    const def = parseActivitySearch({}, new Date("2026-03-31T10:00:00Z"));
    expect(def.values).toMatchObject({ from: "2026-02-28", to: "2026-03-31" });
    expect(parseActivitySearch({}, new Date("2026-07-15T23:59:00Z")).values).toMatchObject({
      from: "2026-06-15",
      to: "2026-07-15",
    });
    expect(def.filters.to.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(parseActivitySearch({ from: "garbage", to: "2026-02-30x" }, new Date("2026-03-31T10:00:00Z")).values).toMatchObject({
      from: "2026-02-28",
      to: "2026-03-31",
    });
    const swapped = parseActivitySearch({ from: "2026-05-02", to: "2026-05-01" });
    expect(swapped.values).toMatchObject({ from: "2026-05-01", to: "2026-05-02" });

    const wide = parseActivitySearch({ from: daysAgo(60).toISOString().slice(0, 10) }).filters;
    expect(actionsOf((await activityPage(provider.viewer, wide)).rows)).toContain("test.old");
    expect(actionsOf((await activityPage(provider.viewer, lastMonth())).rows)).not.toContain("test.old");
  });

  it("filters by action and by the affected customer's company name", async () => {
    const byAction = await activityPage(provider.viewer, { ...lastMonth(), action: "test.by_reseller" });
    expect(actionsOf(byAction.rows)).toEqual(["test.by_reseller"]);
    const part = customer.companyName.slice(-6).toUpperCase();
    const byCustomer = await activityPage(provider.viewer, { ...lastMonth(), customer: part });
    expect(actionsOf(byCustomer.rows)).toEqual(["test.about_provider", "test.by_reseller"]);
    expect(byCustomer.rows[0]!.customerName).toBe(customer.companyName);
    expect((await activityPage(provider.viewer, { ...lastMonth(), customer: "%" })).rows).toEqual([]);
  });
});

describe("keyset pagination", () => {
  it("walks every record once, newest first, even when many share a timestamp", async () => {
    const p = await makePartner("indirect_provider");
    const same = new Date(now.getTime() - 3 * DAY);
    for (let i = 0; i < 7; i++)
      await record({ action: `test.page_${i}`, providerId: p.partner.id, createdAt: i < 5 ? same : daysAgo(i) });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await activityPage(p.viewer, lastMonth(), cursor, 3);
      seen.push(...page.rows.map((r) => r.id));
      const times = page.rows.map((r) => r.createdAt.getTime());
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      cursor = page.next ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    // A forged cursor starts from the top rather than failing.
    expect((await activityPage(p.viewer, lastMonth(), "bm9uc2Vuc2U", 3)).rows).toHaveLength(3);
    const batches: number[] = [];
    for await (const batch of activityBatches(p.viewer, lastMonth(), 2)) batches.push(batch.length);
    expect(batches).toEqual([2, 2, 2, 1]);
  });
});

describe("CSV export", () => {
  it("quotes when needed and defuses cells a spreadsheet would run as formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    for (const evil of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])
      expect(csvCell(evil).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell(null)).toBe("");
    expect(csvRow(["a", 1, true])).toBe("a,1,true\r\n");
  });

  it("writes readable details and the columns the spec names", () => {
    expect(activityCsvHeader.slice(0, 5)).toEqual(["Affected customer", "Action", "User", "Status", "Details"]);
    const cells = activityCsvCells({
      customerName: "=cmd|' /C calc'!A0",
      action: "user.sign_in",
      userName: "Nadia",
      userEmail: "n@x.example",
      status: "succeeded",
      details: { summary: "changed", before: { licenses: 5, note: "same" }, after: { licenses: 7, note: "same" } },
      createdAt: new Date("2026-01-02T03:04:05Z"),
    });
    expect(cells).toEqual([
      "=cmd|' /C calc'!A0",
      "Sign in",
      "Nadia <n@x.example>",
      "succeeded",
      "changed; Licenses: 5 → 7",
      "2026-01-02T03:04:05.000Z",
    ]);
    expect(csvRow(cells).startsWith("'=cmd")).toBe(true);
    expect(detailsText({ after: { locations: ["US https://a.example", "CA https://b.example"] } })).toBe(
      "Locations: US https://a.example; CA https://b.example",
    );
  });

  it("the export route streams the viewer's filtered records, and refuses others", async () => {
    const get = (qs: string) => exportActivity(new NextRequest(`http://localhost/api/activity/export?${qs}`));
    actAs(provider.viewer);
    const res = await get("action=test.about_provider");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="activity-/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Affected customer,Action,User,Status,Details,Date (UTC)");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${customer.companyName},Test about provider,System,succeeded,Licenses: 5 → 7,`);

    actAs(other.viewer);
    const otherLines = (await (await get("")).text()).trimEnd().split("\r\n");
    // Exactly the other provider's one record: none of the first provider's, and not an empty file.
    expect(otherLines.slice(1)).toEqual([expect.stringMatching(/^,Test other,/) as string]);
    expect(otherLines.join("\n")).not.toContain(customer.companyName);

    actAs(null);
    expect((await get("")).status).toBe(404);
    actAs({ ...provider.viewer, role: "operator", partnerId: null });
    expect((await get("")).status).toBe(404);
  });
});

describe("dashboard charts", () => {
  it("licenses by reseller (provider) and by provider (reseller), scoped to the organisation", async () => {
    const p = await makePartner("indirect_provider");
    const r = await makePartner("indirect_reseller");
    const stranger = await makePartner("indirect_provider");
    await relate(p.partner.id, r.partner.id);
    const viaReseller = await makeCustomer(p.partner.id, r.partner.id);
    const direct = await makeCustomer(p.partner.id);
    const elsewhere = await makeCustomer(stranger.partner.id);
    const db = await testDb();
    await db.insert(s.subscriptions).values([
      {
        providerId: p.partner.id,
        customerId: viaReseller.id,
        offerId: "o365-e3",
        licenses: 30,
        resellerId: r.partner.id,
        supportContactId: p.partner.id,
      },
      { providerId: p.partner.id, customerId: direct.id, offerId: "o365-e3", licenses: 12, supportContactId: p.partner.id },
      {
        providerId: p.partner.id,
        customerId: direct.id,
        offerId: "teams-audio-conferencing",
        licenses: 99,
        supportContactId: p.partner.id,
        status: "suspended",
      },
      {
        providerId: stranger.partner.id,
        customerId: elsewhere.id,
        offerId: "o365-e3",
        licenses: 500,
        supportContactId: stranger.partner.id,
      },
    ]);
    expect(await licensesByPartner(p.viewer)).toEqual([
      { label: r.partner.legalName, value: 30 },
      { label: "Direct (no reseller)", value: 12 },
    ]);
    expect(await licensesByPartner(r.viewer)).toEqual([{ label: p.partner.legalName, value: 30 }]);
  });

  it("customers added per month over the last 12 months, empty months included", async () => {
    const p = await makePartner("indirect_provider");
    const db = await testDb();
    const thisMonth = await makeCustomer(p.partner.id);
    const twoMonthsAgo = await makeCustomer(p.partner.id);
    const yearsAgo = await makeCustomer(p.partner.id);
    await makeCustomer(other.partner.id);
    const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 15));
    const { eq } = await import("drizzle-orm");
    await db.update(s.customers).set({ createdAt: at }).where(eq(s.customers.id, twoMonthsAgo.id));
    await db
      .update(s.customers)
      .set({ createdAt: new Date(Date.UTC(now.getUTCFullYear() - 2, 0, 1)) })
      .where(eq(s.customers.id, yearsAgo.id));
    const months = await customersPerMonth(p.viewer, now);
    expect(months).toHaveLength(12);
    expect(months.at(-1)).toMatchObject({ month: now.toISOString().slice(0, 7), value: 1 });
    expect(months.at(-3)).toMatchObject({ month: at.toISOString().slice(0, 7), value: 1 });
    expect(months.reduce((n, m) => n + m.value, 0)).toBe(2);
    expect(thisMonth.providerId).toBe(p.partner.id);
  });
});
