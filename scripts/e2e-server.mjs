// The browser suite's server: `npm start` on a fresh PGlite folder (or a fresh PostgreSQL database
// when E2E_DATABASE_URL is set), so every run starts from the demo data alone.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const env = { ...process.env, SEED_DEMO: "1" };
delete env.DATABASE_URL;
let dropDatabase = () => {};
if (process.env.E2E_DATABASE_URL) {
  const url = new URL(process.env.E2E_DATABASE_URL);
  const name = `partnerhub_e2e_${process.pid}`;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/create-database.ts", admin.toString(), name], {
    cwd: root,
    stdio: "inherit",
  });
  if (r.status !== 0) process.exit(1);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  dropDatabase = () =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/create-database.ts", admin.toString(), name, "--drop"], {
      cwd: root,
      stdio: "inherit",
    });
} else {
  const dir = path.join(root, ".data", "e2e");
  fs.rmSync(dir, { recursive: true, force: true });
  env.PGLITE_DIR = dir;
}
const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], { stdio: "inherit", env, cwd: root });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => {
  dropDatabase();
  process.exit(code ?? 0);
});
