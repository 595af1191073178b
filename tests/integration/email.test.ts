import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { requestPasswordReset, setPasswordWithLink } from "@/lib/actions/account";
import { requestRelationship, sendRelationshipRequest } from "@/app/provider/resellers/actions";
import * as s from "@/db/schema";
import { addUser, deactivateUser } from "@/lib/actions/users";
import { deliverDue, MAX_ATTEMPTS, smtpSenderFor, type Sender } from "@/lib/outbox";
import { RESET_ANSWER, RESET_LIMIT_PER_HOUR } from "@/lib/password-links";
import { verifyCredentials } from "@/lib/sign-in";
import { TEST_PASSWORD, actAs, form, makePartner, testDb } from "../support/db";
import { linkIn, startSmtpSink, textOf } from "../support/smtp-sink";
import { makeAgent } from "../support/world";

type Org = Awaited<ReturnType<typeof makePartner>>;
const NEW_PASSWORD = "a-fresh-password-2026";

async function outboxTo(address: string) {
  return (await testDb()).select().from(s.outboxEmails).where(eq(s.outboxEmails.to, address));
}

/** Clears the outbox so each test's deliveries are its own. */
async function markAllSent() {
  await (
    await testDb()
  )
    .update(s.outboxEmails)
    .set({ sentAt: sql`now()` })
    .where(sql`${s.outboxEmails.sentAt} IS NULL`);
}

const tokenOf = (link: string) => link.slice(link.lastIndexOf("/") + 1);

