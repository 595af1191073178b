import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { customerForViewer, listCustomers } from "@/db/queries/customers";
import { subscriptionForViewer } from "@/db/queries/subscriptions";
import * as s from "@/db/schema";
import {
  cancelCustomerDraft,
  checkDomainAvailability,
  placeCustomerOrder,
  saveCustomerDetails,
  saveCustomerLines,
} from "@/lib/actions/customer-wizard";
import {
  addSubscription,
  assignSupportContact,
  associateCustomerReseller,
  changeLicenses,
  changeSubscriptionReseller,
  setSubscriptionStatus,
  upgradeSubscription,
} from "@/lib/actions/subscriptions";
import { NotFoundError } from "@/lib/errors";
import { verifyPassword } from "@/lib/password";
import { actAs, activityFor, form, makeCustomer, makePartner, relate, testDb } from "../support/db";
import { lockWaitsDuring } from "../support/concurrency";
import { expectRedirect } from "../support/next";

type Org = Awaited<ReturnType<typeof makePartner>>;

let seq = 0;
function details(overrides: Record<string, string> = {}) {
  seq += 1;
  return {
    companyName: `Wingtip Toys ${seq}`,
    domain: `wingtip${Date.now().toString(36)}${seq}`,
    country: "US",
    addressLine1: "1 Toy Street",
    addressLine2: "",
    city: "Redmond",
    state: "WA",
    postalCode: "98052",
    contactFirstName: "Wendy",
    contactLastName: "Wing",
    contactEmail: "wendy@wingtip.example",
    contactPhone: "+1 425 555 0100",
    language: "en",
    resellerId: "",
    ...overrides,
  };
}

const draftIdFrom = (path: string) => /\/new\/([0-9a-f-]{36})\//.exec(path)![1]!;

/** Runs steps 1 and 2 of the wizard; returns the draft id. */
async function draftFor(
  viewer: Org["viewer"],
  overrides: Record<string, string> = {},
  lines: Record<string, string> = { "o365-e3": "25" },
) {
  actAs(viewer);
  const to = await expectRedirect(saveCustomerDetails(undefined, form(details(overrides))));
  const draftId = draftIdFrom(to);
  const review = await expectRedirect(
    saveCustomerLines(
      undefined,
      form({
        draftId,
        "offer[]": Object.keys(lines),
        ...Object.fromEntries(Object.entries(lines).map(([k, v]) => [`licenses.${k}`, v])),
      }),
    ),
  );
  expect(review).toBe(`/provider/customers/new/${draftId}/review`);
  return draftId;
}

