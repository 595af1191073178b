import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { customerForViewer, listCustomers } from "@/db/queries/customers";
import { assignedSubscriptions, subscriptionForViewer, unsafeSubscriptionsOf } from "@/db/queries/subscriptions";
import * as s from "@/db/schema";
import { placeCustomerOrder, saveCustomerDetails, saveCustomerLines } from "@/lib/actions/customer-wizard";
import * as subscriptionActions from "@/lib/actions/subscriptions";
import { exportCustomersCsv } from "@/lib/customer-export";
import { NotFoundError } from "@/lib/errors";
import { actAs, form, makeCustomer, makePartner, relate, testDb } from "../support/db";
import { expectRedirect } from "../support/next";
import { draftDetails, makeSubscription } from "../support/world";

type Org = Awaited<ReturnType<typeof makePartner>>;

describe("the reseller's customers", () => {
  let northwind: Org;
  let fabrikam: Org;
  let reseller: Org;
  let colleague: Org;
  const mine: s.Customer[] = [];
  let notMine: s.Customer;
  beforeAll(async () => {
    [northwind, fabrikam, reseller, colleague] = await Promise.all([
      makePartner("indirect_provider"),
      makePartner("indirect_provider"),
      makePartner("indirect_reseller"),
      makePartner("indirect_reseller"),
    ]);
    for (const [p, r] of [
      [northwind, reseller],
      [fabrikam, reseller],
      [northwind, colleague],
    ] as const)
      await relate(p.partner.id, r.partner.id);
    mine.push(
      await makeCustomer(northwind.partner.id, reseller.partner.id),
      await makeCustomer(northwind.partner.id, reseller.partner.id),
      await makeCustomer(fabrikam.partner.id, reseller.partner.id),
    );
    notMine = await makeCustomer(northwind.partner.id, colleague.partner.id);
    await makeCustomer(northwind.partner.id, null);
  });

  it("lists only the customers associated with it, across its providers, filterable by provider and searchable", async () => {
    const all = await listCustomers(reseller.viewer, {});
    expect(all.rows.map((r) => r.id).sort()).toEqual(mine.map((c) => c.id).sort());
    const viaFabrikam = await listCustomers(reseller.viewer, { provider: fabrikam.partner.id });
    expect(viaFabrikam.rows.map((r) => [r.id, r.providerName])).toEqual([[mine[2]!.id, fabrikam.partner.legalName]]);
    expect((await listCustomers(reseller.viewer, { q: mine[0]!.domain })).rows.map((r) => r.id)).toEqual([mine[0]!.id]);
    // Filtering by another reseller does not widen the scope.
    expect((await listCustomers(reseller.viewer, { reseller: colleague.partner.id })).rows).toHaveLength(0);
    await expect(customerForViewer(reseller.viewer, notMine.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("exports its own customers from its workspace; the provider workspace's export is not found for it", async () => {
    actAs(reseller.viewer);
    const csv = await (
      await exportCustomersCsv(
        new Request(`http://x/reseller/customers/export/customers?provider=${northwind.partner.id}`),
        "customers",
        "reseller",
      )
    ).text();
    expect(csv).toContain(mine[0]!.companyName);
    expect(csv).toContain(mine[1]!.companyName);
    expect(csv).not.toContain(mine[2]!.companyName);
    expect(csv).not.toContain(notMine.companyName);
    expect(
      (await exportCustomersCsv(new Request("http://x/provider/customers/export/customers"), "customers", "provider")).status,
    ).toBe(404);
    actAs(northwind.viewer);
    expect(
      (await exportCustomersCsv(new Request("http://x/reseller/customers/export/customers"), "customers", "reseller")).status,
    ).toBe(404);
  });
});

describe("a reseller never reads another reseller's name (SPEC §4, issue 11 #8)", () => {
  it('shows "Another indirect reseller" on subscription and customer pages and in exports; the provider reads the name', async () => {
    const northwind = await makePartner("indirect_provider");
    const [reseller, colleague] = await Promise.all([makePartner("indirect_reseller"), makePartner("indirect_reseller")]);
    await relate(northwind.partner.id, reseller.partner.id);
    await relate(northwind.partner.id, colleague.partner.id);
    // The colleague's customer, where the reseller is support contact; and the reseller's own customer, whose
    // subscription has the colleague as partner of record and as support contact.
    const theirs = await makeCustomer(northwind.partner.id, colleague.partner.id);
    const supported = await makeSubscription(theirs, "o365-e3", 5, {
      resellerId: colleague.partner.id,
      supportContactId: reseller.partner.id,
    });
    const own = await makeCustomer(northwind.partner.id, reseller.partner.id);
    await makeSubscription(own, "o365-e1", 5, { resellerId: colleague.partner.id, supportContactId: colleague.partner.id });
    const secret = colleague.partner.legalName;

    const detail = await subscriptionForViewer(reseller.viewer, supported.id);
    expect(detail).toMatchObject({
      resellerName: "Another indirect reseller",
      supportContactName: reseller.partner.legalName,
      providerName: northwind.partner.legalName,
    });
    const assigned = await assignedSubscriptions(reseller.viewer, {});
    expect(assigned.rows.find((r) => r.subscription.id === supported.id)?.resellerName).toBe("Another indirect reseller");
    const ownSubs = await unsafeSubscriptionsOf(reseller.viewer, [own.id]);
    expect(ownSubs.map((r) => [r.resellerName, r.supportContactName])).toEqual([
      ["Another indirect reseller", "Another indirect reseller"],
    ]);
    expect(JSON.stringify([detail, assigned, ownSubs, await customerForViewer(reseller.viewer, own.id)])).not.toContain(secret);

    actAs(reseller.viewer);
    for (const kind of ["customers", "subscriptions"]) {
      const csv = await (
        await exportCustomersCsv(new Request(`http://x/reseller/customers/export/${kind}`), kind, "reseller")
      ).text();
      expect(csv).toContain(own.companyName);
      expect(csv).not.toContain(secret);
    }
    expect(
      await (
        await exportCustomersCsv(new Request("http://x/reseller/customers/export/subscriptions"), "subscriptions", "reseller")
      ).text(),
    ).toContain("Another indirect reseller");

    // The provider (and the colleague itself) read the real name.
    expect((await subscriptionForViewer(northwind.viewer, supported.id)).resellerName).toBe(secret);
    expect((await subscriptionForViewer(colleague.viewer, supported.id)).resellerName).toBe(secret);
    expect((await unsafeSubscriptionsOf(northwind.viewer, [own.id]))[0]?.supportContactName).toBe(secret);
  });
});

describe("delegated admin rights", () => {
  let provider: Org;
  let reseller: Org;
  let customer: s.Customer;
  let unassociated: s.Customer;
  beforeAll(async () => {
    [provider, reseller] = await Promise.all([makePartner("indirect_provider"), makePartner("indirect_reseller")]);
    await relate(provider.partner.id, reseller.partner.id);
    customer = await makeCustomer(provider.partner.id, reseller.partner.id);
    unassociated = await makeCustomer(provider.partner.id, null);
  });

  it("changes licenses of its customers' subscriptions, placing the order itself through the customer's provider", async () => {
    const sub = await makeSubscription(customer, "m365-business-standard", 10);
    expect((await subscriptionForViewer(reseller.viewer, sub.id)).adminRights).toBe(true);
    actAs(reseller.viewer);
    expect(
      (await subscriptionActions.changeLicenses(undefined, form({ subscriptionId: sub.id, version: "1", licenses: "301" })))
        .fieldErrors?.licenses?.[0],
    ).toMatch(/1 to 300/);
    expect(
      (await subscriptionActions.changeLicenses(undefined, form({ subscriptionId: sub.id, version: "1", licenses: "14" })))
        .status,
    ).toBe("success");
    const db = await testDb();
    const [order] = await db
      .select()
      .from(s.orders)
      .where(and(eq(s.orders.customerId, customer.id), eq(s.orders.kind, "license_change")));
    expect(order).toMatchObject({
      providerId: provider.partner.id,
      placedBy: reseller.user.id,
      onBehalfOfResellerId: reseller.partner.id,
    });
  });

  it("cannot change the support contact, the reseller of record, the offer or the status, nor add subscriptions or change the customer's reseller", async () => {
    const sub = await makeSubscription(customer, "m365-business-basic", 5, { resellerId: reseller.partner.id });
    actAs(reseller.viewer);
    const ref = { subscriptionId: sub.id, version: "1" };
    const refused = [
      await subscriptionActions.assignSupportContact(undefined, form({ ...ref, supportContactId: reseller.partner.id })),
      await subscriptionActions.changeSubscriptionReseller(undefined, form({ ...ref, resellerId: "" })),
      await subscriptionActions.upgradeSubscription(undefined, form({ ...ref, targetOfferId: "m365-business-standard" })),
      await subscriptionActions.setSubscriptionStatus(undefined, form({ ...ref, status: "suspended" })),
      await subscriptionActions.addSubscription(undefined, form({ customerId: customer.id, offerId: "o365-e3", licenses: "5" })),
      await subscriptionActions.associateCustomerReseller(undefined, form({ customerId: customer.id, resellerId: "" })),
    ];
    expect(refused.map((r) => r.status)).toEqual(Array(6).fill("not_found"));
    const db = await testDb();
    const [unchanged] = await db.select().from(s.subscriptions).where(eq(s.subscriptions.id, sub.id));
    expect(unchanged).toMatchObject({
      version: 1,
      status: "active",
      supportContactId: provider.partner.id,
      resellerId: reseller.partner.id,
    });
  });

  it("sees, read-only, the subscriptions of other customers where it is partner of record or support contact", async () => {
    const asPartner = await makeSubscription(unassociated, "o365-e3", 20, { resellerId: reseller.partner.id });
    const asSupport = await makeSubscription(unassociated, "teams-audio-conferencing", 20, {
      supportContactId: reseller.partner.id,
    });
    const neither = await makeSubscription(unassociated, "defender-endpoint-p1", 20);
    for (const sub of [asPartner, asSupport]) {
      const row = await subscriptionForViewer(reseller.viewer, sub.id);
      expect(row.adminRights).toBe(false);
    }
    await expect(subscriptionForViewer(reseller.viewer, neither.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(customerForViewer(reseller.viewer, unassociated.id)).rejects.toBeInstanceOf(NotFoundError);
    actAs(reseller.viewer);
    expect(
      (await subscriptionActions.changeLicenses(undefined, form({ subscriptionId: asPartner.id, version: "1", licenses: "21" })))
        .status,
    ).toBe("not_found");

    const assigned = await assignedSubscriptions(reseller.viewer, {});
    const byId = new Map(assigned.rows.map((r) => [r.subscription.id, r]));
    expect(byId.get(asPartner.id)?.adminRights).toBe(false);
    expect(byId.get(asSupport.id)?.adminRights).toBe(false);
    expect(byId.has(neither.id)).toBe(false);
    // Its own customers' subscriptions where it is partner of record are listed too, with admin rights.
    expect([...byId.values()].some((r) => r.customer.id === customer.id && r.adminRights)).toBe(true);
    const otherReseller = await makePartner("indirect_reseller");
    expect((await assignedSubscriptions(otherReseller.viewer, {})).rows).toHaveLength(0);
    expect((await assignedSubscriptions(provider.viewer, {})).rows).toHaveLength(0);
  });

  it("the provider keeps full rights over the same subscriptions", async () => {
    const sub = await makeSubscription(unassociated, "exchange-online-archiving", 3, { resellerId: reseller.partner.id });
    expect((await subscriptionForViewer(provider.viewer, sub.id)).adminRights).toBe(true);
    actAs(provider.viewer);
    expect(
      (await subscriptionActions.changeLicenses(undefined, form({ subscriptionId: sub.id, version: "1", licenses: "4" }))).status,
    ).toBe("success");
    const db = await testDb();
    const [order] = await db
      .select()
      .from(s.orders)
      .where(and(eq(s.orders.customerId, unassociated.id), eq(s.orders.kind, "license_change")));
    expect(order).toMatchObject({ placedBy: provider.user.id, onBehalfOfResellerId: reseller.partner.id });
  });
});

describe("adding a customer as a reseller", () => {
  let provider: Org;
  let otherProvider: Org;
  let reseller: Org;
  beforeAll(async () => {
    [provider, otherProvider, reseller] = await Promise.all([
      makePartner("indirect_provider"),
      makePartner("indirect_provider"),
      makePartner("indirect_reseller"),
    ]);
    await relate(provider.partner.id, reseller.partner.id);
  });

  it("chooses one of its active providers first, and the customer is associated with the reseller", async () => {
    actAs(reseller.viewer);
    const refused = await saveCustomerDetails(undefined, form(draftDetails({ providerId: otherProvider.partner.id })));
    expect(refused.fieldErrors?.providerId).toEqual(["Choose one of your indirect providers."]);
    // A reseller cannot associate the customer with someone else: the reseller field is ignored.
    const to = await expectRedirect(
      saveCustomerDetails(
        undefined,
        form(draftDetails({ providerId: provider.partner.id, resellerId: otherProvider.partner.id })),
      ),
    );
    const draftId = /^\/reseller\/customers\/new\/([0-9a-f-]{36})\/subscriptions$/.exec(to)![1]!;
    expect(
      await expectRedirect(saveCustomerLines(undefined, form({ draftId, "offer[]": ["o365-e1"], "licenses.o365-e1": "8" }))),
    ).toBe(`/reseller/customers/new/${draftId}/review`);
    const state = await placeCustomerOrder(undefined, form({ draftId }));
    expect(state.status).toBe("success");
    const { customerId } = state.data as { customerId: string };
    const db = await testDb();
    const [customer] = await db.select().from(s.customers).where(eq(s.customers.id, customerId));
    expect(customer).toMatchObject({
      providerId: provider.partner.id,
      resellerId: reseller.partner.id,
      createdBy: reseller.user.id,
    });
    const [order] = await db.select().from(s.orders).where(eq(s.orders.customerId, customerId));
    expect(order).toMatchObject({
      providerId: provider.partner.id,
      placedBy: reseller.user.id,
      onBehalfOfResellerId: reseller.partner.id,
      kind: "new_customer",
    });
    expect((await listCustomers(reseller.viewer, {})).rows.map((r) => r.id)).toContain(customerId);
    expect((await listCustomers(provider.viewer, { reseller: reseller.partner.id })).rows.map((r) => r.id)).toContain(customerId);
  });

  it("without an active provider it cannot add customers", async () => {
    const loner = await makePartner("indirect_reseller");
    actAs(loner.viewer);
    const state = await saveCustomerDetails(undefined, form(draftDetails({ providerId: provider.partner.id })));
    expect(state.fieldErrors?.providerId).toEqual(["Choose one of your indirect providers."]);
  });
});
