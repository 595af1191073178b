import { eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { listOrganisationUsers } from "@/db/queries/users";
import * as s from "@/db/schema";
import { addUser, changeUserRole, deactivateUser, reactivateUser, resetUserPassword } from "@/lib/actions/users";
import { addSubscription, assignSupportContact, changeLicenses } from "@/lib/actions/subscriptions";
import { verifyCredentials } from "@/lib/sign-in";
import type { Viewer } from "@/lib/viewer";
import { TEST_PASSWORD, actAs, activityFor, form, makeCustomer, makeOperator, makePartner, relate, testDb } from "../support/db";
import { expectRedirect } from "../support/next";
import { makeAgent, makeSubscription } from "../support/world";

type Org = Awaited<ReturnType<typeof makePartner>>;

async function userRow(id: string) {
  const [u] = await (await testDb()).select().from(s.users).where(eq(s.users.id, id));
  return u!;
}

function as<T>(viewer: Viewer, run: () => Promise<T>) {
  actAs(viewer);
  return run();
}

describe("Users of an organisation", () => {
  let northwind: Org;
  beforeEach(async () => {
    northwind = await makePartner("indirect_provider");
  });

  it("an Admin adds a sales agent: no password until the invitation link is used (tests/integration/email.test.ts), an activity record", async () => {
    const email = `sam-${Date.now()}@northwind.example`;
    const state = await as(northwind.viewer, () =>
      addUser(undefined, form({ name: "Sam Sales", email: email.toUpperCase(), orgRole: "sales_agent" })),
    );
    expect(state.status).toBe("success");
    expect(state.message).toContain("link");
    const list = await listOrganisationUsers(northwind.viewer);
    const added = list.find((u) => u.email === email)!;
    expect(added).toMatchObject({ name: "Sam Sales", orgRole: "sales_agent", status: "active", lastSignInAt: null });
    const row = await userRow(added.id);
    expect(row).toMatchObject({ role: "provider", partnerId: northwind.partner.id, customerId: null, passwordHash: null });
    const [invitation] = await (await testDb()).select().from(s.outboxEmails).where(eq(s.outboxEmails.to, email));
    expect(invitation).toMatchObject({ kind: "user.invitation", sentAt: null });
    const [record] = await activityFor(added.id);
    expect(record).toMatchObject({ action: "user.create", actorUserId: northwind.viewer.id, providerId: northwind.partner.id });
  });

  it("refuses a taken email, a bad role and a role the organisation does not offer, as field errors", async () => {
    const taken = await as(northwind.viewer, () =>
      addUser(undefined, form({ name: "Dup", email: northwind.viewer.email, orgRole: "admin" })),
    );
    expect(taken.fieldErrors?.email).toEqual(["An account with this email already exists."]);
    const bad = await as(northwind.viewer, () =>
      addUser(undefined, form({ name: "X Y", email: "x@y.example", orgRole: "superuser" })),
    );
    expect(bad.fieldErrors?.orgRole).toBeDefined();
    const operator = await makeOperator();
    const agentForOperator = await as(operator.viewer, () =>
      addUser(undefined, form({ name: "Op Agent", email: `op-${Date.now()}@partnerhub.example`, orgRole: "sales_agent" })),
    );
    expect(agentForOperator.fieldErrors?.orgRole).toEqual(["Choose one of the roles listed."]);
  });

  it("lists only the viewer's own organisation; another organisation's user is not found", async () => {
    const other = await makePartner("indirect_provider");
    const agent = await makeAgent(northwind, "helpdesk_agent");
    expect((await listOrganisationUsers(northwind.viewer)).map((u) => u.id).sort()).toEqual(
      [northwind.viewer.id, agent.id].sort(),
    );
    for (const run of [
      () => changeUserRole(undefined, form({ userId: agent.id, orgRole: "admin" })),
      () => deactivateUser(undefined, form({ userId: agent.id })),
      () => resetUserPassword(undefined, form({ userId: agent.id })),
    ]) {
      expect((await as(other.viewer, run)).status).toBe("not_found");
    }
    // The operator's team is the users of no organisation.
    const operator = await makeOperator();
    const team = await listOrganisationUsers(operator.viewer);
    expect(team.map((u) => u.id)).toContain(operator.viewer.id);
    const roles = await (
      await testDb()
    )
      .select({ role: s.users.role })
      .from(s.users)
      .where(
        inArray(
          s.users.id,
          team.map((u) => u.id),
        ),
      );
    expect(new Set(roles.map((r) => r.role))).toEqual(new Set(["operator"]));
  });

  it("changes a role, with an activity record of before and after", async () => {
    const agent = await makeAgent(northwind, "sales_agent");
    const state = await as(northwind.viewer, () =>
      changeUserRole(undefined, form({ userId: agent.id, orgRole: "helpdesk_agent" })),
    );
    expect(state.status).toBe("success");
    expect(state.message).toMatch(/Helpdesk agent/);
    expect((await userRow(agent.id)).orgRole).toBe("helpdesk_agent");
    const [record] = await activityFor(agent.id);
    expect(record!.details).toMatchObject({ before: { role: "sales_agent" }, after: { role: "helpdesk_agent" } });
  });

  it("keeps the last active Admin: the database refuses, the action says why", async () => {
    const second = await makeAgent(northwind, "admin");
    // Two admins: one may be demoted…
    expect(
      (await as(second, () => changeUserRole(undefined, form({ userId: northwind.viewer.id, orgRole: "sales_agent" })))).status,
    ).toBe("success");
    // …but not the last one, even straight in the database.
    const db = await testDb();
    await expect(db.update(s.users).set({ orgRole: "helpdesk_agent" }).where(eq(s.users.id, second.id))).rejects.toThrow();
    await expect(db.update(s.users).set({ status: "deactivated" }).where(eq(s.users.id, second.id))).rejects.toThrow();
    await expect(db.delete(s.users).where(eq(s.users.id, second.id))).rejects.toThrow();
    expect((await userRow(second.id)).orgRole).toBe("admin");
  });

  it("two Admins demoting each other at once: the second change is refused with the reason", async () => {
    const second = await makeAgent(northwind, "admin");
    // `second` read itself as an Admin just before the first change committed (its viewer is that read).
    expect(
      (await as(northwind.viewer, () => changeUserRole(undefined, form({ userId: second.id, orgRole: "sales_agent" })))).status,
    ).toBe("success");
    const refused = await as(second, () => deactivateUser(undefined, form({ userId: northwind.viewer.id })));
    expect(refused).toMatchObject({
      status: "invalid",
      message: "The organisation must keep at least one active Admin: make someone else an Admin first.",
    });
    expect((await userRow(northwind.viewer.id)).status).toBe("active");
  });

  it("nobody changes, deactivates or resets themselves here", async () => {
    const state = await as(northwind.viewer, () => deactivateUser(undefined, form({ userId: northwind.viewer.id })));
    expect(state.status).toBe("invalid");
    expect(state.message).toMatch(/yourself/);
  });

  it("words every message in the Admin's language (zh-TW): confirmations, refusals, field errors and the last-Admin rule", async () => {
    const zh = { ...northwind.viewer, locale: "zh-TW" as const };
    const agent = await makeAgent(northwind, "sales_agent");
    expect(await as(zh, () => changeUserRole(undefined, form({ userId: agent.id, orgRole: "helpdesk_agent" })))).toMatchObject({
      status: "success",
      message: `${agent.name} 現在是支援服務專員。`,
    });
    expect((await as(zh, () => changeUserRole(undefined, form({ userId: agent.id, orgRole: "helpdesk_agent" })))).message).toBe(
      "沒有變更。",
    );
    expect((await as(zh, () => deactivateUser(undefined, form({ userId: agent.id })))).message).toBe(
      `已停用 ${agent.name}，並已將其登出。`,
    );
    expect((await as(zh, () => reactivateUser(undefined, form({ userId: agent.id })))).message).toBe(
      `已重新啟用 ${agent.name}。`,
    );
    expect((await as(zh, () => resetUserPassword(undefined, form({ userId: northwind.viewer.id })))).message).toBe(
      "您無法重設自己的密碼：請其他系統管理員處理。",
    );
    const email = `mei-${Date.now()}@northwind.example`;
    expect((await as(zh, () => addUser(undefined, form({ name: "陳美玲", email, orgRole: "admin" })))).message).toBe(
      `已新增 陳美玲。我們已將設定密碼的連結寄到 ${email} (有效期限 7 天)。`,
    );
    const invalid = await as(zh, () => addUser(undefined, form({ name: "", email: "nope", orgRole: "root" })));
    expect(invalid.message).toBe("請修正標示的欄位。");
    expect(invalid.fieldErrors).toEqual({
      name: ["請輸入此人的姓名。"],
      email: ["請輸入有效的電子郵件地址。"],
      orgRole: ["請選擇角色。"],
    });
    // The new Admin steps down, then the last one may not.
    const [added] = (await listOrganisationUsers(northwind.viewer)).filter((u) => u.email === email);
    await (await testDb()).update(s.users).set({ orgRole: "sales_agent" }).where(eq(s.users.id, added!.id));
    const second = await makeAgent(northwind, "admin");
    await as(zh, () => changeUserRole(undefined, form({ userId: second.id, orgRole: "sales_agent" })));
    expect(
      await as({ ...second, locale: "zh-TW" }, () => deactivateUser(undefined, form({ userId: northwind.viewer.id }))),
    ).toMatchObject({
      status: "invalid",
      message: "組織必須至少保留一位使用中的系統管理員：請先將其他人設為系統管理員。",
    });
  });

  it("a deactivated user cannot sign in and its sessions are revoked (tests/integration/sessions-and-sign-in.test.ts); reactivated, it can sign in again", async () => {
    const agent = await makeAgent(northwind, "sales_agent");
    const before = (await userRow(agent.id)).sessionVersion;
    expect((await as(northwind.viewer, () => deactivateUser(undefined, form({ userId: agent.id })))).status).toBe("success");
    expect(await userRow(agent.id)).toMatchObject({ status: "deactivated", sessionVersion: before + 1 });
    expect(await verifyCredentials(agent.email, TEST_PASSWORD)).toBeNull();
    expect((await as(northwind.viewer, () => reactivateUser(undefined, form({ userId: agent.id })))).status).toBe("success");
    expect(await verifyCredentials(agent.email, TEST_PASSWORD)).not.toBeNull();
    expect((await activityFor(agent.id)).map((r) => r.action).sort()).toEqual(["user.deactivate", "user.reactivate"]);
  });

  it("resets a password: the old one stops working, the new one is temporary", async () => {
    const agent = await makeAgent(northwind, "helpdesk_agent");
    const before = (await userRow(agent.id)).sessionVersion;
    const state = await as(northwind.viewer, () => resetUserPassword(undefined, form({ userId: agent.id })));
    const temporaryPassword = state.data!.temporaryPassword;
    expect(temporaryPassword).toHaveLength(18);
    const row = await userRow(agent.id);
    expect(row).toMatchObject({ mustChangePassword: true, sessionVersion: before + 1 });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyCredentials(agent.email, TEST_PASSWORD)).toBeNull();
    expect((await verifyCredentials(agent.email, temporaryPassword))?.mustChangePassword).toBe(true);
    expect((await activityFor(agent.id)).map((r) => r.action)).toEqual(["user.reset_password"]);
  });
});

