/** /api/health (liveness: the process answers) and /api/ready (the database answers and is fully migrated). */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { testConnection } from "../support/db";

describe("health and readiness", () => {
  it("is live and says which kind of database it is configured for", async () => {
    const conn = await testConnection();
    const res = health();
    expect(res.status).toBe(200);
    // The suite's connection is set by the tests, not by DATABASE_URL: only the shape is the app's.
    expect(await res.json()).toEqual({ status: "ok", database: process.env.DATABASE_URL ? "postgres" : "pglite" });
    expect(["pglite", "postgres"]).toContain(conn.kind);
  });

  it("is ready on a migrated database, and not ready while the newest migration is missing", async () => {
    const conn = await testConnection();
    const res = await ready();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready", database: conn.kind });

    // As if the newest migration of this build had not run yet.
    await conn.db.execute(
      sql`update drizzle.__drizzle_migrations set created_at = created_at - 1 where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`,
    );
    try {
      const pending = await ready();
      expect(pending.status).toBe(503);
      expect(await pending.json()).toEqual({ status: "unavailable", database: conn.kind, reason: "migrations pending" });
    } finally {
      await conn.db.execute(
        sql`update drizzle.__drizzle_migrations set created_at = created_at + 1 where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`,
      );
    }
    expect((await ready()).status).toBe(200);
  });
});
