#!/usr/bin/env node
// `npm start` in a checkout: build when the sources are newer than the last build (`npm run build`, with
// an empty environment), then run the production server .next/standalone/serve.mjs, which checks the
// configuration, migrates, seeds demo data on an empty database and serves. Any failure exits non-zero.
//
// Without NODE_ENV this is the newcomer's demo: NODE_ENV=production, a session secret made once in
// .data/auth-secret, demo data on an empty database. With NODE_ENV=production set by you it is a
// deployment: nothing is made up, and a missing or weak NEXTAUTH_SECRET stops the start.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const env = { ...process.env };
const demo = !process.env.NODE_ENV;
env.NODE_ENV ??= "production";

if (demo && !env.NEXTAUTH_SECRET) {
  const file = path.join(root, ".data", "auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
// `npm start` on a fresh clone is the demo: an empty database (PGlite or DATABASE_URL) gets the demo data.
// A deployment says NODE_ENV=production itself, and then nothing is seeded unless SEED_DEMO=1.
env.SEED_DEMO ??= demo ? "1" : "0";
// The demo is read by a person: readable log lines. A deployment logs JSON (LOG_FORMAT decides).
if (demo) env.LOG_FORMAT ??= "pretty";
env.PORT ??= "3000";
env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;

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
const built = path.join(root, ".next", "standalone", "build-info.json");
const sources = [
  "app",
  "components",
  "lib",
  "db",
  "messages",
  "i18n",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "package.json",
  "postcss.config.mjs",
  "scripts/serve.mjs",
  "scripts/prepare.ts",
  "scripts/build.mjs",
];
const newest = Math.max(
  ...sources
    .filter((s) => fs.existsSync(s))
    .map((s) => (fs.statSync(s).isDirectory() ? newestSource(s) : fs.statSync(s).mtimeMs)),
);
if (env.SKIP_BUILD !== "1" && (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newest)) {
  console.log("[partner-hub] building the app (first start or changed sources)…");
  const r = spawnSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`[partner-hub] the build failed (exit ${r.status ?? r.signal}); not starting.`);
    process.exit(r.status || 1);
  }
}

// `--build-only`: just the step above (the test runner builds once, then starts two suites' servers).
if (process.argv.includes("--build-only")) process.exit(0);

const child = spawn(process.execPath, [path.join(root, ".next", "standalone", "serve.mjs")], { stdio: "inherit", env });
const forward = (sig) => child.kill(sig);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
