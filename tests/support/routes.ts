/** Every page and route handler in the code, as URL patterns (shared by the e2e matrix and the hostile-input sweep). */
import fs from "node:fs";
import path from "node:path";

const appDir = path.resolve(__dirname, "../../app");

/** `app/(auth)/sign-in/page.tsx` → `/sign-in`; route groups and parallel-route slots are not in the URL. */
export function discoverRoutes(): string[] {
  const routes = new Set<string>();
  for (const file of fs.readdirSync(appDir, { recursive: true, encoding: "utf8" })) {
    const parts = file.split(path.sep);
    if (!/^(page\.(tsx|ts|jsx|js)|route\.(ts|js))$/.test(parts.pop()!)) continue;
    routes.add(`/${parts.filter((p) => !/^\(.*\)$/.test(p) && !p.startsWith("@")).join("/")}`);
  }
  return [...routes].sort();
}
