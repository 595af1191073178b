/**
 * Gates that stand before any record is read (issue 12, "missing tests"): the temporary-password gate on
 * every server action and every export, a subscription that is not active refusing license changes, the
 * customer administrator's portal queries, and the sandboxing headers of an SVG logo.
 */
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as activityExport } from "@/app/api/activity/export/route";
import { GET as logo } from "@/app/api/logos/[id]/route";
import { customerForViewer, ownCustomer } from "@/db/queries/customers";
import { subscriptionForViewer, unsafeSubscriptionsOf } from "@/db/queries/subscriptions";
import * as s from "@/db/schema";
import { actionSchema } from "@/lib/action";
import { changeLicenses, setSubscriptionStatus } from "@/lib/actions/subscriptions";
import { exportCustomersCsv } from "@/lib/customer-export";
import { exportOrdersCsv } from "@/lib/order-export";
import { NotFoundError } from "@/lib/errors";
import type { Viewer } from "@/lib/viewer";
import { actAs, form, makeCustomer, makePartner, tableSnapshot, testDb } from "../support/db";
import { discoverServerActions, type ServerAction } from "../support/server-actions";
import { buildWorld, makeSubscription, makeUser, type World } from "../support/world";

describe("a user who must change a temporary password can do nothing else", () => {
  let world: World;
  let actions: Map<string, ServerAction>;
  beforeAll(async () => {
    world = await buildWorld();
    actions = await discoverServerActions();
  });

  it("every signed-in server action but Change password and Sign out answers not found, and writes nothing", async () => {
    // A form a permitted user could submit: the world's real ids under every name the actions read.
    const ids = {
      subscriptionId: world.subscription.id,
      customerId: world.customer.id,
      relationshipId: world.relationship.id,
      invitationId: world.invitation.id,
      draftId: world.providerDraft.id,
      requestId: world.supportRequest.id,
      partnerId: world.pendingReseller.id,
      resellerId: world.reseller.partner.id,
      supportContactId: world.reseller.partner.id,
      version: "1",
      licenses: "12",
      status: "suspended",
      targetOfferId: "o365-e5",
      offerId: "o365-e3",
      reason: "Because",
    };
    // Public actions (signed out alike) are not gated: sign in, enrol, and the emailed password links.
    const gated = [...actions].filter(
      ([key, fn]) =>
        actionSchema(fn) && !/#(changePassword|signOut|signIn|enrolReseller|requestPasswordReset|setPasswordWithLink)$/.test(key),
    );
    expect(gated.length).toBeGreaterThanOrEqual(15);
    const before = await tableSnapshot();
    // A provider's user with a temporary password is an actor of the action matrix (each action with its
    // own valid form, every table checked after each call): here the other kinds of organisation.
    for (const actor of ["reseller", "customerAdmin", "operator"] as const) {
      const viewer = world.viewers[actor] as Viewer;
      actAs({ ...viewer, mustChangePassword: true });
      for (const [key, fn] of gated) {
        const answer = (await fn(undefined, form(ids))) as { status?: string };
        expect(answer?.status, `${actor} → ${key}`).toBe("not_found");
      }
    }
    expect(await tableSnapshot()).toEqual(before);
  });

  it("every export answers 404", async () => {
    for (const [actor, workspace] of [
      ["provider", "provider"],
      ["reseller", "reseller"],
    ] as const) {
      actAs({ ...(world.viewers[actor] as Viewer), mustChangePassword: true });
      for (const kind of ["customers", "subscriptions"]) {
        expect(
          (await exportCustomersCsv(new Request(`http://x/${workspace}/customers/export/${kind}`), kind, workspace)).status,
          `${actor} ${kind}`,
        ).toBe(404);
      }
      expect((await activityExport(new NextRequest("http://x/api/activity/export"))).status, `${actor} activity`).toBe(404);
      expect(
        (await exportOrdersCsv(new Request(`http://x/${workspace}/orders/export`), workspace)).status,
        `${actor} orders`,
      ).toBe(404);
      // The same user with the password changed gets the files.
      actAs(world.viewers[actor]);
      expect(
        (await exportCustomersCsv(new Request(`http://x/${workspace}/customers/export/customers`), "customers", workspace))
          .status,
      ).toBe(200);
      expect((await activityExport(new NextRequest("http://x/api/activity/export"))).status).toBe(200);
      expect((await exportOrdersCsv(new Request(`http://x/${workspace}/orders/export`), workspace)).status).toBe(200);
    }
  });
});

