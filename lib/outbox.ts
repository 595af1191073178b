import "server-only";
import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Db } from "@/db/client";
import { getDb } from "@/db";
import { outboxEmails } from "@/db/schema";
import { env } from "./env";

/**
 * The email outbox (issue 14). `enqueueEmail` writes a message in the transaction of the change that
 * causes it, so an email exists exactly when its change committed. `deliverDue` sends what is due over
 * SMTP (`SMTP_URL`); without SMTP_URL mail stays in the outbox, where the operator reads it (Outbox page).
 * Claims take rows with FOR UPDATE SKIP LOCKED and push their next attempt forward (a lease), so two
 * app instances never send the same message; a failure is kept with its attempt count and retried
 * with exponential backoff, up to MAX_ATTEMPTS.
 */
export const MAX_ATTEMPTS = 8;
const LEASE_SECONDS = 120;
const BATCH = 10;

export type Email = { kind: string; to: string; subject: string; body: string };

/** Inside an action, getDb() is its transaction: the email commits (or not) with the change. */
export async function enqueueEmail(email: Email) {
  const db = await getDb();
  const [row] = await db.insert(outboxEmails).values(email).returning({ id: outboxEmails.id });
  return row!.id;
}

/** Seconds until the next try after `attempts` failed ones: 30 s, 1 min, 2 min, … capped at 1 hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

export type Sender = (email: Email & { id: string }) => Promise<void>;

/** nodemailer over an SMTP URL (smtp://user:pass@mail.example:587, smtps://… for TLS). */
export function smtpSenderFor(url: string, from = env().MAIL_FROM): Sender {
  const transport = nodemailer.createTransport(url);
  return async (m) => {
    await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.body, messageId: `<${m.id}@partner-hub>` });
  };
}

let smtp: { url: string; send: Sender } | undefined;

/** The sender of SMTP_URL, or null without it (mail then stays in the outbox). */
export function smtpSender(): Sender | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  if (smtp?.url !== url) smtp = { url, send: smtpSenderFor(url) };
  return smtp.send;
}

/** Claims up to BATCH due messages for this worker (a lease of LEASE_SECONDS). */
async function claim(db: Db) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outboxEmails.id })
      .from(outboxEmails)
      .where(
        and(
          isNull(outboxEmails.sentAt),
          lte(outboxEmails.nextAttemptAt, sql`now()`),
          sql`${outboxEmails.attempts} < ${MAX_ATTEMPTS}`,
        ),
      )
      .orderBy(asc(outboxEmails.nextAttemptAt))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    const claimed = [];
    for (const { id } of due) {
      const [row] = await tx
        .update(outboxEmails)
        .set({ attempts: sql`${outboxEmails.attempts} + 1`, nextAttemptAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})` })
        .where(eq(outboxEmails.id, id))
        .returning();
      claimed.push(row!);
    }
    return claimed;
  });
}

/**
 * Sends what is due; returns how many were sent and how many failed. Runs after commits (lib/action.ts
 * kicks it) and on a timer (instrumentation.ts). `send` defaults to SMTP; with neither, nothing happens.
 */
export async function deliverDue(send: Sender | null = smtpSender()): Promise<{ sent: number; failed: number }> {
  if (!send) return { sent: 0, failed: 0 };
  const db = await getDb();
  let sent = 0;
  let failed = 0;
  for (;;) {
    const batch = await claim(db);
    if (batch.length === 0) break;
    for (const m of batch) {
      try {
        await send({ id: m.id, kind: m.kind, to: m.to, subject: m.subject, body: m.body });
        await db
          .update(outboxEmails)
          .set({ sentAt: sql`now()`, lastError: null })
          .where(eq(outboxEmails.id, m.id));
        sent++;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        await db
          .update(outboxEmails)
          .set({
            lastError: message.slice(0, 1000),
            nextAttemptAt: sql`now() + make_interval(secs => ${backoffSeconds(m.attempts)})`,
          })
          .where(eq(outboxEmails.id, m.id));
        failed++;
      }
    }
    if (batch.length < BATCH) break;
  }
  return { sent, failed };
}

let running: Promise<unknown> | null = null;

/** Starts a delivery now unless one is running (never throws: a failure is logged and retried later). */
export function kickOutbox() {
  if (running) return;
  running = deliverDue()
    .catch((err: unknown) => console.error("[outbox] delivery failed:", err))
    .finally(() => {
      running = null;
    });
}
