import "server-only";
import { and, asc, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "@/lib/viewer";
import type { ActivityFilters } from "@/lib/validation/activity";
import { getDb } from "../index";
import { activityRecords, customers, users } from "../schema";
import { afterPosition, decodeCursor, keysetPage } from "./keyset";
import { channelOf } from "./scope";
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
  const { org, side } = channelOf(viewer, "activity.view");
  const a = activityRecords;
  return or(eq(a.actorPartnerId, org), eq(side === "provider" ? a.providerId : a.resellerId, org))!;
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
const cursorKey = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);

/**
 * One page of the log, newest first, keyset-paginated on (created_at, id): `next` is the cursor of
 * the following page, or undefined on the last one. A malformed cursor starts from the top.
 */
export async function activityPage(
  viewer: Viewer,
  filters: ActivityFilters,
  cursor?: string,
  limit = 50,
): Promise<{ rows: ActivityRow[]; next: string | undefined }> {
  const a = activityRecords;
  const seek = afterPosition(decodeCursor(cursor, cursorKey), { sortKey: a.createdAt, id: a.id, keyType: "timestamptz" }, "desc");
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
    .where(and(scopeOf(viewer), filterOf(filters), seek))
    .orderBy(desc(a.createdAt), desc(a.id))
    .limit(limit + 1);
  const page = keysetPage(rows, limit, (r) => ({ key: r.cursorTs, id: r.id }));
  return { rows: page.rows.map(({ cursorTs: _ts, ...row }) => row), next: page.next };
}

/** Every record matching the filters, in pages, for the CSV export (memory stays flat). */
export async function* activityBatches(
  viewer: Viewer,
  filters: ActivityFilters,
  batchSize = 500,
): AsyncGenerator<ActivityRow[], void> {
  let cursor: string | undefined;
  do {
    const { rows, next } = await activityPage(viewer, filters, cursor, batchSize);
    if (rows.length) yield rows;
    cursor = next;
  } while (cursor);
}

/** The action names in the organisation's log, for the Action filter. */
export async function activityActions(viewer: Viewer): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ action: activityRecords.action })
    .from(activityRecords)
    .where(scopeOf(viewer))
    .orderBy(asc(activityRecords.action));
  return rows.map((r) => r.action);
}
