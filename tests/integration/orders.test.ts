import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { inTransaction } from "@/db/index";
import { listOrders, recordOrder, type OrderFilter } from "@/db/queries/orders";
import * as s from "@/db/schema";
import { addSubscription, changeLicenses, upgradeSubscription } from "@/lib/actions/subscriptions";
import type { Viewer } from "@/lib/viewer";
import { translatorFor } from "@/lib/i18n/server";
import { exportOrdersCsv } from "@/lib/order-export";
import { placedByText } from "@/lib/order-text";
import { orderListSchema } from "@/lib/validation/orders";
import { actAs, form, makeCustomer, makeOperator, makePartner, relate, testDb } from "../support/db";
import { expectRedirect } from "../support/next";
import { makeAgent, makeSubscription, makeUser } from "../support/world";

type Org = Awaited<ReturnType<typeof makePartner>>;

/** "Placed by" as an English reader reads it. */
const placedBy = (o: { placedBy: Parameters<typeof placedByText>[0] }) => placedByText(o.placedBy, translatorFor("en"));

async function all(viewer: Viewer, f: OrderFilter = {}) {
  const rows = [];
  let after: string | undefined;
  do {
    const page = await listOrders(viewer, { ...f, after });
    rows.push(...page.rows);
    after = page.next;
  } while (after);
  return rows;
}

/**
 * Northwind with Adatum; Contoso (associated with Adatum) and Proseware (not); Fabrikam with its own
 * customer. Orders placed through the real actions: Northwind's sales agent adds a subscription for
 * Proseware on behalf of Adatum, Adatum changes Contoso's licenses, Northwind upgrades Contoso's.
 */
