/**
 * The generated-input sweep of the server actions (issue 11): every action the authorization matrix
 * discovers, called by every kind of actor with hostile bodies: not a form at all, every field replaced by
 * a hostile value (36 characters that are no UUID, NUL, 1 MB, out-of-range dates and numbers, files),
 * repeated fields, too many fields. Nothing may end in an unexpected error ("Something went wrong", a
 * throw): a refusal, a not-found or a redirect are the only answers. Pages, exports and routes:
 * tests/e2e/hostile-input.spec.ts.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { actionSchema, MAX_FORM_FIELDS } from "@/lib/action";
import { actAs } from "../support/db";
import { discoverServerActions, type ServerAction } from "../support/server-actions";
import { buildWorld } from "../support/world";

export const HOSTILE_VALUES = [
  "-".repeat(36),
  "00000000-0000-0000-0000-00000000000g",
  "a\u0000b",
  "x".repeat(1_000_000),
  "0000-01-01",
  "9999-12-31",
  "-1",
  "1e309",
  "99999999999999999999",
  "NaN",
  "",
  "__proto__",
  "\uD800",
  "https://evil.example/\t/x",
];

/** The form fields an action's schema reads (`name[]` for arrays), through pipes and wrappers. */
function fieldsOf(schema: z.ZodType | undefined): string[] {
  let s = schema as unknown as
    | {
        def?: {
          type: string;
          in?: unknown;
          innerType?: unknown;
          shape?: Record<string, { def?: { type: string; innerType?: unknown } }>;
        };
      }
    | undefined;
  for (let i = 0; i < 10 && s?.def; i++) {
    if (s.def.type === "object" && s.def.shape) {
      return Object.entries(s.def.shape).map(([k, v]) => {
        let t = v as { def?: { type: string; innerType?: unknown } } | undefined;
        while (t?.def && ["optional", "default", "catch", "nullable"].includes(t.def.type)) t = t.def.innerType as typeof t;
        return t?.def?.type === "array" ? `${k}[]` : k;
      });
    }
    s = (s.def.in ?? s.def.innerType) as typeof s;
  }
  return [];
}

function formOf(entries: [string, string | Blob][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

function bodiesFor(fields: string[]): { label: string; body: unknown }[] {
  const names = fields.length ? fields : ["id"];
  return [
    ...[null, undefined, "", "email=a@b.example", 42, [], ["a", "b"], { nested: { deep: [1] } }, new Map([["a", "b"]])].map(
      (body) => ({ label: `body ${JSON.stringify(body) ?? "undefined"}`, body }),
    ),
    ...HOSTILE_VALUES.map((v) => ({
      label: `every field ${JSON.stringify(v.slice(0, 40))}`,
      body: formOf(names.map((n) => [n, v])),
    })),
    {
      label: "every field repeated",
      body: formOf(
        names.flatMap(
          (n) =>
            [
              [n, "1"],
              [n, "-".repeat(36)],
            ] as [string, string][],
        ),
      ),
    },
    {
      label: "every field a file",
      body: formOf(names.map((n) => [n, new Blob(["\u0000\u0001"], { type: "application/octet-stream" })])),
    },
    { label: "too many fields", body: formOf(Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, i) => [`${names[0]}${i}`, "x"])) },
  ];
}

/** "ok" for every answer a user can get from a refused input; otherwise what went wrong. */
async function answerOf(fn: ServerAction, body: unknown): Promise<string> {
  try {
    const result = (await fn(undefined, body)) as { status?: string; message?: string } | undefined;
    if (result?.status === "error") return `unexpected error: ${result.message}`;
    return "ok";
  } catch (err) {
    const digest = (err as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT") || digest === "NEXT_NOT_FOUND" || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404"))
      return "ok";
    return `threw ${(err as Error).message?.slice(0, 300)}`;
  }
}

const discovered = await discoverServerActions();

describe("hostile input to every server action: no unexpected error", () => {
  it("finds the actions and their fields", () => {
    expect(discovered.size).toBeGreaterThanOrEqual(20);
    const wrapped = [...discovered.values()].filter((fn) => fieldsOf(actionSchema(fn)).length > 0);
    expect(wrapped.length).toBeGreaterThanOrEqual(discovered.size - 2);
  });

  for (const [key, fn] of discovered) {
    it(
      key,
      async () => {
        const w = await buildWorld();
        const fields = fieldsOf(actionSchema(fn));
        const failures: string[] = [];
        for (const actor of ["provider", "reseller", "customerAdmin", "operator", "signedOut"] as const) {
          actAs(w.viewers[actor]);
          for (const { label, body } of bodiesFor(fields)) {
            const answer = await answerOf(fn, body);
            if (answer !== "ok") failures.push(`${actor} · ${label}: ${answer}`);
          }
        }
        expect(failures).toEqual([]);
      },
      120_000,
    );
  }
});
