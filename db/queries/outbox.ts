import "server-only";
import { desc } from "drizzle-orm";
import type { Viewer } from "@/lib/viewer";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { getDb } from "../index";
import { outboxEmails } from "../schema";

export const OUTBOX_PAGE = 100;

/** The newest emails of the outbox, for the operator (`operator.outbox`). */
export async function latestEmails(viewer: Viewer) {
  if (!can(viewer, "operator.outbox")) throw new NotFoundError();
  const db = await getDb();
  return db.select().from(outboxEmails).orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id)).limit(OUTBOX_PAGE);
}
