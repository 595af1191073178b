#!/usr/bin/env node
// `npm test`: type check, lint, unit + integration on PGlite, then the Playwright browser suite against
// the production build on a fresh PGlite. With TEST_DATABASE_URL (or DATABASE_URL) the integration and
// browser suites run again on fresh databases of that PostgreSQL server. Ends with one line:
// `tests: N passed, M failed`.
//
// The line counts what did NOT run as failed: a type or lint error (one per error), a test file that
// could not load, tests skipped because a `beforeAll` failed, a PostgreSQL run that could not start
// (every test it should have run), a missing Chromium (every browser test), a runner that exited
// non-zero although its report says all passed. Green means every planned test ran and passed.
import { spawn, spawnSync } from "node:child_process";
import { Buffer } from "node:buffer";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const bin = (name) => path.join(root, "node_modules", ".bin", name);
fs.mkdirSync(path.join(root, "test-results"), { recursive: true });

let passed = 0;
let failed = 0;
const problems = [];
/** The tests that failed, by name, repeated at the end so the summary says which (logs can be long). */
const failedNames = [];

/** Counts `n` (at least 1) failures for a step that went wrong, and names it in the summary. */
function fail(label, n = 1) {
  failed += Math.max(1, n);
  problems.push(label);
}

/** Runs a check whose output we also read (tsc, eslint): every error it reports is one failure. */
async function check(label, cmd, args, countErrors) {
  const r = await new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => out.push(c));
    child.on("close", (status) => resolve({ status, output: Buffer.concat(out).toString("utf8") }));
  });
  console.log(`\n── ${label} ──`);
  process.stdout.write(r.output);
  if (r.status === 0) return;
  const n = countErrors(r.output);
  fail(`${label} (${n || "exit " + r.status})`, n);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, "test-results", file), "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * Runs a command in the background: its whole output goes to test-results/<log>, and the lines that are
 * not a web server's log are echoed with `tag` (suites run side by side). Resolves with its exit status.
 */
function startTagged(tag, cmd, args, env, log) {
  const logFile = path.join(root, "test-results", log);
  const out = fs.createWriteStream(logFile);
  const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let pending = "";
  const echo = (chunk) => {
    out.write(chunk);
    pending += chunk.toString("utf8");
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) if (!line.startsWith("[WebServer]")) console.log(`[${tag}] ${line}`);
  };
  child.stdout.on("data", echo);
  child.stderr.on("data", echo);
  return new Promise((resolve) =>
    child.on("close", (status) => {
      if (pending && !pending.startsWith("[WebServer]")) console.log(`[${tag}] ${pending}`);
      out.end(() => resolve({ status, logFile }));
    }),
  );
}

/** Starts a vitest run in the background (its JSON report is `report`); see vitestResult. */
function startVitest(tag, args, env, report) {
  fs.rmSync(path.join(root, "test-results", report), { force: true });
  return startTagged(
    tag,
    bin("vitest"),
    ["run", ...args],
    { ...env, FORCE_COLOR: "0", NO_COLOR: "1" },
    report.replace(/\.json$/, ".log"),
  );
}

/**
 * A finished vitest run: its exit code, its JSON report, and the tests we expected it to run (when known).
 * Returns how many tests of tests/integration ran, which the PostgreSQL run is held to.
 */
