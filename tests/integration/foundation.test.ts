import { eq } from "drizzle-orm";
import postgres from "postgres";
import { beforeAll, describe, expect, it } from "vitest";
import { changePassword, signIn } from "@/lib/actions/account";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { getDb } from "@/db";
import { dashboardCounts } from "@/db/queries/dashboard";
import { createInvitation, pendingInvitations } from "@/db/queries/relationships";
import * as s from "@/db/schema";
import { z } from "zod";
import { action } from "@/lib/action";
import { ActionError } from "@/lib/errors";
import { newInvitationToken } from "@/lib/invitations";
import { verifyCredentials } from "@/lib/sign-in";
import { actAs, activityFor, form, makeCustomer, makePartner, relate, testDb } from "../support/db";
import { expectRedirect } from "../support/next";

/** An empty database next to the run's own on the same PostgreSQL server; `drop` removes it. */
async function freshPostgresDatabase(runUrl: string) {
  const admin = postgres(runUrl, { max: 1, onnotice: () => {} });
  const url = new URL(runUrl);
  const name = `${url.pathname.slice(1)}_fresh`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

describe("migrations and demo data", () => {
  it("migrate twice is a no-op and demo data seeds once, on an empty database only", async () => {
    // A database of its own, so the shared one keeps only what tests create: in memory, or a new
    // database on the run's PostgreSQL server.
    const server = process.env.PARTNER_HUB_TEST_DB;
    const fresh = server ? await freshPostgresDatabase(server) : null;
    const conn = fresh ? await openDatabase({ url: fresh.url, poolSize: 1 }) : await openDatabase({ memory: true });
    expect(conn.kind).toBe(server ? "postgres" : "pglite");
    try {
      await migrateDatabase(conn);
      await migrateDatabase(conn);
      expect(await seedDemo(conn.db)).toBe(true);
      expect(await seedDemo(conn.db)).toBe(false);
      const users = await conn.db.select({ email: s.users.email, role: s.users.role }).from(s.users);
      for (const email of [
        "admin@northwind.example",
        "admin@fabrikam.example",
        "admin@adatum.example",
        "admin@litware.example",
        "admin@tailspin.example",
        "operator@partnerhub.example",
      ]) {
        expect(users.map((u) => u.email)).toContain(email);
      }
      expect((await conn.db.select().from(s.offers)).length).toBeGreaterThanOrEqual(8);
      expect((await conn.db.select().from(s.offerUpgrades)).length).toBeGreaterThanOrEqual(5);
      const rels = await conn.db.select().from(s.resellerRelationships);
      expect(rels).toHaveLength(2);
    } finally {
      await conn.close();
      await fresh?.drop();
    }
  }, 120_000); // two fresh PGlite databases migrated and seeded: slow on a loaded 2-core machine
});

describe("sign-in", () => {
  it("accepts the right password, case-insensitive email, and refuses a wrong one", async () => {
    const p = await makePartner("indirect_provider");
    expect(await verifyCredentials(p.user.email.toUpperCase(), "test-password-123")).toMatchObject({ id: p.user.id });
    expect(await verifyCredentials(p.user.email, "wrong-password")).toBeNull();
    expect(await verifyCredentials("nobody@nowhere.example", "test-password-123")).toBeNull();
  });

  it("the sign-in action sends each role home and records the sign-in", async () => {
    actAs(null);
    const p = await makePartner("indirect_reseller");
    const to = await expectRedirect(signIn(undefined, form({ email: p.user.email, password: "test-password-123" })));
    expect(to).toBe("/reseller");
    expect((await activityFor(p.user.id)).map((a) => a.action)).toContain("user.sign_in");
  });

  it("a wrong password gets one message that does not say which field was wrong", async () => {
    actAs(null);
    const p = await makePartner("indirect_provider");
    const state = await signIn(undefined, form({ email: p.user.email, password: "nope" }));
    expect(state).toMatchObject({ status: "invalid", message: "The email or password is incorrect." });
    expect(state.values).toEqual({ email: p.user.email });
  });

  it("a user with a temporary password is sent to change it", async () => {
    actAs(null);
    const p = await makePartner("indirect_provider");
    const db = await testDb();
    await db.update(s.users).set({ mustChangePassword: true }).where(eq(s.users.id, p.user.id));
    expect(await expectRedirect(signIn(undefined, form({ email: p.user.email, password: "test-password-123" })))).toBe(
      "/change-password",
    );
  });
});

describe("the action wrapper", () => {
  const probe = action(
    {
      name: "test.probe",
      permission: "resellers.invite",
      schema: z.object({ n: z.coerce.number().int().min(1, "At least 1."), fail: z.string().optional() }),
    },
    async (input, { viewer, audit }) => {
      await (
        await getDb()
      )
        .update(s.users)
        .set({ name: `probe ${input.n}` })
        .where(eq(s.users.id, viewer.id));
      if (input.fail === "rule") throw new ActionError("Broken rule.", "n");
      if (input.fail === "crash") throw new Error("boom");
      audit({ targetType: "user", targetId: viewer.id, after: { n: input.n } });
      return { message: "done" };
    },
  );

  let provider: Awaited<ReturnType<typeof makePartner>>;
  beforeAll(async () => {
    provider = await makePartner("indirect_provider");
  });
  const nameNow = async () => (await (await testDb()).select().from(s.users).where(eq(s.users.id, provider.user.id)))[0]!.name;

  it("validates with zod and keeps what was typed, changing nothing", async () => {
    actAs(provider.viewer);
    const state = await probe(undefined, form({ n: "0" }));
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors?.n).toEqual(["At least 1."]);
    expect(state.values).toEqual({ n: "0" });
    expect(await activityFor(provider.user.id)).toHaveLength(0);
  });

  it("commits the work and the activity record together", async () => {
    actAs(provider.viewer);
    expect(await probe(undefined, form({ n: "3" }))).toMatchObject({ status: "success", message: "done" });
    expect(await nameNow()).toBe("probe 3");
    const [rec] = await activityFor(provider.user.id);
    expect(rec).toMatchObject({
      action: "test.probe",
      actorUserId: provider.user.id,
      providerId: provider.partner.id,
      details: { after: { n: 3 } },
    });
  });

  it("rolls everything back on a broken rule or a crash, with no stack trace in the answer", async () => {
    actAs(provider.viewer);
    const before = await nameNow();
    expect(await probe(undefined, form({ n: "4", fail: "rule" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { n: ["Broken rule."] },
    });
    const crashed = await probe(undefined, form({ n: "5", fail: "crash" }));
    expect(crashed).toMatchObject({ status: "error", message: "Something went wrong and nothing was saved. Please try again." });
    expect(JSON.stringify(crashed)).not.toContain("boom");
    expect(await nameNow()).toBe(before);
  });

  it("runs the queries the body calls, without being handed anything, in its transaction: they see its writes and roll back with it", async () => {
    const invite = action(
      { name: "test.invite", permission: "resellers.invite", schema: z.object({ fail: z.string().optional() }) },
      async (input, { viewer }) => {
        const { tokenHash } = newInvitationToken();
        const invitation = await createInvitation(viewer, {
          tokenHash,
          message: "probe",
          expiresAt: new Date(Date.now() + 86_400_000),
        });
        // Uncommitted: only a query inside the same transaction can see it (on PGlite, any other would wait forever).
        if (!(await pendingInvitations(viewer)).some((i) => i.id === invitation.id))
          throw new Error("the query ran outside the action's transaction");
        if (input.fail) throw new ActionError("Broken rule.");
        return { data: { tokenHash } };
      },
    );
    const invitationsNow = async () =>
      (
        await (
          await testDb()
        )
          .select()
          .from(s.relationshipInvitations)
          .where(eq(s.relationshipInvitations.providerId, provider.partner.id))
      ).length;
    actAs(provider.viewer);
    const before = await invitationsNow();
    expect(await invite(undefined, form({ fail: "yes" }))).toMatchObject({ status: "invalid", message: "Broken rule." });
    expect(await invitationsNow()).toBe(before);
    expect(await invite(undefined, form({}))).toMatchObject({ status: "success" });
    expect(await invitationsNow()).toBe(before + 1);
  });

  it("refuses roles without the permission as not found, and signed-out callers go to sign-in", async () => {
    const reseller = await makePartner("indirect_reseller");
    actAs(reseller.viewer);
    expect(await probe(undefined, form({ n: "2" }))).toEqual({ status: "not_found", message: "Not found." });
    actAs(null);
    expect(await expectRedirect(probe(undefined, form({ n: "2" })))).toBe("/sign-in");
  });
});

describe("change password", () => {
  it("checks the current password, replaces the hash and clears the temporary flag", async () => {
    const p = await makePartner("indirect_provider");
    const db = await testDb();
    await db.update(s.users).set({ mustChangePassword: true }).where(eq(s.users.id, p.user.id));
    actAs({ ...p.viewer, mustChangePassword: true });
    const wrong = await changePassword(
      undefined,
      form({ currentPassword: "nope", newPassword: "brand-new-pass-1", confirmPassword: "brand-new-pass-1" }),
    );
    expect(wrong.fieldErrors?.currentPassword).toEqual(["The current password is incorrect."]);
    expect(
      await expectRedirect(
        changePassword(
          undefined,
          form({ currentPassword: "test-password-123", newPassword: "brand-new-pass-1", confirmPassword: "brand-new-pass-1" }),
        ),
      ),
    ).toBe("/provider");
    const [u] = await db.select().from(s.users).where(eq(s.users.id, p.user.id));
    expect(u!.mustChangePassword).toBe(false);
    expect(await verifyCredentials(p.user.email, "brand-new-pass-1")).not.toBeNull();
    expect(await verifyCredentials(p.user.email, "test-password-123")).toBeNull();
  });
});

describe("provider dashboard", () => {
  it("counts only the provider's own resellers, customers, active subscriptions and licenses", async () => {
    const db = await testDb();
    const p = await makePartner("indirect_provider");
    const other = await makePartner("indirect_provider");
    const r = await makePartner("indirect_reseller");
    await relate(p.partner.id, r.partner.id);
    const c = await makeCustomer(p.partner.id, r.partner.id);
    await makeCustomer(other.partner.id);
    await db.insert(s.subscriptions).values([
      { providerId: p.partner.id, customerId: c.id, offerId: "o365-e3", licenses: 10, supportContactId: p.partner.id },
      {
        providerId: p.partner.id,
        customerId: c.id,
        offerId: "teams-audio-conferencing",
        licenses: 3,
        supportContactId: p.partner.id,
        status: "suspended",
      },
    ]);
    expect(await dashboardCounts(p.viewer)).toEqual({ relationships: 1, customers: 1, activeSubscriptions: 1, licenses: 10 });
    expect(await dashboardCounts(other.viewer)).toEqual({ relationships: 0, customers: 1, activeSubscriptions: 0, licenses: 0 });
    expect(await dashboardCounts(r.viewer)).toMatchObject({ relationships: 1, customers: 1, activeSubscriptions: 1 });
  });
});
