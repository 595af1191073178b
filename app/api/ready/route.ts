import { sql } from "drizzle-orm";
import { connection } from "@/db";
import { rowsOf } from "@/db/client";
import journal from "@/db/migrations/meta/_journal.json";

export const dynamic = "force-dynamic";

/** The newest migration this build was made with (drizzle records each one's `when` as `created_at`). */
const expected = Math.max(...journal.entries.map((e) => e.when));

/**
 * Readiness: send traffic here? Yes when the database answers and has every migration this build knows
 * (a new version deployed before its migrations ran is not ready). 503 with the reason otherwise.
 */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  let kind: string | undefined;
  try {
    const conn = await connection();
    kind = conn.kind;
    const result: unknown = await conn.db.execute(sql`select max(created_at) as latest from drizzle.__drizzle_migrations`);
    const latest = Number(rowsOf<{ latest: string | number | null }>(result)[0]?.latest ?? 0);
    if (latest < expected)
      return Response.json({ status: "unavailable", database: kind, reason: "migrations pending" }, { status: 503, headers });
    return Response.json({ status: "ready", database: kind }, { headers });
  } catch {
    return Response.json({ status: "unavailable", database: kind, reason: "database unreachable" }, { status: 503, headers });
  }
}