describe("email through the outbox and SMTP", () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let smtp: Sender;
  let northwind: Org;
  beforeAll(async () => {
    sink = await startSmtpSink();
    smtp = smtpSenderFor(sink.url, "Partner Hub <no-reply@partnerhub.example>");
  });
  afterAll(async () => sink.close());
  beforeEach(async () => {
    northwind = await makePartner("indirect_provider");
    await markAllSent();
    sink.received.length = 0;
  });

  it("Add user: an invitation email with a single-use link (never a password), sent after commit; the link sets the password and signs in", async () => {
    const email = `ivy-${Date.now()}@northwind.example`;
    actAs(northwind.viewer);
    const state = await addUser(undefined, form({ name: "Ivy Invited", email, orgRole: "sales_agent" }));
    expect(state.status).toBe("success");
    expect(state.data).toBeUndefined();
    const [queued] = await outboxTo(email);
    expect(queued).toMatchObject({ kind: "user.invitation", sentAt: null, attempts: 0 });
    const [user] = await (await testDb()).select().from(s.users).where(eq(s.users.email, email));
    expect(user!.passwordHash).toBeNull();

    expect(await deliverDue(smtp)).toEqual({ sent: 1, failed: 0 });
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]!.to).toEqual([email]);
    const link = linkIn(sink.received[0]!.raw)!;
    expect(link).toBeDefined();
    expect(sink.received[0]!.raw).not.toMatch(/password:/i);
    const [sent] = await outboxTo(email);
    expect(sent!.sentAt).not.toBeNull();
    expect(sent!.attempts).toBe(1);
    // Only the hash of the token is stored.
    const tokens = await (await testDb()).select().from(s.passwordTokens).where(eq(s.passwordTokens.userId, user!.id));
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.tokenHash).not.toContain(tokenOf(link));

    actAs(null);
    const set = () =>
      setPasswordWithLink(undefined, form({ token: tokenOf(link), newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    await expect(set()).rejects.toMatchObject({ digest: expect.stringContaining(";/provider;") as string });
    expect((await verifyCredentials(email, NEW_PASSWORD))?.id).toBe(user!.id);
    // Single use.
    expect((await set()).status).toBe("invalid");
  });

  it("is written in the change's transaction: a refused change leaves no email", async () => {
    actAs(northwind.viewer);
    const state = await addUser(undefined, form({ name: "Dup", email: northwind.viewer.email, orgRole: "admin" }));
    expect(state.status).toBe("invalid");
    expect((await outboxTo(northwind.viewer.email)).filter((m) => m.kind === "user.invitation")).toEqual([]);
  });

  it("Forgot password: the same answer for any address; a 1-hour single-use link for an active account; rate limited", async () => {
    actAs(null);
    const unknown = await requestPasswordReset(undefined, form({ email: "nobody-here@nowhere.example" }));
    const known = await requestPasswordReset(undefined, form({ email: northwind.viewer.email.toUpperCase() }));
    expect(unknown).toEqual(known);
    expect(RESET_ANSWER).toBe("auth.forgotPassword.answer");
    expect(known.message).toBe(
      "If an account uses this address, we sent it a link to choose a new password. The link works once, for one hour.",
    );
    expect(await outboxTo("nobody-here@nowhere.example")).toEqual([]);
    const [mail] = await outboxTo(northwind.viewer.email);
    expect(mail!.kind).toBe("password.reset");
    const [token] = await (
      await testDb()
    )
      .select()
      .from(s.passwordTokens)
      .where(eq(s.passwordTokens.userId, northwind.viewer.id));
    expect(token!.expiresAt.getTime() - token!.createdAt.getTime()).toBe(3_600_000);

    for (let i = 1; i < RESET_LIMIT_PER_HOUR + 2; i++)
      expect(await requestPasswordReset(undefined, form({ email: northwind.viewer.email }))).toEqual(known);
    expect(await outboxTo(northwind.viewer.email)).toHaveLength(RESET_LIMIT_PER_HOUR);

    await deliverDue(smtp);
    const links = sink.received.map((m) => linkIn(m.raw)!);
    expect(new Set(links).size).toBe(RESET_LIMIT_PER_HOUR);
    const use = (link: string) =>
      setPasswordWithLink(undefined, form({ token: tokenOf(link), newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    // An expired link is refused; a good one works once and ends the others.
    await (
      await testDb()
    )
      .update(s.passwordTokens)
      .set({ expiresAt: sql`now() - interval '1 second'`, createdAt: sql`now() - interval '2 hours'` })
      .where(eq(s.passwordTokens.tokenHash, token!.tokenHash));
    expect((await use(links[0]!)).status).toBe("invalid");
    await expect(use(links[1]!)).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") as string });
    expect(await verifyCredentials(northwind.viewer.email, TEST_PASSWORD)).toBeNull();
    expect(await verifyCredentials(northwind.viewer.email, NEW_PASSWORD)).not.toBeNull();
    expect((await use(links[2]!)).status).toBe("invalid");
  });

  it("is written in the recipient's language: zh-TW for a user who chose it, else English (the invitation of a new user too)", async () => {
    const db = await testDb();
    await db.update(s.users).set({ locale: "zh-TW" }).where(eq(s.users.id, northwind.viewer.id));
    actAs(null);
    await requestPasswordReset(undefined, form({ email: northwind.viewer.email }));
    const [reset] = await outboxTo(northwind.viewer.email);
    expect(reset!.subject).toBe("重設您的合作夥伴中心密碼");
    expect(reset!.body).toContain(`${northwind.viewer.name} 您好：`);
    expect(reset!.body).toContain("有人要求重設您合作夥伴中心帳戶的密碼。");
    expect(reset!.body).toContain("有效期限為 1 小時");
    expect(reset!.body).not.toMatch(/Hello|link works|Partner Hub/);
    // Delivered as written (UTF-8 over SMTP), its link intact.
    await deliverDue(smtp);
    expect(textOf(sink.received[0]!.raw)).toContain("若要設定新密碼，請開啟：");
    expect(linkIn(sink.received[0]!.raw)).toBeDefined();

    // A new user has chosen no language yet: English, whoever invites it.
    actAs({ ...northwind.viewer, locale: "zh-TW" });
    const email = `ian-${Date.now()}@northwind.example`;
    await addUser(undefined, form({ name: "Ian Invited", email, orgRole: "sales_agent" }));
    const [invitation] = await outboxTo(email);
    expect(invitation!.subject).toBe(`${northwind.viewer.name} invited you to Partner Hub`);
    expect(invitation!.body).toContain("Hello Ian Invited,");
    expect(invitation!.body).toContain(`added you to ${northwind.partner.legalName} on Partner Hub`);
    expect(invitation!.body).toContain("The link works once and for 7 days.");
    // …and in zh-TW once it has chosen zh-TW (a reset of the same user).
    await db.update(s.users).set({ locale: "zh-TW" }).where(eq(s.users.email, email));
    actAs(null);
    await requestPasswordReset(undefined, form({ email }));
    expect((await outboxTo(email)).map((m) => m.subject).sort()).toEqual(
      [`${northwind.viewer.name} invited you to Partner Hub`, "重設您的合作夥伴中心密碼"].sort(),
    );
  });

  it("a deactivated user gets no reset email, and its open links stop working", async () => {
    const agent = await makeAgent(northwind, "helpdesk_agent");
    actAs(null);
    await requestPasswordReset(undefined, form({ email: agent.email }));
    await deliverDue(smtp);
    const link = linkIn(sink.received[0]!.raw)!;
    actAs(northwind.viewer);
    await deactivateUser(undefined, form({ userId: agent.id }));
    actAs(null);
    expect(
      (
        await setPasswordWithLink(
          undefined,
          form({ token: tokenOf(link), newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
        )
      ).status,
    ).toBe("invalid");
    await requestPasswordReset(undefined, form({ email: agent.email }));
    expect(await outboxTo(agent.email)).toHaveLength(1);
  });

  it("without SMTP mail stays in the outbox; a failure is kept and retried with backoff", async () => {
    actAs(null);
    await requestPasswordReset(undefined, form({ email: northwind.viewer.email }));
    expect(await deliverDue(null)).toEqual({ sent: 0, failed: 0 });
    expect((await outboxTo(northwind.viewer.email))[0]).toMatchObject({ sentAt: null, attempts: 0 });

    const down: Sender = () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:25"));
    expect(await deliverDue(down)).toEqual({ sent: 0, failed: 1 });
    const [failed] = await outboxTo(northwind.viewer.email);
    expect(failed).toMatchObject({ attempts: 1, lastError: "connect ECONNREFUSED 127.0.0.1:25", sentAt: null });
    expect(failed!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    // Not due yet: nothing is tried.
    expect(await deliverDue(smtp)).toEqual({ sent: 0, failed: 0 });
    await (
      await testDb()
    )
      .update(s.outboxEmails)
      .set({ nextAttemptAt: sql`now()` })
      .where(eq(s.outboxEmails.id, failed!.id));
    expect(await deliverDue(smtp)).toEqual({ sent: 1, failed: 0 });
    expect((await outboxTo(northwind.viewer.email))[0]).toMatchObject({ attempts: 2, lastError: null });
    expect(MAX_ATTEMPTS).toBeGreaterThan(2);
  });

  it("two workers at once never send the same message twice (FOR UPDATE SKIP LOCKED claims)", async () => {
    const db = await testDb();
    await db
      .insert(s.outboxEmails)
      .values(Array.from({ length: 30 }, (_, i) => ({ kind: "test", to: `w${i}@example.com`, subject: `#${i}`, body: "x" })));
    const seen: string[] = [];
    const slow: Sender = async (m) => {
      seen.push(m.id);
      await new Promise((r) => setTimeout(r, 5));
    };
    const [a, b] = await Promise.all([deliverDue(slow), deliverDue(slow)]);
    expect(a.sent + b.sent).toBe(30);
    expect(new Set(seen).size).toBe(30);
    expect(seen).toHaveLength(30);
  });

  it("the reseller relationship request can be sent from Partner Hub, with its link, to a typed address", async () => {
    actAs(northwind.viewer);
    const draft = (await requestRelationship(undefined, form({}))).data!;
    const send = (extra: Record<string, string>) =>
      sendRelationshipRequest(
        undefined,
        form({
          invitationId: draft.invitationId,
          link: draft.link,
          to: "owner@relecloud.example",
          subject: draft.subject,
          body: draft.body,
          ...extra,
        }),
      );
    expect((await send({ body: "Hello, no link here." })).fieldErrors?.body).toBeDefined();
    expect((await send({ to: "not an address" })).fieldErrors?.to).toBeDefined();
    // Another token (its last character changed, never to itself): not the invitation's link.
    const forged = `${draft.link.slice(0, -1)}${draft.link.endsWith("A") ? "B" : "A"}`;
    expect((await send({ link: forged })).status).toBe("not_found");
    const other = await makePartner("indirect_provider");
    actAs(other.viewer);
    expect((await send({})).status).toBe("not_found");
    actAs(northwind.viewer);
    expect(await send({})).toMatchObject({ status: "success", message: "Sent to owner@relecloud.example." });
    await deliverDue(smtp);
    expect(sink.received.map((m) => m.to[0])).toEqual(["owner@relecloud.example"]);
    expect(sink.received[0]!.raw.replace(/=\r?\n/g, "")).toContain(draft.link.slice(-43));
  });
});
