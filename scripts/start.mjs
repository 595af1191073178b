#!/usr/bin/env node
// `npm start`: prepare the database (migrate; demo data on an empty one), build when the sources are
// newer than the last build, then serve. Any failure before serving exits non-zero.
import { spawnSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const env = { ...process.env };
env.NODE_ENV ??= "production";

// A signing secret for sessions: yours from NEXTAUTH_SECRET, or one made once for this machine.
if (!env.NEXTAUTH_SECRET) {
  const file = path.join(root, ".data", "auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

function run(cmd, args, extra = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extra } });
  if (r.status !== 0) {
    console.error(`[partner-hub] ${cmd} ${args.join(" ")} failed (exit ${r.status ?? r.signal}); not starting.`);
    process.exit(r.status || 1);
  }
}

// `npm start` on a fresh clone is the demo: an empty database (PGlite or DATABASE_URL) gets the demo data.
// A deployment says NODE_ENV=production itself, and then nothing is seeded unless SEED_DEMO=1.
const seedDefault = env.SEED_DEMO ?? (process.env.NODE_ENV === "production" ? "0" : "1");
run(process.execPath, ["--import", "tsx", "scripts/prepare.ts"], { SEED_DEMO: seedDefault });

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}
const buildId = path.join(root, ".next", "BUILD_ID");
const sources = ["app", "components", "lib", "db", "proxy.ts", "next.config.js", "package.json", "postcss.config.mjs"];
const newest = Math.max(...sources.filter((s) => fs.existsSync(s)).map((s) => (fs.statSync(s).isDirectory() ? newestSource(s) : fs.statSync(s).mtimeMs)));
if (env.SKIP_BUILD !== "1" && (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newest)) {
  console.log("[partner-hub] building the app (first start or changed sources)…");
  run(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"]);
}

const port = env.PORT ?? "3000";
env.NEXTAUTH_URL ??= `http://localhost:${port}`;
const child = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", port], { stdio: "inherit", env });
const forward = (sig) => child.kill(sig);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