function vitestResult(label, r, report, expected = 0) {
  console.log(`\n── ${label} ── (full output: ${path.relative(root, r.logFile)})`);
  const json = readJson(report);
  if (!json) {
    fail(`${label}: did not run (exit ${r.status}, no report)`, expected);
    return 0;
  }
  let ran = 0;
  let notRun = 0;
  let brokenFiles = 0;
  let integration = 0;
  for (const file of json.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    const rel = path.relative(root, file.name ?? "");
    for (const t of tests) if (t.status === "failed") failedNames.push(`${label} › ${rel} › ${t.fullName ?? t.title}`);
    if (file.status === "failed" && !tests.some((t) => t.status === "failed"))
      // vitest leaves the message empty when a beforeAll throws (its tests are marked skipped).
      failedNames.push(
        `${label} › ${rel} › (file: ${String(file.message || "failed outside a test: at import or in a hook").split("\n")[0]})`,
      );
    const fileRan = tests.filter((t) => t.status === "passed" || t.status === "failed").length;
    ran += fileRan;
    notRun += tests.length - fileRan;
    if (/[\\/]tests[\\/]integration[\\/]/.test(file.name)) integration += fileRan;
    // A file that failed with no failing test of its own: it threw at import or in a hook.
    // (Tests a failing hook skipped are counted above, one by one.)
    if (file.status === "failed" && fileRan === tests.length && !tests.some((t) => t.status === "failed")) brokenFiles += 1;
  }
  passed += json.numPassedTests;
  const before = failed;
  if (json.numFailedTests) fail(`${label}: ${json.numFailedTests} failed`, json.numFailedTests);
  if (notRun) fail(`${label}: ${notRun} skipped (a failing beforeAll, or .skip/.todo)`, notRun);
  if (brokenFiles) fail(`${label}: ${brokenFiles} file(s) failed outside a test (import error or hook)`, brokenFiles);
  if (expected > ran + notRun + json.numFailedTests)
    fail(`${label}: ran ${ran} of the ${expected} tests it should have`, expected - ran);
  if (failed === before && (r.status !== 0 || json.numFailedTestSuites > 0 || json.success === false)) {
    fail(`${label}: vitest exited ${r.status} (${json.numFailedTestSuites} failed suite(s), unhandled error?)`);
  }
  return integration;
}

/**
 * How many tests Playwright will run with this run's environment (listing needs no server and no browser).
 * Each run is held to its own listing: a spec may define tests for one database only (the two-instance
 * test exists only on PostgreSQL; checks of the UI alone run once), and every test listed must run.
 */
function plannedBrowserTests(extraEnv) {
  const r = spawnSync(bin("playwright"), ["test", "--list"], { encoding: "utf8", env: { ...withoutDb, ...extraEnv } });
  const m = /Total: (\d+) tests?/.exec(r.stdout ?? "");
  return m ? Number(m[1]) : 0;
}

/** One browser suite, run in the background (two suites run side by side). */
function startBrowserSuite(tag, report, extraEnv) {
  fs.rmSync(path.join(root, "test-results", report), { force: true });
  const env = { ...withoutDb, E2E_REPORT: `test-results/${report}`, ...extraEnv };
  return startTagged(tag, bin("playwright"), ["test"], env, report.replace(/\.json$/, ".log"));
}

function browserSuite(label, report, r, planned) {
  console.log(`\n── ${label} ── (full output: ${path.relative(root, r.logFile)})`);
  const json = readJson(report);
  if (!json) {
    fail(`${label}: did not run (exit ${r.status}, no report)`, planned);
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = json.stats ?? {};
  const walk = (suite, trail) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === "unexpected" || t.status === "flaky")
          failedNames.push(`${label} › ${spec.file}:${spec.line} › ${[...trail, spec.title].join(" › ")}`);
      }
    }
    for (const child of suite.suites ?? [])
      walk(child, child.title && child.title !== child.file ? [...trail, child.title] : trail);
  };
  for (const suite of json.suites ?? []) walk(suite, []);
  const before = failed;
  passed += expected;
  // retries are 0: a test that needed one did not pass.
  if (unexpected + flaky) fail(`${label}: ${unexpected + flaky} failed`, unexpected + flaky);
  if (skipped) fail(`${label}: ${skipped} did not run`, skipped);
  if (json.errors?.length) fail(`${label}: ${json.errors.length} error(s) outside tests`, json.errors.length);
  const ran = expected + unexpected + flaky + skipped;
  if (planned > ran) fail(`${label}: ran ${ran} of the ${planned} planned tests`, planned - ran);
  if (failed === before && r.status !== 0) fail(`${label}: playwright exited ${r.status}`);
}

const only = process.argv[2]; // optional: "unit" | "e2e"
const pgUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const withoutDb = { ...process.env };
delete withoutDb.DATABASE_URL;
delete withoutDb.TEST_DATABASE_URL;
delete withoutDb.E2E_DATABASE_URL;

// The production build for the browser suites (when the sources changed) runs while the checks and vitest do.
const building =
  !only || only === "e2e"
    ? startTagged("build", process.execPath, ["scripts/start.mjs", "--build-only"], withoutDb, "build.log")
    : undefined;

