import { and, eq } from "drizzle-orm";
import { encode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { changePassword, signIn } from "@/lib/actions/account";
import { signOut } from "@/lib/actions/account";
import { deactivateUser, resetUserPassword } from "@/lib/actions/users";
import * as s from "@/db/schema";
import type * as AuthModule from "@/lib/auth";
import { authOptions } from "@/lib/auth-config";
import { SESSION_ABSOLUTE_MAX_AGE, SESSION_MAX_AGE, authSecret, sessionCookieName } from "@/lib/auth-secret";
import { revokeSessions, sessionClaims } from "@/lib/sessions";
import { attemptSignIn } from "@/lib/sign-in";
import { signInWait, THROTTLE } from "@/lib/sign-in-throttle";
import { TEST_PASSWORD, actAs, form, makePartner, testDb } from "../support/db";
import { expectRedirect } from "../support/next";

// The real lib/auth (tests/support/setup.ts replaces currentViewer for every other test).
const auth = await vi.importActual<typeof AuthModule>("@/lib/auth");
const jar = async () => cookies();
const cookieValue = async () => (await jar()).get(sessionCookieName())?.value;
const useCookie = async (value: string) => (await jar()).set(sessionCookieName(), value);
/** What the app sees for the cookie now in the jar (currentViewer is cached per request; each call here is a request). */
const viewerNow = async () => {
  const token = await cookieValue();
  if (!token) return null;
  return auth.currentViewer();
};
type JwtCallback = NonNullable<NonNullable<ReturnType<typeof authOptions>["callbacks"]>["jwt"]>;
/** next-auth's jwt callback as `/api/auth/session` calls it when it renews a token. */
const jwtCallback = (token: JWT) => authOptions().callbacks!.jwt!({ token } as Parameters<JwtCallback>[0]);

async function signedIn() {
  actAs(null);
  const p = await makePartner("indirect_provider");
  await expectRedirect(signIn(undefined, form({ email: p.user.email, password: TEST_PASSWORD })));
  const token = (await cookieValue())!;
  expect(token).toBeTruthy();
  return { ...p, token };
}

describe("revocable sessions (issue 11 #3)", () => {
  beforeEach(async () => {
    await (await testDb()).delete(s.signInAttempts);
  });

  it("Sign out ends every session of the user: a copied cookie no longer signs anyone in, and is not renewed", async () => {
    const p = await signedIn();
    expect((await viewerNow())?.id).toBe(p.user.id);
    // A second device signed in too.
    await expectRedirect(signIn(undefined, form({ email: p.user.email, password: TEST_PASSWORD })));
    const otherDevice = (await cookieValue())!;

    actAs(p.viewer);
    expect(await expectRedirect(signOut(undefined, form({})))).toBe("/sign-in");
    for (const stolen of [p.token, otherDevice]) {
      await useCookie(stolen);
      expect(await viewerNow()).toBeNull();
      const decoded = (await (await import("next-auth/jwt")).decode({ token: stolen, secret: authSecret() }))!;
      await expect(jwtCallback(decoded)).rejects.toThrow(/session has ended/);
    }
  });

  it("a password change ends the other sessions; this browser gets a new one", async () => {
    const p = await signedIn();
    actAs(p.viewer);
    await expectRedirect(
      changePassword(
        undefined,
        form({ currentPassword: TEST_PASSWORD, newPassword: "a-new-password-42", confirmPassword: "a-new-password-42" }),
      ),
    );
    const fresh = (await cookieValue())!;
    expect(fresh).not.toBe(p.token);
    expect((await viewerNow())?.id).toBe(p.user.id);
    await useCookie(p.token);
    expect(await viewerNow()).toBeNull();
  });

  it("revokeSessions (deactivation, admin reset) ends the sessions of that user only", async () => {
    const a = await signedIn();
    const b = await signedIn();
    await revokeSessions(a.user.id);
    await useCookie(a.token);
    expect(await viewerNow()).toBeNull();
    await useCookie(b.token);
    expect((await viewerNow())?.id).toBe(b.user.id);
  });

  it("an Admin's deactivation or password reset of a user ends that user's sessions at its next request", async () => {
    const admin = await signedIn();
    for (const change of [deactivateUser, resetUserPassword]) {
      const db = await testDb();
      const [agent] = await db
        .insert(s.users)
        .values({
          email: `agent-${Date.now()}-${change.name}@northwind.example`,
          name: "Agent",
          role: "provider",
          orgRole: "sales_agent",
          partnerId: admin.partner.id,
          passwordHash: admin.user.passwordHash,
        })
        .returning();
      actAs(null);
      await expectRedirect(signIn(undefined, form({ email: agent!.email, password: TEST_PASSWORD })));
      const agentCookie = (await cookieValue())!;
      expect((await viewerNow())?.id).toBe(agent!.id);
      actAs(admin.viewer);
      expect((await change(undefined, form({ userId: agent!.id }))).status).toBe("success");
      await useCookie(agentCookie);
      expect(await viewerNow()).toBeNull();
      await useCookie(admin.token);
      expect((await viewerNow())?.id).toBe(admin.user.id);
    }
  });

  it("a session ends after its absolute lifetime, however often it was renewed", async () => {
    const p = await makePartner("indirect_provider");
    const user = { ...p.user, sessionVersion: 0 };
    const at = (secondsAgo: number) => ({ ...sessionClaims(user), authAt: Math.floor(Date.now() / 1000) - secondsAgo });
    const tokenFor = (claims: JWT) => encode({ token: claims, secret: authSecret(), maxAge: SESSION_MAX_AGE });
    await useCookie(await tokenFor(at(SESSION_ABSOLUTE_MAX_AGE - 600)));
    expect((await viewerNow())?.id).toBe(p.user.id);
    await expect(jwtCallback(at(SESSION_ABSOLUTE_MAX_AGE - 600))).resolves.toMatchObject({ sub: p.user.id });
    await useCookie(await tokenFor(at(SESSION_ABSOLUTE_MAX_AGE + 1)));
    expect(await viewerNow()).toBeNull();
    await expect(jwtCallback(at(SESSION_ABSOLUTE_MAX_AGE + 1))).rejects.toThrow();
    // A token from before the session version existed (no sv, no authAt) is not current either.
    await useCookie(await tokenFor({ sub: p.user.id, email: p.user.email, name: p.user.name, role: "provider" }));
    expect(await viewerNow()).toBeNull();
  });
});

describe("sign-in throttling (issue 11 #4)", () => {
  beforeEach(async () => {
    await (await testDb()).delete(s.signInAttempts);
  });
  const wrong = (email: string, address: string) => attemptSignIn(email, "wrong-password-1", address);

  it("after 5 failures of one account from one address that pair waits, growing; the password is not even checked", async () => {
    const p = await makePartner("indirect_provider");
    for (let i = 0; i < THROTTLE.pair; i++)
      expect(await wrong(p.user.email, "10.0.0.1")).toEqual({
        ok: false,
        throttled: false,
        message: "The email or password is incorrect.",
      });
    expect(await attemptSignIn(p.user.email, TEST_PASSWORD, "10.0.0.1")).toEqual({
      ok: false,
      throttled: true,
      message: "Too many attempts. Try again in 1 minute.",
    });
    const db = await testDb();
    expect(await signInWait(p.user.email, "10.0.0.1", Date.now() + 61_000)).toBe(0);
    // One more failure after the delay: two minutes, then four…
    await db.insert(s.signInAttempts).values({ email: p.user.email, address: "10.0.0.1", succeeded: false });
    expect(await signInWait(p.user.email, "10.0.0.1")).toBeGreaterThan(60_000);
    expect(await signInWait(p.user.email, "10.0.0.1")).toBeLessThanOrEqual(120_000);
    // The owner, from another address, is not locked out.
    expect(await attemptSignIn(p.user.email, TEST_PASSWORD, "10.0.0.2")).toMatchObject({ ok: true });
  });

  it("the Sign in form and next-auth's credentials callback are both throttled", async () => {
    actAs(null);
    const p = await makePartner("indirect_provider");
    for (let i = 0; i < THROTTLE.pair; i++) await signIn(undefined, form({ email: p.user.email, password: "wrong-password-1" }));
    const state = await signIn(undefined, form({ email: p.user.email, password: TEST_PASSWORD }));
    expect(state).toMatchObject({ status: "invalid", message: "Too many attempts. Try again in 1 minute." });

    const credentials = authOptions().providers[0]!.options as {
      authorize: (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
    };
    const req = { headers: { "x-forwarded-for": "10.0.0.9" } };
    for (let i = 0; i < THROTTLE.pair; i++)
      expect(await credentials.authorize({ email: p.user.email, password: "nope-nope-1" }, req)).toBeNull();
    await expect(credentials.authorize({ email: p.user.email, password: TEST_PASSWORD }, req)).rejects.toThrow(
      "Too many attempts",
    );
  });

  it("records every failure outside the transaction, with an activity record for a known account", async () => {
    actAs(null);
    const p = await makePartner("indirect_reseller");
    await signIn(undefined, form({ email: p.user.email, password: "wrong-password-1" }));
    await signIn(undefined, form({ email: "nobody@nowhere.example", password: "wrong-password-1" }));
    const db = await testDb();
    const attempts = await db.select().from(s.signInAttempts).where(eq(s.signInAttempts.succeeded, false));
    expect(attempts.map((a) => a.email).sort()).toEqual(["nobody@nowhere.example", p.user.email].sort());
    const records = await db
      .select()
      .from(s.activityRecords)
      .where(and(eq(s.activityRecords.targetId, p.user.id), eq(s.activityRecords.status, "failed")));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ action: "user.sign_in", resellerId: p.partner.id });
  });

  it("password spraying from one address is slowed across accounts", async () => {
    for (let i = 0; i < THROTTLE.address; i++) await wrong(`sprayed-${i}@nowhere.example`, "10.0.1.1");
    expect(await wrong("one-more@nowhere.example", "10.0.1.1")).toEqual({
      ok: false,
      throttled: true,
      message: "Too many attempts. Try again in 1 minute.",
    });
    expect(await wrong("one-more@nowhere.example", "10.0.1.2")).toEqual({
      ok: false,
      throttled: false,
      message: "The email or password is incorrect.",
    });
  });

  it("guessing one account from many addresses is slowed, but not from an address its owner signs in from", async () => {
    const p = await makePartner("indirect_provider");
    expect(await attemptSignIn(p.user.email, TEST_PASSWORD, "192.168.7.7")).toMatchObject({ ok: true });
    const db = await testDb();
    await db.insert(s.signInAttempts).values(
      Array.from({ length: THROTTLE.account }, (_, i) => ({
        email: p.user.email,
        address: `172.16.${i >> 8}.${i & 255}`,
        succeeded: false,
      })),
    );
    expect(await wrong(p.user.email, "172.17.0.1")).toEqual({
      ok: false,
      throttled: true,
      message: "Too many attempts. Try again in 1 minute.",
    });
    expect(await attemptSignIn(p.user.email, TEST_PASSWORD, "192.168.7.7")).toMatchObject({ ok: true });
  });

  it("concurrent guesses count each other: no more than the budget get their password checked", async () => {
    const p = await makePartner("indirect_provider");
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => wrong(p.user.email, "10.0.2.1")));
    const checked = outcomes.filter((o) => !o.ok && o.message.startsWith("The email")).length;
    expect(checked).toBeLessThanOrEqual(THROTTLE.pair);
  });
});