describe("a subscription that is not active", () => {
  it("refuses a license change with a field message, and changes nothing", async () => {
    const provider = await makePartner("indirect_provider");
    const customer = await makeCustomer(provider.partner.id, null);
    const sub = await makeSubscription(customer, "o365-e3", 10);
    actAs(provider.viewer);
    expect(
      (await setSubscriptionStatus(undefined, form({ subscriptionId: sub.id, version: "1", status: "suspended" }))).status,
    ).toBe("success");
    const answer = await changeLicenses(undefined, form({ subscriptionId: sub.id, version: "2", licenses: "12" }));
    expect(answer).toMatchObject({
      status: "invalid",
      fieldErrors: { licenses: [expect.stringMatching(/Reactivate/) as string] },
    });
    expect((await subscriptionForViewer(provider.viewer, sub.id)).subscription).toMatchObject({
      licenses: 10,
      status: "suspended",
      version: 2,
    });
    const db = await testDb();
    const orders = await db
      .select()
      .from(s.orders)
      .where(sql`${s.orders.customerId} = ${customer.id} and ${s.orders.kind} = 'license_change'`);
    expect(orders).toEqual([]);
  });
});

describe("the customer administrator's portal", () => {
  it("reads its own company, subscriptions, reseller and support contacts, and nothing of another customer", async () => {
    const provider = await makePartner("indirect_provider");
    const reseller = await makePartner("indirect_reseller");
    const { relate } = await import("../support/db");
    await relate(provider.partner.id, reseller.partner.id);
    const mine = await makeCustomer(provider.partner.id, reseller.partner.id);
    const other = await makeCustomer(provider.partner.id, null);
    await makeSubscription(mine, "o365-e3", 7, { resellerId: reseller.partner.id, supportContactId: reseller.partner.id });
    const otherSub = await makeSubscription(other, "o365-e1", 10);
    const admin = await makeUser("customer_admin", mine);

    const own = await ownCustomer(admin);
    expect(own).toMatchObject({
      customer: { id: mine.id },
      resellerName: reseller.partner.legalName,
      providerName: provider.partner.legalName,
    });
    const subs = await unsafeSubscriptionsOf(admin, [own.customer.id]);
    expect(subs.map((r) => [r.offerId, r.licenses, r.status, r.resellerName, r.supportContactName])).toEqual([
      ["o365-e3", 7, "active", reseller.partner.legalName, reseller.partner.legalName],
    ]);
    await expect(customerForViewer(admin, other.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(subscriptionForViewer(admin, otherSub.id)).rejects.toBeInstanceOf(NotFoundError);
    // An administrator without a customer (a broken account) sees nothing rather than everything.
    await expect(ownCustomer({ ...admin, customerId: null } as unknown as Viewer)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("an SVG logo is served sandboxed", () => {
  it("with a CSP that forbids scripts and sandboxes the document, nosniff, and its stored type only", async () => {
    const provider = await makePartner("indirect_provider");
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="10" height="10"/></svg>',
    );
    const db = await testDb();
    const [image] = await db
      .insert(s.images)
      .values({
        providerId: provider.partner.id,
        contentType: "image/svg+xml",
        bytes: svg,
        sizeBytes: svg.length,
        sha256: createHash("sha256").update(svg).digest("hex"),
      })
      .returning();
    await db
      .insert(s.providerProfiles)
      .values({ providerId: provider.partner.id, displayName: provider.partner.legalName, logoImageId: image!.id, listed: true });
    actAs(null);
    const res = await logo(new Request(`http://x/api/logos/${image!.id}`), { params: Promise.resolve({ id: image!.id }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("sandbox");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
  });
});
