import { sql } from "drizzle-orm";
import { connection } from "@/db";

export const dynamic = "force-dynamic";

/** Liveness + database readiness, polled by load balancers and the Playwright web server. */
export async function GET() {
  try {
    const conn = await connection();
    await conn.db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: conn.kind });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