describe("new-customer wizard", () => {
  let provider: Org;
  let reseller: Org;
  let unrelated: Org;
  beforeAll(async () => {
    provider = await makePartner("indirect_provider");
    reseller = await makePartner("indirect_reseller");
    unrelated = await makePartner("indirect_reseller");
    await relate(provider.partner.id, reseller.partner.id);
  });

  it("refuses bad details with field messages and keeps what was typed", async () => {
    actAs(provider.viewer);
    const state = await saveCustomerDetails(
      undefined,
      form(details({ companyName: "!", domain: "-bad-", contactEmail: "nope", country: "XX" })),
    );
    expect(state.status).toBe("invalid");
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["companyName", "contactEmail", "country", "domain"]);
    expect(state.values?.companyName).toBe("!");
    const single = await saveCustomerDetails(undefined, form(details({ companyName: "A" })));
    expect(single.fieldErrors?.companyName?.[0]).toMatch(/more than one character/);
  });

  it("refuses a contact email on the provider's own domain, a taken domain, and a reseller without an active relationship", async () => {
    actAs(provider.viewer);
    const ownDomain = provider.user.email.split("@")[1]!;
    expect(
      (await saveCustomerDetails(undefined, form(details({ contactEmail: `x@${ownDomain}` })))).fieldErrors?.contactEmail,
    ).toBeDefined();
    const existing = await makeCustomer(provider.partner.id);
    const taken = await saveCustomerDetails(
      undefined,
      form(details({ domain: existing.domain.replace(".onmicrosoft.com", "") })),
    );
    expect(taken.fieldErrors?.domain?.[0]).toMatch(/already taken/);
    expect(
      (await saveCustomerDetails(undefined, form(details({ resellerId: unrelated.partner.id })))).fieldErrors?.resellerId,
    ).toBeDefined();
  });

  it("needs at least one offer, and licenses within each offer's limits", async () => {
    actAs(provider.viewer);
    const draftId = draftIdFrom(await expectRedirect(saveCustomerDetails(undefined, form(details()))));
    expect((await saveCustomerLines(undefined, form({ draftId }))).fieldErrors?.offer).toEqual(["Choose at least one offer."]);
    const low = await saveCustomerLines(undefined, form({ draftId, "offer[]": ["o365-e3"], "licenses.o365-e3": "2" }));
    expect(low.fieldErrors?.["licenses.o365-e3"]?.[0]).toMatch(/5 to 10000/);
    const notNumber = await saveCustomerLines(undefined, form({ draftId, "offer[]": ["o365-e3"], "licenses.o365-e3": "lots" }));
    expect(notNumber.fieldErrors?.["licenses.o365-e3"]).toBeDefined();
  });

  it("Submit creates customer, admin account with a one-time password, order and subscriptions in one go", async () => {
    const draftId = await draftFor(
      provider.viewer,
      { resellerId: reseller.partner.id },
      { "o365-e3": "25", "teams-audio-conferencing": "5" },
    );
    const state = await placeCustomerOrder(undefined, form({ draftId }));
    expect(state.status).toBe("success");
    const setup = state.data as { customerId: string; adminEmail: string; temporaryPassword: string };
    expect(setup.temporaryPassword.length).toBeGreaterThanOrEqual(16);
    const db = await testDb();
    const [customer] = await db.select().from(s.customers).where(eq(s.customers.id, setup.customerId));
    expect(customer).toMatchObject({ providerId: provider.partner.id, resellerId: reseller.partner.id });
    expect(setup.adminEmail).toBe(`admin@${customer!.domain}`);
    const [admin] = await db.select().from(s.users).where(eq(s.users.customerId, customer!.id));
    expect(admin).toMatchObject({ role: "customer_admin", mustChangePassword: true, email: setup.adminEmail });
    // Only the hash is stored.
    expect(admin!.passwordHash).not.toContain(setup.temporaryPassword);
    expect(await verifyPassword(admin!.passwordHash, setup.temporaryPassword)).toBe(true);
    const subs = await db.select().from(s.subscriptions).where(eq(s.subscriptions.customerId, customer!.id));
    expect(subs.map((x) => [x.offerId, x.licenses, x.resellerId, x.supportContactId]).sort()).toEqual(
      [
        ["o365-e3", 25, reseller.partner.id, provider.partner.id],
        ["teams-audio-conferencing", 5, reseller.partner.id, provider.partner.id],
      ].sort(),
    );
    const [order] = await db.select().from(s.orders).where(eq(s.orders.customerId, customer!.id));
    expect(order).toMatchObject({
      kind: "new_customer",
      placedBy: provider.user.id,
      onBehalfOfResellerId: reseller.partner.id,
      idempotencyKey: `customer-draft:${draftId}`,
    });
    const lines = await db.select().from(s.orderLines).where(eq(s.orderLines.orderId, order!.id));
    expect(lines.every((l) => l.partnerOfRecordId === reseller.partner.id && l.subscriptionId)).toBe(true);
    const activity = await db.select().from(s.activityRecords).where(eq(s.activityRecords.customerId, customer!.id));
    expect(activity.map((a) => a.action).sort()).toEqual([
      "customer.create",
      "subscription.create",
      "subscription.create",
      "user.create",
    ]);
    // The draft is spent: submitting again creates nothing and never shows the password again.
    const again = await placeCustomerOrder(undefined, form({ draftId }));
    expect(again.data).toEqual({ alreadySubmitted: true, customerId: customer!.id });
    expect(JSON.stringify(again)).not.toContain(setup.temporaryPassword);
  });

  it("20 concurrent submits of one draft create exactly one customer", async () => {
    const draftId = await draftFor(provider.viewer);
    const { result: results, lockWaits } = await lockWaitsDuring({ table: "customer_drafts", id: draftId }, 5, () =>
      Promise.all(Array.from({ length: 20 }, () => placeCustomerOrder(undefined, form({ draftId })))),
    );
    // On PostgreSQL (a pool of 5) every pooled connection's submit waited on the draft row before one claimed it.
    if (lockWaits !== null) expect(lockWaits).toBeGreaterThanOrEqual(5);
    const created = results.filter((r) => r.data && "temporaryPassword" in r.data);
    expect(created).toHaveLength(1);
    expect(results.filter((r) => r.data && "alreadySubmitted" in r.data)).toHaveLength(19);
    const db = await testDb();
    const [draft] = await db.select().from(s.customerDrafts).where(eq(s.customerDrafts.id, draftId));
    const customers = await db.select().from(s.customers).where(eq(s.customers.id, draft!.customerId!));
    expect(customers).toHaveLength(1);
    expect(
      await db
        .select()
        .from(s.orders)
        .where(eq(s.orders.idempotencyKey, `customer-draft:${draftId}`)),
    ).toHaveLength(1);
  });

  it("a domain taken between the steps and Submit is refused, and nothing is saved", async () => {
    const draftId = await draftFor(provider.viewer);
    const db = await testDb();
    const [draft] = await db.select().from(s.customerDrafts).where(eq(s.customerDrafts.id, draftId));
    const domain = `${draft!.data.details!.domain}.onmicrosoft.com`;
    const squatter = await makeCustomer(provider.partner.id);
    await db.update(s.customers).set({ domain }).where(eq(s.customers.id, squatter.id));
    const state = await placeCustomerOrder(undefined, form({ draftId }));
    expect(state.fieldErrors?.domain?.[0]).toMatch(/already taken/);
    const [after] = await db.select().from(s.customerDrafts).where(eq(s.customerDrafts.id, draftId));
    expect(after!.submittedAt).toBeNull();
  });

  it("Cancel throws the draft away; drafts are private to their user", async () => {
    const draftId = await draftFor(provider.viewer);
    const colleague = await makePartner("indirect_provider");
    actAs({ ...colleague.viewer });
    expect((await placeCustomerOrder(undefined, form({ draftId }))).status).toBe("not_found");
    expect((await cancelCustomerDraft(undefined, form({ draftId }))).status).toBe("not_found");
    actAs(provider.viewer);
    expect(await expectRedirect(cancelCustomerDraft(undefined, form({ draftId })))).toBe("/provider/customers/new");
    const db = await testDb();
    expect(await db.select().from(s.customerDrafts).where(eq(s.customerDrafts.id, draftId))).toHaveLength(0);
    expect((await placeCustomerOrder(undefined, form({ draftId }))).status).toBe("not_found");
    // A second Cancel (a double click) finds nothing left to throw away.
    expect((await cancelCustomerDraft(undefined, form({ draftId }))).status).toBe("not_found");
  });

  it("resellers, customers and the operator cannot use the provider wizard for another provider", async () => {
    actAs(unrelated.viewer);
    const state = await saveCustomerDetails(undefined, form({ ...details(), providerId: provider.partner.id }));
    expect(state.fieldErrors?.providerId).toBeDefined();
  });
});

