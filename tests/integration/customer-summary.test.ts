/**
 * An expanded row of the Customers list (…/customers/[id]/summary): the customer's subscriptions for the
 * provider and for its associated reseller, the list's count column beside it, and a 404 for everyone else —
 * another provider, an unrelated reseller, a customer id that is not one, the signed out, a pending password.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as providerSummary } from "@/app/provider/customers/[id]/summary/route";
import { GET as resellerSummary } from "@/app/reseller/customers/[id]/summary/route";
import { listCustomers } from "@/db/queries/customers";
import * as s from "@/db/schema";
import type { CustomerSummary } from "@/lib/customer-summary";
import { actAs, makeCustomer, makePartner, relate, testDb } from "../support/db";

type Org = Awaited<ReturnType<typeof makePartner>>;
let provider: Org;
let otherProvider: Org;
let reseller: Org;
let unrelated: Org;
let customer: Awaited<ReturnType<typeof makeCustomer>>;
let bare: Awaited<ReturnType<typeof makeCustomer>>;
const subscriptionIds: string[] = [];

async function summary(workspace: "provider" | "reseller", id: string) {
  const GET = workspace === "provider" ? providerSummary : resellerSummary;
  const res = await GET(new Request(`http://localhost/${workspace}/customers/${id}/summary`), {
    params: Promise.resolve({ id }),
  });
  return { status: res.status, body: res.status === 200 ? ((await res.json()) as CustomerSummary) : null };
}

describe("the Customers list's expanded row", () => {
  beforeAll(async () => {
    provider = await makePartner("indirect_provider");
    otherProvider = await makePartner("indirect_provider");
    reseller = await makePartner("indirect_reseller");
    unrelated = await makePartner("indirect_reseller");
    await relate(provider.partner.id, reseller.partner.id);
    customer = await makeCustomer(provider.partner.id, reseller.partner.id);
    bare = await makeCustomer(provider.partner.id);
    const db = await testDb();
    const rows = await db
      .insert(s.subscriptions)
      .values([
        {
          providerId: provider.partner.id,
          customerId: customer.id,
          offerId: "o365-e1",
          licenses: 7,
          supportContactId: provider.partner.id,
        },
        {
          providerId: provider.partner.id,
          customerId: customer.id,
          offerId: "o365-e1",
          licenses: 5,
          status: "suspended",
          resellerId: reseller.partner.id,
          supportContactId: reseller.partner.id,
        },
      ])
      .returning({ id: s.subscriptions.id });
    subscriptionIds.push(...rows.map((r) => r.id));
  });

  it("shows the provider the customer's subscriptions, with links to them and Add subscription", async () => {
    actAs(provider.viewer);
    const { status, body } = await summary("provider", customer.id);
    expect(status).toBe(200);
    expect(body!.subscriptions).toHaveLength(2);
    expect(body!.subscriptions.map((x) => x.id).sort()).toEqual([...subscriptionIds].sort());
    for (const x of body!.subscriptions) expect(x.href).toBe(`/provider/subscriptions/${x.id}`);
    expect(body!.subscriptions.map((x) => [x.licenses, x.status]).sort()).toEqual([
      [5, "suspended"],
      [7, "active"],
    ]);
    expect(body!.subscriptions[0]!.offerName).toMatch(/\S/);
    expect(body!.addHref).toBe(`/provider/customers/${customer.id}/subscriptions/new`);
    expect(await summary("provider", bare.id)).toEqual({
      status: 200,
      body: { subscriptions: [], addHref: `/provider/customers/${bare.id}/subscriptions/new` },
    });
  });

  it("counts each row's subscriptions in the list itself", async () => {
    const page = await listCustomers(provider.viewer, {});
    const count = (id: string) => page.rows.find((r) => r.id === id)?.subscriptionCount;
    expect(count(customer.id)).toBe(2);
    expect(count(bare.id)).toBe(0);
  });

  it("shows the associated reseller the same subscriptions in its own workspace", async () => {
    actAs(reseller.viewer);
    const { status, body } = await summary("reseller", customer.id);
    expect(status).toBe(200);
    expect(body!.subscriptions.map((x) => x.href).sort()).toEqual(
      subscriptionIds.map((id) => `/reseller/subscriptions/${id}`).sort(),
    );
  });

  it("is not found for everyone else, and in another role's workspace", async () => {
    const refused: [string, Parameters<typeof actAs>[0], "provider" | "reseller", string][] = [
      ["another provider", otherProvider.viewer, "provider", customer.id],
      ["an unrelated reseller", unrelated.viewer, "reseller", customer.id],
      ["the reseller, of a customer not associated with it", reseller.viewer, "reseller", bare.id],
      ["the reseller, in the provider's workspace", reseller.viewer, "provider", customer.id],
      ["the provider, in the reseller's workspace", provider.viewer, "reseller", customer.id],
      ["the signed out", null, "provider", customer.id],
      ["a pending password change", { ...provider.viewer, mustChangePassword: true }, "provider", customer.id],
      ["an id that is not a uuid", provider.viewer, "provider", "not-a-uuid"],
      ["an unknown id", provider.viewer, "provider", "00000000-0000-4000-8000-000000000000"],
    ];
    for (const [who, viewer, workspace, id] of refused) {
      actAs(viewer);
      expect(await summary(workspace, id), who).toEqual({ status: 404, body: null });
    }
  });
});
