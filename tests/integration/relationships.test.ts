import { createHash, randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { enrolReseller } from "@/app/(public)/enrol/actions";
import { acceptInvitation } from "@/app/invitations/[token]/actions";
import { endRelationship, requestRelationship, restrictInvitation, revokeInvitation } from "@/app/provider/resellers/actions";
import { dashboardCounts } from "@/db/queries/dashboard";
import {
  checkInvitation,
  pendingInvitations,
  providersOfReseller,
  relationshipOfProvider,
  resellersOfProvider,
} from "@/db/queries/relationships";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/viewer";
import { appUrl } from "@/lib/env";
import type { FormState } from "@/lib/form-state";
import { verifyCredentials } from "@/lib/sign-in";
import { actAs, activityFor, form, makeCustomer, makePartner, relate, testDb } from "../support/db";
import { lockWaitsDuring } from "../support/concurrency";
import { expectRedirect } from "../support/next";

type Org = Awaited<ReturnType<typeof makePartner>>;

/** Northwind's "Request a reseller relationship": the draft and the token in its link. */
async function request(provider: Org) {
  actAs(provider.viewer);
  const state = await requestRelationship(undefined, form({}));
  expect(state.status).toBe("success");
  const draft = state.data as { invitationId: string; link: string; subject: string; body: string };
  const token = draft.link.split("/invitations/")[1]!;
  return { ...draft, token };
}

function accept(viewer: Viewer | null, token: string, confirm = true) {
  actAs(viewer);
  return acceptInvitation(undefined, form(confirm ? { token, confirm: "on" } : { token }));
}

async function invitation(id: string) {
  const [row] = await (await testDb()).select().from(s.relationshipInvitations).where(eq(s.relationshipInvitations.id, id));
  return row!;
}

async function relationshipsOf(providerId: string) {
  return (await testDb()).select().from(s.resellerRelationships).where(eq(s.resellerRelationships.providerId, providerId));
}

/** A refused accept: the message, and nothing changed (the link still unused, no relationship). */
async function expectRefused(result: Promise<FormState>, message: RegExp, provider: Org, invitationId: string) {
  const state = await result;
  expect(state.status).toBe("invalid");
  expect(state.message).toMatch(message);
  expect(await relationshipsOf(provider.partner.id)).toHaveLength(0);
  expect((await invitation(invitationId)).acceptedAt).toBeNull();
  return state;
}

describe("Request a reseller relationship", () => {
  let provider: Org;
  beforeEach(async () => {
    provider = await makePartner("indirect_provider");
  });

  it("creates a fresh invitation whose draft email carries the personalized absolute link", async () => {
    const draft = await request(provider);
    expect(draft.link).toBe(`${appUrl()}/invitations/${draft.token}`);
    expect(draft.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes = 256 bits, base64url
    expect(draft.subject).toContain(provider.partner.legalName);
    expect(draft.body).toContain(draft.link);
    expect(draft.body).toContain("Authorize indirect provider");
    const again = await request(provider);
    expect(again.token).not.toBe(draft.token);
    expect(again.invitationId).not.toBe(draft.invitationId);
  });

  it("stores only the SHA-256 of the token, never the token, and the link expires after 30 days", async () => {
    const draft = await request(provider);
    const row = await invitation(draft.invitationId);
    expect(row.tokenHash).toBe(createHash("sha256").update(draft.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(draft.token);
    expect(row.message).toContain("[personalized link]");
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(29.99);
    expect(days).toBeLessThan(30.01);
    const activity = await activityFor(draft.invitationId);
    expect(activity.map((a) => a.action)).toEqual(["invitation.create"]);
    expect(activity[0]).toMatchObject({ providerId: provider.partner.id, actorUserId: provider.user.id });
    expect(JSON.stringify(activity)).not.toContain(draft.token);
  });

  it("lists pending invitations and revokes one: its link is then refused as withdrawn", async () => {
    const draft = await request(provider);
    expect((await pendingInvitations(provider.viewer)).map((i) => i.id)).toContain(draft.invitationId);
    actAs(provider.viewer);
    expect(await revokeInvitation(undefined, form({ invitationId: draft.invitationId }))).toMatchObject({ status: "success" });
    expect((await pendingInvitations(provider.viewer)).map((i) => i.id)).not.toContain(draft.invitationId);
    expect(await invitation(draft.invitationId)).toMatchObject({ revokedBy: provider.user.id });
    expect((await activityFor(draft.invitationId)).map((a) => a.action)).toContain("invitation.revoke");
    expect(await revokeInvitation(undefined, form({ invitationId: draft.invitationId }))).toMatchObject({
      status: "invalid",
      message: "This invitation was already revoked.",
    });
    const reseller = await makePartner("indirect_reseller");
    expect(await checkInvitation(draft.token, reseller.viewer)).toMatchObject({ kind: "revoked" });
    await expectRefused(accept(reseller.viewer, draft.token), /revoked this invitation/, provider, draft.invitationId);
  });

  it("an accepted invitation can no longer be revoked", async () => {
    const draft = await request(provider);
    const reseller = await makePartner("indirect_reseller");
    await expectRedirect(accept(reseller.viewer, draft.token));
    actAs(provider.viewer);
    expect(await revokeInvitation(undefined, form({ invitationId: draft.invitationId }))).toMatchObject({
      status: "invalid",
      message: expect.stringMatching(/already accepted/) as string,
    });
  });

  it("outsiders: another provider cannot see or revoke it; a reseller cannot call provider actions", async () => {
    const draft = await request(provider);
    const other = await makePartner("indirect_provider");
    expect((await pendingInvitations(other.viewer)).map((i) => i.id)).not.toContain(draft.invitationId);
    actAs(other.viewer);
    expect(await revokeInvitation(undefined, form({ invitationId: draft.invitationId }))).toMatchObject({ status: "not_found" });
    expect(await revokeInvitation(undefined, form({ invitationId: "not-a-uuid" }))).toMatchObject({ status: "invalid" });
    const reseller = await makePartner("indirect_reseller");
    actAs(reseller.viewer);
    expect(await requestRelationship(undefined, form({}))).toEqual({ status: "not_found", message: "Not found." });
    expect(await revokeInvitation(undefined, form({ invitationId: draft.invitationId }))).toEqual({
      status: "not_found",
      message: "Not found.",
    });
    expect((await invitation(draft.invitationId)).revokedAt).toBeNull();
    actAs(null);
    expect(await expectRedirect(requestRelationship(undefined, form({})))).toBe("/sign-in");
  });
});

describe("Authorize indirect provider (accepting the link)", () => {
  let provider: Org;
  let reseller: Org;
  let draft: Awaited<ReturnType<typeof request>>;
  beforeEach(async () => {
    provider = await makePartner("indirect_provider");
    reseller = await makePartner("indirect_reseller");
    draft = await request(provider);
  });

  it("a signed-in enrolled reseller who ticks the box gets an active relationship, shown on both sides and logged", async () => {
    expect(await checkInvitation(draft.token, reseller.viewer)).toMatchObject({
      kind: "ready",
      providerName: provider.partner.legalName,
    });
    const to = await expectRedirect(accept(reseller.viewer, draft.token));
    const [rel] = await relationshipsOf(provider.partner.id);
    expect(rel).toMatchObject({
      resellerId: reseller.partner.id,
      status: "active",
      endedAt: null,
      invitationId: draft.invitationId,
    });
    expect(to).toBe(`/reseller/providers?authorized=${rel!.id}`);
    expect(await invitation(draft.invitationId)).toMatchObject({
      acceptedByResellerId: reseller.partner.id,
      acceptedByUserId: reseller.user.id,
    });
    expect((await resellersOfProvider(provider.viewer)).map((r) => [r.name, r.status])).toEqual([
      [reseller.partner.legalName, "active"],
    ]);
    expect((await providersOfReseller(reseller.viewer)).map((p) => [p.name, p.status])).toEqual([
      [provider.partner.legalName, "active"],
    ]);
    const [record] = await activityFor(rel!.id);
    expect(record).toMatchObject({
      action: "relationship.accept",
      providerId: provider.partner.id,
      resellerId: reseller.partner.id,
      actorUserId: reseller.user.id,
    });
  });

  it("without the confirmation box ticked nothing happens", async () => {
    const state = await accept(reseller.viewer, draft.token, false);
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors?.confirm).toEqual(["Tick the box to confirm that you authorize this provider."]);
    expect(state.values).not.toHaveProperty("token");
    expect((await invitation(draft.invitationId)).acceptedAt).toBeNull();
  });

  it("already used: the link works once", async () => {
    await expectRedirect(accept(reseller.viewer, draft.token));
    const second = await makePartner("indirect_reseller");
    expect(await checkInvitation(draft.token, second.viewer)).toMatchObject({ kind: "used" });
    expect(await checkInvitation(draft.token, reseller.viewer)).toMatchObject({ kind: "used", acceptedByViewer: true });
    expect(await accept(second.viewer, draft.token)).toMatchObject({
      status: "invalid",
      message: expect.stringMatching(/already been accepted/) as string,
    });
    expect(await relationshipsOf(provider.partner.id)).toHaveLength(1);
  });

  it("expired: after 30 days the link is refused", async () => {
    const db = await testDb();
    await db
      .update(s.relationshipInvitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(s.relationshipInvitations.id, draft.invitationId));
    expect(await checkInvitation(draft.token, reseller.viewer)).toMatchObject({ kind: "expired" });
    expect(await checkInvitation(draft.token, null)).toMatchObject({ kind: "expired" });
    await expectRefused(accept(reseller.viewer, draft.token), /work for 30 days/, provider, draft.invitationId);
    expect((await invitation(draft.invitationId)).acceptedAt).toBeNull();
    expect(await pendingInvitations(provider.viewer)).toHaveLength(0);
  });

  it("malformed or unknown links are not valid", async () => {
    for (const token of ["abc", `${draft.token}x`, "../../etc/passwd", randomBytes(32).toString("base64url")]) {
      expect(await checkInvitation(token, reseller.viewer)).toEqual({ kind: "invalid" });
      expect(await checkInvitation(token, null)).toEqual({ kind: "invalid" });
    }
    expect((await accept(reseller.viewer, "abc")).fieldErrors?.token).toEqual(["This invitation link is not valid."]);
    await expectRefused(
      accept(reseller.viewer, randomBytes(32).toString("base64url")),
      /not belong to any invitation/,
      provider,
      draft.invitationId,
    );
  });

  it("signed out: the page offers sign-in or enrolment, and the action goes to sign-in", async () => {
    expect(await checkInvitation(draft.token, null)).toMatchObject({
      kind: "signed_out",
      providerName: provider.partner.legalName,
    });
    expect(await expectRedirect(accept(null, draft.token))).toBe("/sign-in");
    expect((await invitation(draft.invitationId)).acceptedAt).toBeNull();
  });

  it("signed in as a non-reseller: refused (the action is not even found)", async () => {
    const other = await makePartner("indirect_provider");
    expect(await checkInvitation(draft.token, other.viewer)).toMatchObject({ kind: "not_reseller" });
    expect(await checkInvitation(draft.token, provider.viewer)).toMatchObject({ kind: "not_reseller" });
    expect(await accept(other.viewer, draft.token)).toEqual({ status: "not_found", message: "Not found." });
    expect((await invitation(draft.invitationId)).acceptedAt).toBeNull();
  });

  it("a reseller whose enrolment is still pending cannot accept yet", async () => {
    const db = await testDb();
    await db.update(s.partners).set({ status: "pending" }).where(eq(s.partners.id, reseller.partner.id));
    expect(await checkInvitation(draft.token, reseller.viewer)).toMatchObject({ kind: "reseller_pending" });
    await expectRefused(accept(reseller.viewer, draft.token), /still pending/, provider, draft.invitationId);
    expect((await invitation(draft.invitationId)).acceptedAt).toBeNull();
  });

  it("already related to this provider: refused, and the link stays unused", async () => {
    await relate(provider.partner.id, reseller.partner.id);
    expect(await checkInvitation(draft.token, reseller.viewer)).toMatchObject({ kind: "already_related" });
    const state = await accept(reseller.viewer, draft.token);
    expect(state).toMatchObject({
      status: "invalid",
      message: expect.stringMatching(/already one of your indirect providers/) as string,
    });
    expect((await invitation(draft.invitationId)).acceptedAt).toBeNull();
    expect(await relationshipsOf(provider.partner.id)).toHaveLength(1);
  });

  it("an ended relationship is reactivated by a new link", async () => {
    const rel = await relate(provider.partner.id, reseller.partner.id);
    actAs(provider.viewer);
    await expectRedirect(endRelationship(undefined, form({ relationshipId: rel.id })));
    expect(await checkInvitation(draft.token, reseller.viewer)).toMatchObject({ kind: "ready" });
    await expectRedirect(accept(reseller.viewer, draft.token));
    const rels = await relationshipsOf(provider.partner.id);
    expect(rels).toHaveLength(1);
    expect(rels[0]).toMatchObject({
      id: rel.id,
      status: "active",
      endedAt: null,
      endedBy: null,
      invitationId: draft.invitationId,
    });
    expect((await activityFor(rel.id)).find((a) => a.action === "relationship.accept")?.details).toMatchObject({
      before: { status: "ended" },
    });
  });

  it("two resellers opening the same link at once: exactly one relationship", async () => {
    const second = await makePartner("indirect_reseller");
    // Each call reads its viewer synchronously, so the two run concurrently as different resellers.
    const { result: results, lockWaits } = await lockWaitsDuring(
      { table: "relationship_invitations", id: draft.invitationId },
      2,
      () => Promise.allSettled([accept(reseller.viewer, draft.token), accept(second.viewer, draft.token)]),
    );
    // On PostgreSQL both claims met on the invitation row (held until both waited on it).
    if (lockWaits !== null) expect(lockWaits).toBeGreaterThanOrEqual(2);
    const redirected = results.filter(
      (r) => r.status === "rejected" && String((r.reason as { digest?: string }).digest).startsWith("NEXT_REDIRECT"),
    );
    const refused = results.filter((r) => r.status === "fulfilled").map((r) => r.value);
    expect(redirected).toHaveLength(1);
    expect(refused).toEqual([
      expect.objectContaining({ status: "invalid", message: expect.stringMatching(/already been accepted/) as string }),
    ]);
    const rels = await relationshipsOf(provider.partner.id);
    expect(rels).toHaveLength(1);
    expect((await invitation(draft.invitationId)).acceptedByResellerId).toBe(rels[0]!.resellerId);
  });

  it("one reseller accepting two links of the same provider at once: one relationship", async () => {
    const another = await request(provider);
    // Two different invitation rows: they need not meet on a lock, so only the outcome is checked.
    const results = await Promise.allSettled([accept(reseller.viewer, draft.token), accept(reseller.viewer, another.token)]);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    expect(await relationshipsOf(provider.partner.id)).toHaveLength(1);
    const used = await (
      await testDb()
    )
      .select()
      .from(s.relationshipInvitations)
      .where(and(inArray(s.relationshipInvitations.id, [draft.invitationId, another.invitationId])));
    expect(used.filter((i) => i.acceptedAt)).toHaveLength(1);
  });
});

describe("Enrol as an indirect reseller", () => {
  const partnerNumber = () => String(100_000_000 + Math.floor(Math.random() * 899_999_999));
  const valid = () => ({
    companyName: "Contoso Cloud Partners",
    partnerNumber: partnerNumber(),
    country: "DE",
    name: "Dana Reseller",
    email: `Dana.${randomBytes(4).toString("hex")}@Contoso-Partners.example`,
    password: "a-long-password-2026",
  });

  it("creates a pending indirect reseller with its admin, signs in and goes back to the invitation", async () => {
    actAs(null);
    const input = valid();
    const to = await expectRedirect(enrolReseller(undefined, form({ ...input, callbackUrl: "/invitations/abc" })));
    expect(to).toBe("/invitations/abc");
    const db = await testDb();
    const [partner] = await db.select().from(s.partners).where(eq(s.partners.partnerNumber, input.partnerNumber));
    // Pending until the operator activates it (issue 11 #7): the link it came from says so meanwhile.
    expect(partner).toMatchObject({ kind: "indirect_reseller", status: "pending", legalName: input.companyName, country: "DE" });
    const user = await verifyCredentials(input.email, input.password);
    expect(user).toMatchObject({
      role: "reseller",
      partnerId: partner!.id,
      email: input.email.toLowerCase(),
      name: "Dana Reseller",
    });
    expect(await activityFor(partner!.id)).toEqual([
      expect.objectContaining({ action: "partner.enrol", resellerId: partner!.id, actorUserId: user!.id }),
    ]);
  });

  it("without a safe callback it goes to the reseller home", async () => {
    actAs(null);
    expect(await expectRedirect(enrolReseller(undefined, form({ ...valid(), callbackUrl: "https://evil.example/" })))).toBe(
      "/reseller",
    );
    expect(await expectRedirect(enrolReseller(undefined, form(valid())))).toBe("/reseller");
  });

  it("validates every field and keeps what was typed, except the password", async () => {
    actAs(null);
    const state = await enrolReseller(
      undefined,
      form({ companyName: "!", partnerNumber: "12ab", country: "XX", name: "", email: "nope", password: "short1" }),
    );
    expect(state.status).toBe("invalid");
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual([
      "companyName",
      "country",
      "email",
      "name",
      "partnerNumber",
      "password",
    ]);
    expect(state.fieldErrors?.password).toEqual(["Use at least 12 characters."]);
    expect(state.fieldErrors?.partnerNumber).toEqual(["Enter your partner ID: 4 to 12 digits."]);
    expect(state.values).toMatchObject({ companyName: "!", partnerNumber: "12ab" });
    expect(state.values).not.toHaveProperty("password");
    for (const pn of ["123", "1234567890123"]) {
      expect((await enrolReseller(undefined, form({ ...valid(), partnerNumber: pn }))).fieldErrors).toHaveProperty(
        "partnerNumber",
      );
    }
  });

  it("a partner ID or email already enrolled is a field error, and nothing is created", async () => {
    actAs(null);
    const first = valid();
    await expectRedirect(enrolReseller(undefined, form(first)));
    const dupNumber = await enrolReseller(undefined, form({ ...valid(), partnerNumber: first.partnerNumber }));
    expect(dupNumber).toMatchObject({
      status: "invalid",
      fieldErrors: { partnerNumber: ["This partner ID is already enrolled."] },
    });
    const second = { ...valid(), email: first.email.toUpperCase() };
    const dupEmail = await enrolReseller(undefined, form(second));
    expect(dupEmail).toMatchObject({ status: "invalid", fieldErrors: { email: ["An account with this email already exists."] } });
    const db = await testDb();
    expect(await db.select().from(s.partners).where(eq(s.partners.partnerNumber, second.partnerNumber))).toHaveLength(0);
  });

  it("a signed-in user cannot enrol another organisation", async () => {
    const someone = await makePartner("indirect_reseller");
    actAs(someone.viewer);
    expect(await enrolReseller(undefined, form(valid()))).toMatchObject({
      status: "invalid",
      message: expect.stringMatching(/Sign out first/) as string,
    });
  });
});

describe("End relationship", () => {
  let provider: Org;
  let reseller: Org;
  let bystander: Org;
  let relId: string;
  let subs: Record<"s1" | "s2" | "s3" | "s4", string>;
  let c1: s.Customer;
  beforeEach(async () => {
    provider = await makePartner("indirect_provider");
    reseller = await makePartner("indirect_reseller");
    bystander = await makePartner("indirect_reseller");
    relId = (await relate(provider.partner.id, reseller.partner.id)).id;
    await relate(provider.partner.id, bystander.partner.id);
    c1 = await makeCustomer(provider.partner.id, reseller.partner.id);
    const c2 = await makeCustomer(provider.partner.id);
    const c3 = await makeCustomer(provider.partner.id, bystander.partner.id);
    const p = provider.partner.id;
    const r = reseller.partner.id;
    const rows = await (
      await testDb()
    )
      .insert(s.subscriptions)
      .values([
        { providerId: p, customerId: c1.id, offerId: "o365-e3", licenses: 10, resellerId: r, supportContactId: r },
        {
          providerId: p,
          customerId: c1.id,
          offerId: "teams-audio-conferencing",
          licenses: 3,
          resellerId: r,
          supportContactId: p,
        },
        { providerId: p, customerId: c2.id, offerId: "o365-e1", licenses: 5, resellerId: null, supportContactId: r },
        {
          providerId: p,
          customerId: c3.id,
          offerId: "o365-e1",
          licenses: 5,
          resellerId: bystander.partner.id,
          supportContactId: bystander.partner.id,
        },
      ])
      .returning();
    subs = { s1: rows[0]!.id, s2: rows[1]!.id, s3: rows[2]!.id, s4: rows[3]!.id };
  });

  it("the list and the confirmation count associated customers and subscriptions in one query", async () => {
    const rows = await resellersOfProvider(provider.viewer);
    expect(rows.map((r) => [r.name, r.customers, r.subscriptions]).sort()).toEqual(
      [
        [reseller.partner.legalName, 1, 3],
        [bystander.partner.legalName, 1, 1],
      ].sort(),
    );
    expect(await relationshipOfProvider(provider.viewer, relId)).toMatchObject({
      customers: 1,
      subscriptions: 3,
      asPartnerOfRecord: 2,
      asSupportContact: 2,
    });
  });

  it("reverts customers, subscriptions and support contacts to the provider, ends it and logs it, in one go", async () => {
    actAs(provider.viewer);
    expect(await expectRedirect(endRelationship(undefined, form({ relationshipId: relId })))).toBe(
      `/provider/resellers?ended=${relId}`,
    );
    const db = await testDb();
    const [customer] = await db.select().from(s.customers).where(eq(s.customers.id, c1.id));
    expect(customer!.resellerId).toBeNull();
    const after = Object.fromEntries(
      (
        await db
          .select()
          .from(s.subscriptions)
          .where(inArray(s.subscriptions.id, Object.values(subs)))
      ).map((x) => [x.id, x]),
    );
    expect(after[subs.s1]).toMatchObject({ resellerId: null, supportContactId: provider.partner.id, version: 3 });
    expect(after[subs.s2]).toMatchObject({ resellerId: null, supportContactId: provider.partner.id, version: 2 });
    expect(after[subs.s3]).toMatchObject({ resellerId: null, supportContactId: provider.partner.id, version: 2 });
    expect(after[subs.s4]).toMatchObject({
      resellerId: bystander.partner.id,
      supportContactId: bystander.partner.id,
      version: 1,
    });
    const rel = await relationshipOfProvider(provider.viewer, relId);
    expect(rel).toMatchObject({ status: "ended", customers: 0, subscriptions: 0 });
    expect(rel.endedAt).toBeInstanceOf(Date);
    const [record] = await activityFor(relId);
    expect(record).toMatchObject({
      action: "relationship.end",
      providerId: provider.partner.id,
      resellerId: reseller.partner.id,
      actorUserId: provider.user.id,
    });
    expect(record!.details.after).toMatchObject({ status: "ended", customersReverted: 1 });
    expect(await activityFor(c1.id)).toEqual([
      expect.objectContaining({ action: "customer.reseller_removed", customerId: c1.id, resellerId: reseller.partner.id }),
    ]);
    // Ending twice is refused.
    expect(await endRelationship(undefined, form({ relationshipId: relId }))).toMatchObject({
      status: "invalid",
      message: "This relationship has already ended.",
    });
  });

  it("the reseller loses access at once and sees the relationship as ended", async () => {
    expect(await dashboardCounts(reseller.viewer)).toMatchObject({ relationships: 1, customers: 1 });
    actAs(provider.viewer);
    await expectRedirect(endRelationship(undefined, form({ relationshipId: relId })));
    expect(await dashboardCounts(reseller.viewer)).toEqual({
      relationships: 0,
      customers: 0,
      activeSubscriptions: 0,
      licenses: 0,
    });
    expect(await providersOfReseller(reseller.viewer)).toEqual([
      expect.objectContaining({ status: "ended", name: provider.partner.legalName }),
    ]);
  });

  it("outsiders: another provider cannot see or end it; a reseller cannot call the action", async () => {
    const other = await makePartner("indirect_provider");
    await expect(relationshipOfProvider(other.viewer, relId)).rejects.toThrow("Not found.");
    expect(await resellersOfProvider(other.viewer)).toEqual([]);
    actAs(other.viewer);
    expect(await endRelationship(undefined, form({ relationshipId: relId }))).toEqual({
      status: "not_found",
      message: "Not found.",
      values: { relationshipId: relId },
    });
    actAs(reseller.viewer);
    expect(await endRelationship(undefined, form({ relationshipId: relId }))).toEqual({
      status: "not_found",
      message: "Not found.",
    });
    await expect(resellersOfProvider(reseller.viewer)).rejects.toThrow("Not found.");
    await expect(providersOfReseller(provider.viewer)).rejects.toThrow("Not found.");
    expect((await relationshipOfProvider(provider.viewer, relId)).status).toBe("active");
  });
});

describe("a link restricted to the reseller it is for (issue 11 #7)", () => {
  it("by partner ID: another reseller is told it is not theirs and changes nothing; the right one accepts", async () => {
    const provider = await makePartner("indirect_provider");
    const [meant, other] = await Promise.all([makePartner("indirect_reseller"), makePartner("indirect_reseller")]);
    const draft = await request(provider);
    actAs(provider.viewer);
    const restricted = await restrictInvitation(
      undefined,
      form({ invitationId: draft.invitationId, partnerNumber: meant.partner.partnerNumber, email: "" }),
    );
    expect(restricted).toMatchObject({ status: "success", message: "Only that reseller can accept this link now." });
    expect(await invitation(draft.invitationId)).toMatchObject({
      boundPartnerNumber: meant.partner.partnerNumber,
      boundEmail: null,
    });
    expect(await activityFor(draft.invitationId)).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: "invitation.restrict" })]),
    );

    expect(await checkInvitation(draft.token, other.viewer)).toMatchObject({ kind: "not_for_you" });
    await expectRefused(
      accept(other.viewer, draft.token),
      /made this link for a specific indirect reseller/,
      provider,
      draft.invitationId,
    );
    expect(await checkInvitation(draft.token, meant.viewer)).toMatchObject({ kind: "ready" });
    await expectRedirect(accept(meant.viewer, draft.token));
    expect((await relationshipsOf(provider.partner.id)).map((r) => r.resellerId)).toEqual([meant.partner.id]);
  });

  it("by email (any case): only that user's reseller may accept; an empty form lifts the restriction", async () => {
    const provider = await makePartner("indirect_provider");
    const [meant, other] = await Promise.all([makePartner("indirect_reseller"), makePartner("indirect_reseller")]);
    const draft = await request(provider);
    actAs(provider.viewer);
    expect(
      (
        await restrictInvitation(
          undefined,
          form({ invitationId: draft.invitationId, partnerNumber: "", email: meant.viewer.email.toUpperCase() }),
        )
      ).status,
    ).toBe("success");
    expect((await invitation(draft.invitationId)).boundEmail).toBe(meant.viewer.email.toLowerCase());
    await expectRefused(accept(other.viewer, draft.token), /specific indirect reseller/, provider, draft.invitationId);
    actAs(provider.viewer);
    expect(
      await restrictInvitation(undefined, form({ invitationId: draft.invitationId, partnerNumber: "", email: "" })),
    ).toMatchObject({ status: "success", message: "Anyone enrolled can accept this link again." });
    await expectRedirect(accept(other.viewer, draft.token));
  });

  it("the claim itself refuses a reseller the link is not for, even past the check", async () => {
    const provider = await makePartner("indirect_provider");
    const [meant, other] = await Promise.all([makePartner("indirect_reseller"), makePartner("indirect_reseller")]);
    const draft = await request(provider);
    const db = await testDb();
    // Restricted behind the check's back (as if the provider restricted it between check and claim).
    await db
      .update(s.relationshipInvitations)
      .set({ boundPartnerNumber: meant.partner.partnerNumber })
      .where(eq(s.relationshipInvitations.id, draft.invitationId));
    const { claimInvitation } = await import("@/db/queries/relationships");
    expect(await claimInvitation(draft.token, other.viewer)).toBeUndefined();
    expect((await invitation(draft.invitationId)).acceptedAt).toBeNull();
  });

  it("only the provider's own open links; bad input is a field message", async () => {
    const provider = await makePartner("indirect_provider");
    const stranger = await makePartner("indirect_provider");
    const draft = await request(provider);
    actAs(stranger.viewer);
    expect(
      (await restrictInvitation(undefined, form({ invitationId: draft.invitationId, partnerNumber: "123456", email: "" })))
        .status,
    ).toBe("not_found");
    actAs(provider.viewer);
    const bad = await restrictInvitation(
      undefined,
      form({ invitationId: draft.invitationId, partnerNumber: "12ab", email: "nope" }),
    );
    expect(bad.status).toBe("invalid");
    expect(bad.fieldErrors).toMatchObject({
      partnerNumber: ["Enter a partner ID: 4 to 12 digits."],
      email: ["Enter a valid email address."],
    });
    expect(await revokeInvitation(undefined, form({ invitationId: draft.invitationId }))).toMatchObject({ status: "success" });
    expect(
      await restrictInvitation(undefined, form({ invitationId: draft.invitationId, partnerNumber: "123456", email: "" })),
    ).toMatchObject({
      status: "invalid",
      message: "This link was already used, revoked or has expired.",
    });
    expect((await invitation(draft.invitationId)).boundPartnerNumber).toBeNull();
  });
});