describe("order history", () => {
  let northwind: Org, adatum: Org, fabrikam: Org;
  let contoso: s.Customer, proseware: s.Customer, wideWorld: s.Customer;
  let sales: Viewer;
  beforeAll(async () => {
    [northwind, adatum, fabrikam] = await Promise.all([
      makePartner("indirect_provider", "Northwind"),
      makePartner("indirect_reseller", "Adatum"),
      makePartner("indirect_provider", "Fabrikam"),
    ]);
    await relate(northwind.partner.id, adatum.partner.id);
    contoso = await makeCustomer(northwind.partner.id, adatum.partner.id);
    proseware = await makeCustomer(northwind.partner.id, null);
    wideWorld = await makeCustomer(fabrikam.partner.id, null);
    const sub = await makeSubscription(contoso, "m365-business-standard", 10);
    sales = await makeAgent(northwind, "sales_agent");
    actAs(sales);
    await expectRedirect(
      addSubscription(
        undefined,
        form({ customerId: proseware.id, offerId: "o365-e3", licenses: "30", resellerId: adatum.partner.id }),
      ),
    );
    actAs(adatum.viewer);
    expect((await changeLicenses(undefined, form({ subscriptionId: sub.id, version: "1", licenses: "15" }))).status).toBe(
      "success",
    );
    actAs(northwind.viewer);
    expect(
      (
        await upgradeSubscription(
          undefined,
          form({ subscriptionId: sub.id, version: "2", targetOfferId: "m365-business-premium" }),
        )
      ).status,
    ).toBe("success");
    actAs(fabrikam.viewer);
    await expectRedirect(
      addSubscription(undefined, form({ customerId: wideWorld.id, offerId: "o365-e1", licenses: "5", resellerId: "" })),
    );
  });

  it("the provider sees every order of its customers, newest first, with its lines and who placed it", async () => {
    const rows = await all(northwind.viewer);
    expect(rows.map((o) => [o.kind, o.customerName])).toEqual([
      ["upgrade", contoso.companyName],
      ["license_change", contoso.companyName],
      ["new_subscription", proseware.companyName],
    ]);
    const [upgrade, licenses, added] = rows;
    expect(placedBy(licenses!)).toBe("Adatum admin · Adatum through Northwind");
    expect(placedBy(added!)).toBe(`${sales.name} · Northwind for Adatum`);
    expect(placedBy(upgrade!)).toBe("Northwind admin · Northwind");
    expect(licenses!.lines).toEqual([
      { offerName: "Microsoft 365 Business Standard", quantity: 15, subscriptionId: expect.any(String) as string },
    ]);
    expect(upgrade!.lines[0]!.offerName).toBe("Microsoft 365 Business Premium");
    expect(rows.every((o) => o.status === "completed")).toBe(true);
  });

  it("every role sees exactly the orders in its scope", async () => {
    const kinds = async (v: Viewer) => (await all(v)).map((o) => `${o.kind}:${o.customerId}`).sort();
    // The reseller: those of the customer associated with it (not Proseware's, though placed for it).
    expect(await kinds(adatum.viewer)).toEqual([`license_change:${contoso.id}`, `upgrade:${contoso.id}`].sort());
    expect(await kinds(await makeUser("customer_admin", contoso))).toEqual(
      [`license_change:${contoso.id}`, `upgrade:${contoso.id}`].sort(),
    );
    expect(await kinds(await makeUser("customer_admin", proseware))).toEqual([`new_subscription:${proseware.id}`]);
    expect(await kinds(fabrikam.viewer)).toEqual([`new_subscription:${wideWorld.id}`]);
    expect(await kinds(await makeAgent(northwind, "helpdesk_agent"))).toHaveLength(3);
    expect(await kinds((await makeOperator()).viewer)).toEqual([]);
    // Naming another organisation's customer finds nothing.
    expect(await all(northwind.viewer, { customer: wideWorld.id })).toEqual([]);
  });

  it("filters by customer, reseller, kind and date range", async () => {
    expect((await all(northwind.viewer, { customer: proseware.id })).map((o) => o.kind)).toEqual(["new_subscription"]);
    // The reseller an order was placed by or for (the upgrade of a subscription without partner of record: none).
    expect((await all(northwind.viewer, { reseller: adatum.partner.id })).map((o) => o.kind).sort()).toEqual([
      "license_change",
      "new_subscription",
    ]);
    expect((await all(northwind.viewer, { reseller: "none" })).map((o) => o.kind)).toEqual(["upgrade"]);
    expect((await all(northwind.viewer, { kind: "license_change" })).map((o) => o.customerId)).toEqual([contoso.id]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await all(northwind.viewer, { from: today, to: today })).toHaveLength(3);
    expect(await all(northwind.viewer, { to: "2020-01-01" })).toEqual([]);
    expect(await all(northwind.viewer, { from: "2999-01-01" })).toEqual([]);
    // Days PostgreSQL cannot read (year 0) or nobody means are no filter, never a failed query.
    expect(orderListSchema.parse({ from: "0000-01-01", to: "9999-12-31", kind: "x" })).toEqual({});
  });

  it("pages through orders of the same instant exactly once each (keyset on the exact timestamp)", async () => {
    const lamna = await makeCustomer(northwind.partner.id, null);
    // 60 orders in one transaction share now(): only the id orders them.
    await inTransaction(async () => {
      for (let i = 0; i < 60; i++) {
        await recordOrder(
          {
            providerId: northwind.partner.id,
            customerId: lamna.id,
            kind: "new_subscription",
            placedBy: northwind.viewer.id,
            onBehalfOfResellerId: null,
          },
          [{ offerId: "o365-e1", quantity: i + 1, partnerOfRecordId: null }],
        );
      }
    });
    const first = await listOrders(northwind.viewer, { customer: lamna.id });
    expect(first.rows).toHaveLength(25);
    expect(first.next).toBeDefined();
    const rows = await all(northwind.viewer, { customer: lamna.id });
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((o) => o.id)).size).toBe(60);
    expect(rows.map((o) => o.lines[0]!.quantity).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    // A tampered cursor is the first page.
    expect((await listOrders(northwind.viewer, { customer: lamna.id, after: "garbage" })).rows.map((o) => o.id)).toEqual(
      first.rows.map((o) => o.id),
    );
  });

  it("exports the filtered orders as CSV from the viewer's own workspace only", async () => {
    actAs(northwind.viewer);
    const response = await exportOrdersCsv(new Request(`http://x/provider/orders/export?kind=license_change`), "provider");
    const csv = await response.text();
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("License change");
    expect(lines[1]).toContain("15 × Microsoft 365 Business Standard");
    expect(lines[1]).toContain("Adatum admin · Adatum through Northwind");
    expect((await exportOrdersCsv(new Request("http://x/reseller/orders/export"), "reseller")).status).toBe(404);
    actAs((await makeOperator()).viewer);
    expect((await exportOrdersCsv(new Request("http://x/provider/orders/export"), "provider")).status).toBe(404);
  });

  it("exports with headers, kinds and who placed each in the requesting user's language (zh-TW), data as stored, still CSV-injection safe", async () => {
    // A company name a spreadsheet would run as a formula.
    const evil = await makeCustomer(northwind.partner.id, adatum.partner.id);
    await (await testDb()).update(s.customers).set({ companyName: '=HYPERLINK("http://x")' }).where(eq(s.customers.id, evil.id));
    await inTransaction(() =>
      recordOrder(
        {
          providerId: northwind.partner.id,
          customerId: evil.id,
          kind: "license_change",
          placedBy: northwind.viewer.id,
          onBehalfOfResellerId: adatum.partner.id,
        },
        [{ offerId: "o365-e1", quantity: 4, partnerOfRecordId: adatum.partner.id }],
      ),
    );
    actAs({ ...northwind.viewer, locale: "zh-TW" });
    const response = await exportOrdersCsv(new Request(`http://x/provider/orders/export?kind=license_change`), "provider");
    const [header, ...rows] = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(header).toBe("訂單識別碼,下單時間 (UTC),類型,狀態,客戶識別碼,公司名稱,下單者,間接經銷商,明細");
    expect(rows).toHaveLength(2);
    const mine = rows.find((r) => r.includes(evil.id))!;
    expect(mine).toContain(
      `,授權變更,completed,${evil.id},"'=HYPERLINK(""http://x"")",Northwind admin · Northwind (代表 Adatum),Adatum,4 × Office 365 E1`,
    );
    expect(rows.find((r) => !r.includes(evil.id))).toContain("Adatum admin · Adatum (透過 Northwind)");
    // The same export for an English reader: the headers as they always were.
    actAs(northwind.viewer);
    const english = await (
      await exportOrdersCsv(new Request(`http://x/provider/orders/export?kind=license_change`), "provider")
    ).text();
    expect(english.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
      "Order ID,Placed at (UTC),Kind,Status,Customer ID,Company name,Placed by,Indirect reseller,Lines",
    );
    expect(english).toContain("Northwind admin · Northwind for Adatum");
  });

  it("a reseller never reads the name of another reseller, or of its user, in an order of its customer (page and CSV)", async () => {
    const tailspin = await makePartner("indirect_reseller", "Tailspin");
    await relate(northwind.partner.id, tailspin.partner.id);
    const lucerne = await makeCustomer(northwind.partner.id, adatum.partner.id);
    // An older order of this customer, placed by Tailspin's user on its own behalf (the customer was Tailspin's then).
    await inTransaction(() =>
      recordOrder(
        {
          providerId: northwind.partner.id,
          customerId: lucerne.id,
          kind: "new_subscription",
          placedBy: tailspin.viewer.id,
          onBehalfOfResellerId: tailspin.partner.id,
        },
        [{ offerId: "o365-e1", quantity: 3, partnerOfRecordId: tailspin.partner.id }],
      ),
    );
    const [seenByAdatum] = await all(adatum.viewer, { customer: lucerne.id });
    expect(placedBy(seenByAdatum!)).toBe("Another indirect reseller through Northwind");
    expect(seenByAdatum!.onBehalfOfName).toBe("Another indirect reseller");
    expect(JSON.stringify(seenByAdatum)).not.toContain("Tailspin");
    actAs(adatum.viewer);
    const csv = await (
      await exportOrdersCsv(new Request(`http://x/reseller/orders/export?customer=${lucerne.id}`), "reseller")
    ).text();
    expect(csv).toContain("Another indirect reseller");
    expect(csv).not.toContain("Tailspin");
    // In zh-TW, the stand-in is worded in the reader's language too, on the page's rows and in the CSV.
    actAs({ ...adatum.viewer, locale: "zh-TW" });
    const zhCsv = await (
      await exportOrdersCsv(new Request(`http://x/reseller/orders/export?customer=${lucerne.id}`), "reseller")
    ).text();
    expect(zhCsv).toContain("另一個間接經銷商 (透過 Northwind)");
    expect(zhCsv).not.toMatch(/Another indirect reseller|Tailspin/);
    // The provider reads every name.
    const [seenByNorthwind] = await all(northwind.viewer, { customer: lucerne.id });
    expect(placedBy(seenByNorthwind!)).toBe("Tailspin admin · Tailspin through Northwind");
  });
});
