/**
 * Which database this run is on, asked of the database itself: a run meant for PostgreSQL that quietly
 * fell back to PGlite (or the other way round) fails here. `npm test` says what it expects in
 * TEST_EXPECT_DATABASE; run by hand, TEST_DATABASE_URL decides.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testConnection } from "../support/db";

const expected = process.env.TEST_EXPECT_DATABASE ?? (process.env.TEST_DATABASE_URL ? "postgres" : "pglite");

describe("the database of this run", () => {
  it(`is ${expected}`, async () => {
    const conn = await testConnection();
    const result: unknown = await conn.db.execute(
      sql`select version() as version, inet_server_port() as port, current_database() as database`,
    );
    // postgres-js returns the rows, PGlite an object holding them.
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
      version: string;
      port: number | null;
      database: string;
    }[];
    const row = rows[0];
    if (expected === "postgres") {
      expect(conn.kind).toBe("postgres");
      // A PostgreSQL server reached over TCP, in the database made for this run (tests/support/global-setup.ts).
      expect(row!.version).toMatch(/^PostgreSQL \d+/);
      expect(row!.version).not.toMatch(/PGlite|emscripten/i);
      expect(row!.port).toBe(Number(new URL(process.env.TEST_DATABASE_URL!).port || 5432));
      expect(row!.database).toMatch(/^partnerhub_test_/);
      expect(row!.database).toBe(new URL(process.env.PARTNER_HUB_TEST_DB!).pathname.slice(1));
    } else {
      expect(expected).toBe("pglite");
      expect(conn.kind).toBe("pglite");
      expect(row!.version).toMatch(/PGlite/);
      expect(row!.port).toBeNull();
    }
  });
});
