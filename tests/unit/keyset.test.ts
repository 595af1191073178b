import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeCursor, encodeCursor, keysetPage } from "@/db/queries/keyset";

const id = "3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e";

describe("keyset cursors", () => {
  it("round-trips a position", () => {
    expect(decodeCursor(encodeCursor({ key: "contoso", id }))).toEqual({ key: "contoso", id });
  });

  it("reads anything malformed, tampered with or from another list as the first page", () => {
    const ts = z.string().regex(/^\d{4}-\d{2}-\d{2}T/);
    for (const cursor of [undefined, "", "%%%", "bm9uc2Vuc2U", Buffer.from("[1,2]").toString("base64url")])
      expect(decodeCursor(cursor)).toBeUndefined();
    // A 36-character id that is no UUID never reaches SQL.
    expect(decodeCursor(encodeCursor({ key: "a", id: "-".repeat(36) }))).toBeUndefined();
    // A customers-list cursor given to a list keyed by time.
    expect(decodeCursor(encodeCursor({ key: "contoso", id }), ts)).toBeUndefined();
    expect(decodeCursor(encodeCursor({ key: "2026-01-01T00:00:00.000000Z", id }), ts)).toEqual({
      key: "2026-01-01T00:00:00.000000Z",
      id,
    });
  });

  it("keeps `limit` rows and points past the last one only when there are more", () => {
    const rows = [1, 2, 3].map((n) => ({ n, id }));
    expect(keysetPage(rows, 3, (r) => ({ key: String(r.n), id: r.id })).next).toBeUndefined();
    const page = keysetPage(rows, 2, (r) => ({ key: String(r.n), id: r.id }));
    expect(page.rows).toHaveLength(2);
    expect(decodeCursor(page.next)).toEqual({ key: "2", id });
  });
});
