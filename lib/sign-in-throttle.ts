/**
 * Sign-in throttling (both sign-in paths: the Sign in form's action and next-auth's credentials callback).
 * Every attempt is a row of `sign_in_attempts`, written outside any transaction, so all app instances on
 * one PostgreSQL see the same counts. Three budgets of failures in the last 24 hours, each followed by a
 * growing delay (1 minute after the budget is spent, doubling with each further failure, at most 1 hour):
 *
 * - this account from this address: 5 (reset by a successful sign-in from that address);
 * - any account from this address: 20 (password spraying);
 * - this account from addresses it has not signed in from in 30 days: 50 (guessing from many addresses).
 *
 * No budget locks an account for its owner: the account-wide budget spares the addresses the owner has
 * signed in from, and the others only slow the address that failed. While a delay runs the password is
 * not checked at all.
 */
import { and, eq, gt, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { signInAttempts as t } from "@/db/schema";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
export const THROTTLE = {
  pair: 5,
  address: 20,
  account: 50,
  firstDelayMs: MINUTE,
  maxDelayMs: 60 * MINUTE,
  knownAddressDays: 30,
} as const;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase().slice(0, 320);
}

/** Milliseconds until the next failure may be followed by another attempt, for `failures` within a budget. */
function delayAfter(failures: number, budget: number): number {
  if (failures < budget) return 0;
  return Math.min(THROTTLE.firstDelayMs * 2 ** Math.min(failures - budget, 20), THROTTLE.maxDelayMs);
}

/** How long (ms) this account + address must wait before its next attempt; 0 = go ahead. */
export async function signInWait(rawEmail: string, address: string, now = Date.now(), exceptId?: string): Promise<number> {
  const email = normalizeEmail(rawEmail);
  const since = new Date(now - DAY);
  const knownSince = new Date(now - THROTTLE.knownAddressDays * DAY).toISOString();
  const knownAddresses = sql`(select ${t.address} from ${t} where ${t.email} = ${email} and ${t.succeeded} and ${t.at} > ${knownSince}::timestamptz)`;
  const lastPairSuccess = sql`(select max(${t.at}) from ${t} where ${t.email} = ${email} and ${t.address} = ${address} and ${t.succeeded})`;
  const pair = sql`${t.email} = ${email} and ${t.address} = ${address} and ${t.at} > coalesce(${lastPairSuccess}, '-infinity'::timestamptz)`;
  const byAddress = sql`${t.address} = ${address}`;
  const account = sql`${t.email} = ${email} and ${t.address} not in ${knownAddresses}`;
  const count = (where: ReturnType<typeof sql>) => sql<number>`count(*) filter (where ${where})`.mapWith(Number);
  const last = (where: ReturnType<typeof sql>) =>
    sql<number>`coalesce(extract(epoch from max(${t.at}) filter (where ${where})) * 1000, 0)`.mapWith(Number);
  const [row] = await (
    await getDb()
  )
    .select({
      pair: count(pair),
      pairLast: last(pair),
      address: count(byAddress),
      addressLast: last(byAddress),
      account: count(account),
      accountLast: last(account),
      known: sql<boolean>`${address} in ${knownAddresses}`,
    })
    .from(t)
    .where(
      and(
        eq(t.succeeded, false),
        gt(t.at, since),
        or(eq(t.email, email), eq(t.address, address)),
        exceptId ? sql`${t.id} <> ${exceptId}` : undefined,
      ),
    );
  if (!row) return 0;
  const until = Math.max(
    row.pairLast + delayAfter(row.pair, THROTTLE.pair),
    row.addressLast + delayAfter(row.address, THROTTLE.address),
    row.known ? 0 : row.accountLast + delayAfter(row.account, THROTTLE.account),
  );
  return Math.max(0, until - now);
}

export function tooManyAttemptsMessage(waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / MINUTE));
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/**
 * Claims an attempt: records it as failed first (so concurrent attempts count each other), then checks
 * the budgets without it. Returns the attempt's id, or the wait when over budget (the claim is dropped).
 */
export async function claimSignInAttempt(
  rawEmail: string,
  address: string,
  now = Date.now(),
): Promise<{ id: string } | { waitMs: number }> {
  const db = await getDb();
  const email = normalizeEmail(rawEmail);
  const [attempt] = await db
    .insert(t)
    .values({ email, address, succeeded: false, at: new Date(now) })
    .returning({ id: t.id });
  const waitMs = await signInWait(email, address, now, attempt!.id);
  if (waitMs > 0) {
    await db.delete(t).where(eq(t.id, attempt!.id));
    return { waitMs };
  }
  if (Math.random() < 0.02) await forgetOldAttempts(now);
  return { id: attempt!.id };
}

export async function markSignInSucceeded(attemptId: string) {
  await (await getDb()).update(t).set({ succeeded: true }).where(eq(t.id, attemptId));
}

/** Failures older than a day and successes older than the known-address window no longer count. */
export async function forgetOldAttempts(now = Date.now()) {
  await (
    await getDb()
  )
    .delete(t)
    .where(
      or(and(eq(t.succeeded, false), lt(t.at, new Date(now - DAY))), lt(t.at, new Date(now - THROTTLE.knownAddressDays * DAY))),
    );
}