if (!only) {
  await check("type check", bin("tsc"), ["--noEmit", "--pretty", "false"], (out) => (out.match(/error TS\d+/g) ?? []).length);
  await check("lint", bin("eslint"), ["--max-warnings=0", "."], (out) => {
    const m = /✖ (\d+) problems?/.exec(out);
    return m ? Number(m[1]) : 0;
  });
  // One failure per file that is not formatted (`npm run format` fixes them).
  await check(
    "format",
    bin("prettier"),
    ["--check", "--log-level", "warn", "."],
    (out) => (out.match(/^\[warn\] (?!Code style)/gm) ?? []).length,
  );
}
if (!only || only === "unit") {
  // Each run says which database it must be on; tests/integration/database-kind.test.ts checks it.
  // The two runs are one process each: side by side they use both cores.
  console.log(`\n── unit + integration on PGlite${pgUrl ? ", integration on PostgreSQL side by side" : ""} ──`);
  const pgliteRun = startVitest("vitest pglite", [], { ...withoutDb, TEST_EXPECT_DATABASE: "pglite" }, "vitest-pglite.json");
  const pgRun = pgUrl
    ? startVitest(
        "vitest postgres",
        ["tests/integration"],
        { ...withoutDb, TEST_DATABASE_URL: pgUrl, TEST_EXPECT_DATABASE: "postgres" },
        "vitest-postgres.json",
      )
    : undefined;
  const integration = vitestResult("unit + integration (PGlite)", await pgliteRun, "vitest-pglite.json");
  if (pgRun) {
    // The PostgreSQL run is held to at least as many integration tests as PGlite ran.
    vitestResult("integration (PostgreSQL)", await pgRun, "vitest-postgres.json", integration);
  } else {
    console.log("\n(integration on PostgreSQL skipped: set TEST_DATABASE_URL to run it)");
  }
}

if (!only || only === "e2e") {
  // The two suites run side by side (E2E_SERIAL=1: one after the other), each on its own port.
  const port = Number(process.env.E2E_PORT ?? 3100);
  // The specs that run once (playwright.config.ts) are shared out so that the two runs, side by side,
  // end at about the same time; without PostgreSQL the PGlite run takes them all.
  const once = pgUrl
    ? { pglite: "accessibility,i18n", postgres: "hostile-input" }
    : { pglite: "accessibility,i18n,hostile-input" };
  const pgliteEnv = { E2E_EXPECT_DATABASE: "pglite", E2E_PORT: String(port), E2E_ONCE_SPECS: once.pglite };
  const pgEnv = {
    E2E_DATABASE_URL: pgUrl,
    E2E_EXPECT_DATABASE: "postgres",
    E2E_PORT: String(port + 1),
    E2E_ONCE_SPECS: once.postgres ?? "",
  };
  const plannedPglite = plannedBrowserTests(pgliteEnv);
  const plannedPg = pgUrl ? plannedBrowserTests(pgEnv) : 0;
  const planned = plannedPglite + plannedPg;
  if (!plannedPglite || (pgUrl && !plannedPg)) fail("browser: playwright test --list found no tests");
  console.log(`\n── Chromium ──`);
  if (spawnSync(process.execPath, ["scripts/ensure-chromium.mjs"], { stdio: "inherit" }).status !== 0) {
    fail(`Chromium missing: ${planned} browser tests did not run`, planned);
  } else {
    // One build (started at the beginning) before the servers of both suites start from it.
    const build = await building;
    console.log(`\n── build ── (full output: ${path.relative(root, build.logFile)})`);
    if (build.status !== 0) {
      fail(`build failed: ${planned} browser tests did not run`, planned);
    } else {
      console.log(`\n── browser suites: PGlite${pgUrl ? " and PostgreSQL side by side" : ""} ──`);
      const serial = process.env.E2E_SERIAL === "1";
      const pglite = startBrowserSuite("pglite", "e2e-pglite.json", pgliteEnv);
      const pgRun = pgUrl
        ? serial
          ? pglite.then(() => startBrowserSuite("postgres", "e2e-postgres.json", pgEnv))
          : startBrowserSuite("postgres", "e2e-postgres.json", pgEnv)
        : undefined;
      browserSuite("browser (Playwright, PGlite)", "e2e-pglite.json", await pglite, plannedPglite);
      if (pgRun) browserSuite("browser (Playwright, PostgreSQL)", "e2e-postgres.json", await pgRun, plannedPg);
    }
  }
}

if (failedNames.length) console.log(`\nFailed tests:\n${failedNames.map((n) => `  ✗ ${n}`).join("\n")}`);
if (problems.length) console.log(`\nFailed: ${problems.join("; ")}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(problems.length || failed ? 1 : 0);
