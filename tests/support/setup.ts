import { vi } from "vitest";
import type * as Auth from "@/lib/auth";

// Outside a Next request there is no cache to revalidate and no cookie jar; the session is whoever
// the test says it is (tests/support/db.ts → actAs).
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
}));
vi.mock("next/headers", () => {
  // One jar for the whole run: modules imported by an earlier file keep the cookies() of their time.
  const jar = ((globalThis as { __testCookieJar?: Map<string, string> }).__testCookieJar ??= new Map<string, string>());
  return {
    cookies: async () => ({
      get: (n: string) => (jar.has(n) ? { name: n, value: jar.get(n) } : undefined),
      set: (n: string, v: string) => void jar.set(n, v),
      delete: (n: string) => void jar.delete(n),
    }),
    headers: async () => new Headers(),
  };
});
// Outside a request `connection()` (render per request) has no request to mark; it is a no-op here.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<object>()), connection: async () => {} }));
// Only where the viewer comes from is replaced: requireViewer keeps its rule (sign-in, pending password
// change, the permission it is given → 404).
vi.mock("@/lib/auth", async (importOriginal) => {
  const original = await importOriginal<typeof Auth>();
  const { testViewer } = await import("./db");
  return {
    ...original,
    currentViewer: async () => testViewer(),
    requireViewer: async (permission?: Parameters<typeof original.requireViewer>[0]) =>
      original.admitViewer(testViewer(), permission),
  };
});

// Open (and migrate) the run's database before the first test of each file.
const { beforeAll } = await import("vitest");
beforeAll(async () => {
  const { testConnection } = await import("./db");
  await testConnection();
});
