import "server-only";
import { and, asc, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth";
import { NotFoundError } from "@/lib/form-state";
import { can } from "@/lib/permissions";
import type { ActivityFilters } from "@/lib/validation/activity";
import { getDb } from "../index";
import { activityRecords, customers, users } from "../schema";
import { contains } from "./search";

export type ActivityRow = {
  id: string;
  createdAt: Date;
  action: string;
  status: string;
  userName: string | null;
  userEmail: string | null;
  customerName: string | null;
  details: { before?: unknown; after?: unknown; summary?: string };
};

/**
 * The organisation's records: a provider's are those about its tenant or made by its users; a
 * reseller's those made by its users or involving it. Other roles have no activity log.
 */
function scopeOf(viewer: Viewer): SQL {
  const org = viewer.partnerId;
  if (!can(viewer.role, "activity.view") || !org) throw new NotFoundError();
  const a = activityRecords;
  return viewer.role === "provider" ? or(eq(a.providerId, org), eq(a.actorPartnerId, org))! : or(eq(a.actorPartnerId, org), eq(a.resellerId, org))!;
}

function filterOf(f: ActivityFilters): SQL {
  const a = activityRecords;
  return and(
    gte(a.createdAt, f.from),
    lt(a.createdAt, f.to),
    f.action ? eq(a.action, f.action) : undefined,
    f.customer ? contains(customers.companyName, f.customer) : undefined,
  )!;
}

// The cursor carries the timestamp at PostgreSQL's microsecond precision: a JS Date (milliseconds)
// would skip or repeat records that share a millisecond.
const cursorTs = sql<string>`to_char(${activityRecords.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export function encodeCursor(ts: string, id: string): string {
  return Buffer.from(`${ts}|${id}`).toString("base64url");
}

function decodeCursor(cursor: string | undefined): { ts: string; id: string } | null {
  if (!cursor) return null;
  const [ts, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const ok = ts && id && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(ts) && /^[0-9a-f-]{36}$/i.test(id);
  return ok ? { ts, id } : null;
}

/**
 * One page of the log, newest first, keyset-paginated on (created_at, id): `next` is the cursor of
 * the following page, or null on the last one. A malformed cursor starts from the top.
 */
export async function activityPage(viewer: Viewer, filters: ActivityFilters, cursor?: string, limit = 50): Promise<{ rows: ActivityRow[]; next: string | null }> {
  const a = activityRecords;
  const after = decodeCursor(cursor);
  const db = await getDb();
  const rows = await db
    .select({
      id: a.id,
      createdAt: a.createdAt,
      cursorTs,
      action: a.action,
      status: a.status,
      userName: users.name,
      userEmail: users.email,
      customerName: customers.companyName,
      details: a.details,
    })
    .from(a)
    .leftJoin(users, eq(users.id, a.actorUserId))
    .leftJoin(customers, eq(customers.id, a.customerId))
    .where(and(scopeOf(viewer), filterOf(filters), after ? sql`(${a.createdAt}, ${a.id}) < (${after.ts}::timestamptz, ${after.id}::uuid)` : undefined))
    .orderBy(desc(a.createdAt), desc(a.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    rows: page.map(({ cursorTs: _ts, ...row }) => row),
    next: rows.length > limit && last ? encodeCursor(last.cursorTs, last.id) : null,
  };
}

/** Every record matching the filters, in pages, for the CSV export (memory stays flat). */
export async function* activityBatches(viewer: Viewer, filters: ActivityFilters, batchSize = 500): AsyncGenerator<ActivityRow[], void> {
  let cursor: string | undefined;
  do {
    const { rows, next } = await activityPage(viewer, filters, cursor, batchSize);
    if (rows.length) yield rows;
    cursor = next ?? undefined;
  } while (cursor);
}

/** The action names in the organisation's log, for the Action filter. */
export async function activityActions(viewer: Viewer): Promise<string[]> {
  const db = await getDb();
  const rows = await db.selectDistinct({ action: activityRecords.action }).from(activityRecords).where(scopeOf(viewer)).orderBy(asc(activityRecords.action));
  return rows.map((r) => r.action);
}
