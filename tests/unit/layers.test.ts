import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/**
 * The import direction of eslint.config.mjs, checked with the repository's own configuration: the rule
 * that applies to a file in each folder, run on a line that imports what that folder may not.
 */
const cases: [file: string, source: string, refused: boolean][] = [
  ["db/queries/probe.ts", 'import { revokeInvitation } from "@/app/provider/resellers/actions";', true],
  ["db/queries/probe.ts", 'import { x } from "../../app/provider/page";', true],
  ["db/queries/probe.ts", 'import { AppShell } from "@/components/app-shell";', true],
  ["db/queries/probe.ts", 'import { getServerSession } from "next-auth";', true],
  ["db/queries/probe.ts", 'import { currentViewer } from "@/lib/auth";', true],
  ["db/queries/probe.ts", 'import { unstable_cache } from "next/cache";', true],
  ["db/queries/probe.ts", 'import type { Viewer } from "@/lib/viewer";\nimport { NotFoundError } from "@/lib/errors";', false],
  ["lib/probe.ts", 'import { revokeInvitation } from "@/app/provider/resellers/actions";', true],
  ["lib/probe.ts", 'import { listCustomers } from "@/db/queries/customers";', false],
  ["components/probe.tsx", 'import { revokeInvitation } from "@/app/provider/resellers/actions";', true],
  ["components/ui/probe.tsx", 'import { listCustomers } from "@/db/queries/customers";', true],
  ["components/ui/probe.tsx", 'import type { SubscriptionStatus } from "@/db/schema";', false],
  ["app/probe/page.tsx", 'import { listCustomers } from "@/db/queries/customers";', false],
];

describe("layers", () => {
  it("db/ imports nothing from app/, components/, next-auth or Next; lib/ and components/ nothing from app/; components/ui/ loads no data", () => {
    const input = JSON.stringify(cases.map(([file, source]) => [file, source]));
    const out = JSON.parse(
      execFileSync(process.execPath, ["tests/support/import-rule.mjs"], { input, encoding: "utf8" }),
    ) as string[][];
    expect(out.map((messages, i) => `${cases[i]![0]}: ${cases[i]![1]} → ${messages.length ? "refused" : "allowed"}`)).toEqual(
      cases.map(([file, source, refused]) => `${file}: ${source} → ${refused ? "refused" : "allowed"}`),
    );
  }, 120_000);
});