describe("domain availability", () => {
  it("answers only a signed-in role that may create customers and has no pending password change", async () => {
    const provider = await makePartner("indirect_provider");
    actAs(provider.viewer);
    expect(await checkDomainAvailability("fresh-domain-check")).toMatchObject({ available: true });
    actAs({ ...provider.viewer, mustChangePassword: true });
    expect(await checkDomainAvailability("fresh-domain-check")).toEqual({ available: false, message: "" });
    actAs(null);
    expect(await checkDomainAvailability("fresh-domain-check")).toEqual({ available: false, message: "" });
  });
});

describe("customers list", () => {
  let provider: Org;
  let reseller: Org;
  beforeAll(async () => {
    provider = await makePartner("indirect_provider");
    reseller = await makePartner("indirect_reseller");
    await relate(provider.partner.id, reseller.partner.id);
    for (let i = 0; i < 30; i++) await makeCustomer(provider.partner.id, i % 3 === 0 ? reseller.partner.id : null);
  });

  it("pages with a keyset cursor, in name order, without repeats", async () => {
    const first = await listCustomers(provider.viewer, {});
    expect(first.rows).toHaveLength(25);
    expect(first.next).toBeDefined();
    const second = await listCustomers(provider.viewer, { after: first.next });
    expect(second.rows).toHaveLength(5);
    expect(second.next).toBeUndefined();
    const names = [...first.rows, ...second.rows].map((r) => r.companyName.toLowerCase());
    expect(names).toEqual([...names].sort());
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(30);
  });

  it("reads a malformed or foreign cursor as the first page, and a 36-character id that is no UUID as not found", async () => {
    const first = await listCustomers(provider.viewer, {});
    const notUuid = "-".repeat(36);
    const forged = Buffer.from(JSON.stringify(["a", notUuid])).toString("base64url");
    for (const after of [forged, "bm9uc2Vuc2U", "%%%"]) {
      expect((await listCustomers(provider.viewer, { after })).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    }
    await expect(customerForViewer(provider.viewer, notUuid)).rejects.toThrow(NotFoundError);
    await expect(subscriptionForViewer(provider.viewer, notUuid)).rejects.toThrow(NotFoundError);
    actAs(provider.viewer);
    expect(await associateCustomerReseller(undefined, form({ customerId: notUuid, resellerId: "" }))).toMatchObject({
      status: "invalid",
    });
  });

  it("filters by indirect reseller (or none) and searches name or domain", async () => {
    expect((await listCustomers(provider.viewer, { reseller: reseller.partner.id })).rows).toHaveLength(10);
    expect((await listCustomers(provider.viewer, { reseller: "none" })).rows).toHaveLength(20);
    const one = (await listCustomers(provider.viewer, {})).rows[3]!;
    expect((await listCustomers(provider.viewer, { q: one.domain.slice(0, 9) })).rows.map((r) => r.id)).toEqual([one.id]);
    expect((await listCustomers(provider.viewer, { q: "%" })).rows).toHaveLength(0);
  });

  it("shows nothing of another provider, and a reseller only its associated customers", async () => {
    const other = await makePartner("indirect_provider");
    expect((await listCustomers(other.viewer, {})).rows).toHaveLength(0);
    expect((await listCustomers(reseller.viewer, {})).rows).toHaveLength(10);
    const foreign = (await listCustomers(provider.viewer, { reseller: "none" })).rows[0]!;
    await expect(customerForViewer(other.viewer, foreign.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(customerForViewer(reseller.viewer, foreign.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("subscriptions", () => {
  let provider: Org;
  let reseller: Org;
  let other: Org;
  let customer: s.Customer;
  beforeAll(async () => {
    provider = await makePartner("indirect_provider");
    reseller = await makePartner("indirect_reseller");
    other = await makePartner("indirect_provider");
    await relate(provider.partner.id, reseller.partner.id);
    customer = await makeCustomer(provider.partner.id, reseller.partner.id);
  });

  async function subscribe(offerId: string, licenses: string, resellerId = "") {
    actAs(provider.viewer);
    const to = await expectRedirect(addSubscription(undefined, form({ customerId: customer.id, offerId, licenses, resellerId })));
    const id = new URL(to, "http://x").searchParams.get("added")!;
    const db = await testDb();
    return (await db.select().from(s.subscriptions).where(eq(s.subscriptions.id, id)))[0]!;
  }

  it("adds a subscription with a reseller of record and the provider as support contact", async () => {
    const sub = await subscribe("m365-business-basic", "10", reseller.partner.id);
    expect(sub).toMatchObject({
      licenses: 10,
      resellerId: reseller.partner.id,
      supportContactId: provider.partner.id,
      status: "active",
    });
    expect((await activityFor(sub.id)).map((a) => a.action)).toEqual(["subscription.create"]);
  });

  it("refuses licenses outside the limits and a second one-per-customer offer", async () => {
    actAs(provider.viewer);
    const tooFew = await addSubscription(undefined, form({ customerId: customer.id, offerId: "o365-e1", licenses: "3" }));
    expect(tooFew).toMatchObject({
      status: "invalid",
      fieldErrors: { licenses: [expect.stringMatching(/^Office 365 E1 allows \d+ to \d+ licenses/) as string] },
    });
    const db = await testDb();
    expect(
      await db
        .select()
        .from(s.subscriptions)
        .where(and(eq(s.subscriptions.customerId, customer.id), eq(s.subscriptions.offerId, "o365-e1"))),
    ).toEqual([]);
    await subscribe("entra-id-governance", "1");
    const second = await addSubscription(
      undefined,
      form({ customerId: customer.id, offerId: "entra-id-governance", licenses: "1" }),
    );
    expect(second.fieldErrors?.offerId?.[0]).toMatch(/only one subscription per customer/);
  });

  it("assigns the support contact to an active reseller and back, never to an unrelated one", async () => {
    const sub = await subscribe("defender-endpoint-p1", "10");
    const stranger = await makePartner("indirect_reseller");
    actAs(provider.viewer);
    expect(
      await assignSupportContact(
        undefined,
        form({ subscriptionId: sub.id, version: "1", supportContactId: stranger.partner.id }),
      ),
    ).toMatchObject({
      status: "invalid",
      fieldErrors: { supportContactId: ["Choose one of your active indirect resellers."] },
    });
    expect((await subscriptionForViewer(provider.viewer, sub.id)).subscription).toMatchObject({
      supportContactId: provider.partner.id,
      version: 1,
    });
    expect(
      (
        await assignSupportContact(
          undefined,
          form({ subscriptionId: sub.id, version: "1", supportContactId: reseller.partner.id }),
        )
      ).status,
    ).toBe("success");
    const { subscription } = await subscriptionForViewer(provider.viewer, sub.id);
    expect(subscription).toMatchObject({ supportContactId: reseller.partner.id, version: 2 });
    // The reseller now sees it as its support contact.
    await expect(subscriptionForViewer(reseller.viewer, sub.id)).resolves.toBeDefined();
  });

  it("refuses an edit made against an older version (two agents on one subscription)", async () => {
    const sub = await subscribe("exchange-online-archiving", "10");
    actAs(provider.viewer);
    expect((await changeLicenses(undefined, form({ subscriptionId: sub.id, version: "1", licenses: "12" }))).status).toBe(
      "success",
    );
    const stale = await changeLicenses(undefined, form({ subscriptionId: sub.id, version: "1", licenses: "20" }));
    expect(stale).toMatchObject({ status: "invalid" });
    expect(stale.message).toMatch(/changed this subscription meanwhile/);
    expect((await subscriptionForViewer(provider.viewer, sub.id)).subscription.licenses).toBe(12);
  });

  it("changes licenses within limits and records an order", async () => {
    const sub = await subscribe("m365-business-standard", "10");
    actAs(provider.viewer);
    const db = await testDb();
    const licenseOrders = () =>
      db
        .select()
        .from(s.orders)
        .where(and(eq(s.orders.customerId, customer.id), eq(s.orders.kind, "license_change")));
    const before = (await licenseOrders()).map((o) => o.id);
    expect(await changeLicenses(undefined, form({ subscriptionId: sub.id, version: "1", licenses: "301" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { licenses: [expect.stringMatching(/allows \d+ to 300 licenses/) as string] },
    });
    expect((await licenseOrders()).map((o) => o.id)).toEqual(before);
    expect((await changeLicenses(undefined, form({ subscriptionId: sub.id, version: "1", licenses: "15" }))).status).toBe(
      "success",
    );
    const placed = (await licenseOrders()).filter((o) => !before.includes(o.id));
    expect(placed).toEqual([expect.objectContaining({ placedBy: provider.user.id, providerId: provider.partner.id })]);
    const lines = await db.select().from(s.orderLines).where(eq(s.orderLines.orderId, placed[0]!.id));
    expect(lines).toEqual([expect.objectContaining({ offerId: "m365-business-standard", quantity: 15, subscriptionId: sub.id })]);
  });

  it("upgrades only while active, only along the upgrade path, never to an offer already owned", async () => {
    const sub = await subscribe("o365-e1", "10");
    actAs(provider.viewer);
    expect(
      (
        await upgradeSubscription(
          undefined,
          form({ subscriptionId: sub.id, version: "1", targetOfferId: "m365-business-premium" }),
        )
      ).fieldErrors?.targetOfferId,
    ).toBeDefined();
    await subscribe("o365-e5", "10");
    expect(
      (await upgradeSubscription(undefined, form({ subscriptionId: sub.id, version: "1", targetOfferId: "o365-e5" }))).fieldErrors
        ?.targetOfferId?.[0],
    ).toMatch(/already has/);
    expect(
      (await setSubscriptionStatus(undefined, form({ subscriptionId: sub.id, version: "1", status: "suspended" }))).status,
    ).toBe("success");
    expect(
      (await upgradeSubscription(undefined, form({ subscriptionId: sub.id, version: "2", targetOfferId: "o365-e3" }))).fieldErrors
        ?.targetOfferId?.[0],
    ).toMatch(/active/);
    expect(
      (await setSubscriptionStatus(undefined, form({ subscriptionId: sub.id, version: "2", status: "active" }))).status,
    ).toBe("success");
    expect(
      (await upgradeSubscription(undefined, form({ subscriptionId: sub.id, version: "3", targetOfferId: "o365-e3" }))).status,
    ).toBe("success");
    const { subscription } = await subscriptionForViewer(provider.viewer, sub.id);
    expect(subscription).toMatchObject({ offerId: "o365-e3", licenses: 10 });
  });

  it("changes the reseller of record and the customer's reseller", async () => {
    const sub = await subscribe("defender-endpoint-p2", "10");
    actAs(provider.viewer);
    expect(
      (
        await changeSubscriptionReseller(
          undefined,
          form({ subscriptionId: sub.id, version: "1", resellerId: reseller.partner.id }),
        )
      ).status,
    ).toBe("success");
    expect((await associateCustomerReseller(undefined, form({ customerId: customer.id, resellerId: "" }))).status).toBe(
      "success",
    );
    expect((await customerForViewer(provider.viewer, customer.id)).customer.resellerId).toBeNull();
    expect(
      (await associateCustomerReseller(undefined, form({ customerId: customer.id, resellerId: reseller.partner.id }))).status,
    ).toBe("success");
  });

  it("a reseller with admin rights changes licenses, and nothing else", async () => {
    const sub = await subscribe("m365-business-premium", "10");
    actAs(reseller.viewer);
    expect((await changeLicenses(undefined, form({ subscriptionId: sub.id, version: "1", licenses: "11" }))).status).toBe(
      "success",
    );
    const db = await testDb();
    const [order] = await db
      .select()
      .from(s.orders)
      .where(and(eq(s.orders.customerId, customer.id), eq(s.orders.placedBy, reseller.user.id)));
    expect(order).toMatchObject({
      providerId: provider.partner.id,
      onBehalfOfResellerId: reseller.partner.id,
      kind: "license_change",
    });
    expect(
      (
        await assignSupportContact(
          undefined,
          form({ subscriptionId: sub.id, version: "2", supportContactId: reseller.partner.id }),
        )
      ).status,
    ).toBe("not_found");
    expect(
      (await changeSubscriptionReseller(undefined, form({ subscriptionId: sub.id, version: "2", resellerId: "" }))).status,
    ).toBe("not_found");
  });

  it("outsiders get not found for every subscription and customer action", async () => {
    const sub = await subscribe("teams-audio-conferencing", "5");
    const unrelated = await makePartner("indirect_reseller");
    for (const viewer of [other.viewer, unrelated.viewer]) {
      actAs(viewer);
      const ref = { subscriptionId: sub.id, version: "1" };
      const results = [
        await addSubscription(undefined, form({ customerId: customer.id, offerId: "o365-e3", licenses: "5" })),
        await assignSupportContact(undefined, form({ ...ref, supportContactId: viewer.partnerId })),
        await changeLicenses(undefined, form({ ...ref, licenses: "6" })),
        await upgradeSubscription(undefined, form({ ...ref, targetOfferId: "o365-e3" })),
        await changeSubscriptionReseller(undefined, form({ ...ref, resellerId: "" })),
        await setSubscriptionStatus(undefined, form({ ...ref, status: "suspended" })),
        await associateCustomerReseller(undefined, form({ customerId: customer.id, resellerId: "" })),
      ];
      for (const r of results) expect(r.status).toBe("not_found");
    }
    const db = await testDb();
    const [unchanged] = await db
      .select()
      .from(s.subscriptions)
      .where(inArray(s.subscriptions.id, [sub.id]));
    expect(unchanged).toMatchObject({ licenses: 5, status: "active", version: 1 });
  });
});
