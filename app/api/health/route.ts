import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * Liveness: the process is up and answering. It does not touch the database, so a database outage does
 * not get healthy instances restarted (that is /api/ready's question). `database` says which kind this
 * instance is configured for.
 */
export function GET() {
  return Response.json(
    { status: "ok", database: env().DATABASE_URL ? "postgres" : "pglite" },
    { headers: { "Cache-Control": "no-store" } },
  );
}
