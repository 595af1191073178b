import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { z } from "zod";

/**
 * Keyset ("seek") paging, for every list that pages: rows ordered by (sort key, id), and a page starts
 * after the last row of the previous one. The cursor is that row's position, opaque to the client.
 */

/** Where a page starts: the sort key's value (as text) and the id of the last row shown. */
export type Position = { key: string; id: string };

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString("base64url");
}

/**
 * The position in a cursor, checked: the id must be a UUID and the key must match `key`. A cursor that is
 * malformed, tampered with or from another list is the first page (undefined); it never reaches SQL.
 */
export function decodeCursor(cursor: string | undefined, key: z.ZodType<string> = z.string().max(500)): Position | undefined {
  if (!cursor) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  const parsed = z.tuple([key, z.uuid()]).safeParse(raw);
  return parsed.success ? { key: parsed.data[0], id: parsed.data[1] } : undefined;
}

/**
 * The condition "after this position" for rows ordered by (`sortKey`, `id`) in `order`; `keyType` is the
 * SQL type the key text is read as. No condition without a position (the first page).
 */
export function afterPosition(
  position: Position | undefined,
  columns: { sortKey: SQL | AnyColumn; id: AnyColumn; keyType?: "text" | "timestamptz" },
  order: "asc" | "desc",
): SQL | undefined {
  if (!position) return undefined;
  const key = sql`${position.key}::${sql.raw(columns.keyType ?? "text")}`;
  return order === "asc"
    ? sql`(${columns.sortKey}, ${columns.id}) > (${key}, ${position.id}::uuid)`
    : sql`(${columns.sortKey}, ${columns.id}) < (${key}, ${position.id}::uuid)`;
}

/** Of `limit + 1` rows fetched, the first `limit`, and the cursor of the next page when there is one. */
export function keysetPage<T>(rows: T[], limit: number, position: (row: T) => Position): { rows: T[]; next: string | undefined } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > limit && last ? encodeCursor(position(last)) : undefined };
}