describe("what each role within the organisation may do", () => {
  it("a sales agent places orders and changes licenses; a helpdesk agent only sets the support contact", async () => {
    const northwind = await makePartner("indirect_provider");
    const adatum = await makePartner("indirect_reseller");
    await relate(northwind.partner.id, adatum.partner.id);
    const customer = await makeCustomer(northwind.partner.id, adatum.partner.id);
    const sub = await makeSubscription(customer, "m365-business-standard", 10);
    const sales = await makeAgent(northwind, "sales_agent");
    const helpdesk = await makeAgent(northwind, "helpdesk_agent");
    const order = () =>
      addSubscription(undefined, form({ customerId: customer.id, offerId: "o365-e3", licenses: "10", resellerId: "" }));
    const licenses = (version: string) => changeLicenses(undefined, form({ subscriptionId: sub.id, version, licenses: "12" }));
    const support = (version: string) =>
      assignSupportContact(undefined, form({ subscriptionId: sub.id, version, supportContactId: adatum.partner.id }));

    expect((await as(helpdesk, order)).status).toBe("not_found");
    expect((await as(helpdesk, () => licenses("1"))).status).toBe("not_found");
    expect(
      (await as(helpdesk, () => addUser(undefined, form({ name: "No One", email: "no@one.example", orgRole: "admin" })))).status,
    ).toBe("not_found");
    expect((await as(helpdesk, () => support("1"))).status).toBe("success");

    expect(await expectRedirect(as(sales, order))).toMatch(`/provider/customers/${customer.id}`);
    expect((await as(sales, () => licenses("2"))).status).toBe("success");
    expect(
      (await as(sales, () => addUser(undefined, form({ name: "No One", email: "no@one.example", orgRole: "admin" })))).status,
    ).toBe("not_found");
    const [placed] = await (await testDb()).select().from(s.orders).where(eq(s.orders.customerId, customer.id));
    expect(placed!.placedBy).toBe(sales.id);
  });
});
