/**
 * Every server action in the code: each export of each "use server" file under app, lib, components, db.
 * Shared by the authorization matrix and the hostile-input sweep (tests/integration).
 */
import fs from "node:fs";
import path from "node:path";

export type ServerAction = (...args: unknown[]) => Promise<unknown>;

export const root = path.resolve(__dirname, "../..");
const SOURCE_DIRS = ["app", "lib", "components", "db"];
const USE_SERVER_FILE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;
export const USE_SERVER_ANYWHERE = /["']use server["']/;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.posix.join(dir, f.split(path.sep).join("/")));
}

export const files = SOURCE_DIRS.flatMap(sourceFiles);
export const serverFiles = files.filter((f) => USE_SERVER_FILE.test(fs.readFileSync(path.join(root, f), "utf8")));

/** `file#export` → the action. */
export async function discoverServerActions(): Promise<Map<string, ServerAction>> {
  const discovered = new Map<string, ServerAction>();
  for (const file of serverFiles) {
    const mod = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      if (typeof value === "function") discovered.set(`${file}#${name}`, value as ServerAction);
  }
  return discovered;
}
