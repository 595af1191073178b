#!/usr/bin/env node
// `npm test`: type check, lint, unit + integration on PGlite, then the Playwright browser suite against
// the production build on a fresh PGlite. With TEST_DATABASE_URL (or DATABASE_URL) the integration and
// browser suites run again on fresh databases of that PostgreSQL server. Ends with one line:
// `tests: N passed, M failed`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const bin = (name) => path.join(root, "node_modules", ".bin", name);
fs.mkdirSync(path.join(root, "test-results"), { recursive: true });

let passed = 0;
let failed = 0;
const problems = [];

function step(label, cmd, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) problems.push(label);
  return r.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, "test-results", file), "utf8"));
  } catch {
    return undefined;
  }
}

function countVitest(file, label) {
  const report = readJson(file);
  if (!report) {
    failed += 1;
    problems.push(`${label}: no report`);
    return;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}

const only = process.argv[2]; // optional: "unit" | "e2e"
const pgUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const withoutDb = { ...process.env };
delete withoutDb.DATABASE_URL;
delete withoutDb.TEST_DATABASE_URL;

if (!only) {
  step("type check", bin("tsc"), ["--noEmit"]);
  step("lint", bin("eslint"), ["--max-warnings=0", "."]);
}
if (!only || only === "unit") {
  for (const f of ["vitest-pglite.json", "vitest-postgres.json"]) fs.rmSync(path.join(root, "test-results", f), { force: true });
  console.log("\n── unit + integration (PGlite) ──");
  spawnSync(bin("vitest"), ["run"], { stdio: "inherit", env: withoutDb });
  countVitest("vitest-pglite.json", "unit + integration (PGlite)");
  if (pgUrl) {
    console.log("\n── integration (PostgreSQL) ──");
    spawnSync(bin("vitest"), ["run", "tests/integration"], { stdio: "inherit", env: { ...withoutDb, TEST_DATABASE_URL: pgUrl } });
    countVitest("vitest-postgres.json", "integration (PostgreSQL)");
  } else {
    console.log("\n(integration on PostgreSQL skipped: set TEST_DATABASE_URL to run it)");
  }
}
function browserSuite(label, report, extraEnv) {
  fs.rmSync(path.join(root, "test-results", report), { force: true });
  console.log(`\n── ${label} ──`);
  spawnSync(bin("playwright"), ["test"], { stdio: "inherit", env: { ...withoutDb, E2E_REPORT: `test-results/${report}`, ...extraEnv } });
  const json = readJson(report);
  if (!json) {
    failed += 1;
    problems.push(`${label}: no report`);
    return;
  }
  passed += json.stats.expected + (json.stats.flaky ?? 0);
  failed += json.stats.unexpected;
  if (json.errors?.length) {
    failed += json.errors.length;
    problems.push(`${label}: errors outside tests`);
  }
}

if (!only || only === "e2e") {
  if (step("Chromium", process.execPath, ["scripts/ensure-chromium.mjs"])) {
    browserSuite("browser (Playwright, PGlite)", "e2e-pglite.json", {});
    if (pgUrl) browserSuite("browser (Playwright, PostgreSQL)", "e2e-postgres.json", { E2E_DATABASE_URL: pgUrl });
  } else {
    failed += 1;
  }
}

if (problems.length) console.log(`\nFailed steps: ${problems.join(", ")}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(problems.length || failed ? 1 : 0);
