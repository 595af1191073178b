#!/usr/bin/env node
// `npm run build`: `next build` with an EMPTY environment (no secret, no database can leak into or be
// needed by the build), then completes `.next/standalone` into a self-contained deployment:
//   .next/standalone/serve.mjs     the production server (scripts/serve.mjs)
//   .next/standalone/prepare.mjs   migrate + seed (scripts/prepare.ts, bundled)
//   .next/standalone/db/migrations the committed migrations
//   .next/standalone/.next/static  and public/, which Next leaves for the deployer to copy
// Build once, then run that folder anywhere with the environment given at run time (README "Deploying").
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);

// Only what a compiler needs to find itself; every other variable (secrets, URLs, NODE_ENV) stays out.
const KEEP = ["PATH", "HOME", "TMPDIR", "LANG", "SystemRoot", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY"];
const buildEnv = { NEXT_TELEMETRY_DISABLED: "1" };
for (const k of KEEP) if (process.env[k] !== undefined) buildEnv[k] = process.env[k];

const r = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
  stdio: "inherit",
  env: buildEnv,
});
if (r.status !== 0) process.exit(r.status || 1);

const out = path.join(root, ".next", "standalone");
const copy = (from, to) => {
  if (!fs.existsSync(from)) return;
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
};
copy(path.join(root, ".next", "static"), path.join(out, ".next", "static"));
copy(path.join(root, "public"), path.join(out, "public"));
copy(path.join(root, "db", "migrations"), path.join(out, "db", "migrations"));
fs.copyFileSync(path.join(root, "scripts", "serve.mjs"), path.join(out, "serve.mjs"));

// The start-up step as one file: drizzle and zod inside; the database drivers and argon2 (native) come
// from the standalone node_modules, where Next's trace put them because the app imports them too.
await build({
  entryPoints: [path.join(root, "scripts", "prepare.ts")],
  outfile: path.join(out, "prepare.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["react-server"],
  external: ["@electric-sql/pglite", "@electric-sql/pglite/*", "postgres", "@node-rs/argon2"],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: "warning",
});
for (const pkg of ["@electric-sql/pglite", "postgres", "@node-rs/argon2"]) {
  if (!fs.existsSync(path.join(out, "node_modules", pkg))) {
    console.error(`[partner-hub] build: ${pkg} is missing from .next/standalone/node_modules`);
    process.exit(1);
  }
}
// What the build saw, for the record (and for the test that the build needs no environment).
fs.writeFileSync(
  path.join(out, "build-info.json"),
  JSON.stringify({ builtAt: new Date().toISOString(), environment: Object.keys(buildEnv).sort() }, null, 2),
);
console.log("[partner-hub] build complete: .next/standalone is the deployment (node serve.mjs)");
