#!/usr/bin/env node
// The production server. scripts/build.mjs copies it to .next/standalone/serve.mjs; run it there
// (`node serve.mjs`, with the environment of the deployment). In order:
//   1. prepare: `node prepare.mjs start` checks the configuration (one line and exit 1 when it is not
//      fit for production), applies the migrations and seeds demo data when asked — once, before any
//      worker starts (`--no-prepare` skips it);
//   2. serve with WEB_CONCURRENCY processes (Node's cluster: the primary holds the port and hands
//      connections round-robin to the workers; PGlite is one process only);
//   3. one JSON line per request (method, route without the query, status, duration, request id), and
//      every other log line as JSON too, when LOG_FORMAT=json (the default in production);
//   4. SIGTERM/SIGINT: stop accepting, let in-flight requests and streams (CSV exports) finish, close the
//      database pool, exit 0 — or exit 1 when SHUTDOWN_TIMEOUT seconds pass first.
import { AsyncLocalStorage } from "node:async_hooks";
import { spawnSync } from "node:child_process";
import cluster from "node:cluster";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { clearTimeout, setTimeout } from "node:timers";
import util from "node:util";
import v8 from "node:v8";

const dir = path.dirname(new URL(import.meta.url).pathname);
// A relative PGLITE_DIR means relative to where you started the server, not to this folder.
process.env.PGLITE_DIR = path.resolve(process.env.PGLITE_DIR || ".data/pglite");
process.chdir(dir);
process.env.NODE_ENV ??= "production";

const production = process.env.NODE_ENV === "production";
const logFormat = process.env.LOG_FORMAT || (production ? "json" : "pretty");
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "0.0.0.0";
const shutdownMs = Number(process.env.SHUTDOWN_TIMEOUT || 25) * 1000;
const workers = Number(process.env.WEB_CONCURRENCY || 1);

// ── logging ────────────────────────────────────────────────────────────────────────────────────────
const requestContext = new AsyncLocalStorage();
const original = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
// Whoever reads our output may go away (a closed pipe: a terminal, a supervisor or a test runner that was
// killed). Node reports that as an 'error' (EPIPE) on stdout/stderr; with no listener it becomes an uncaught
// exception, which PGlite's runtime answers by printing — to the same closed pipe — in a loop at full CPU,
// forever (seen here: a server spinning minutes after its test runner died). Stop writing, and stop serving
// as on SIGTERM.
let outputGone = false;
let onOutputGone = () => process.exit(0);
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (outputGone) return;
    outputGone = true;
    onOutputGone(`output closed (${err.code ?? err.message})`);
  });
}

function write(level, msg, fields = {}) {
  if (outputGone) return;
  const requestId = fields.requestId ?? requestContext.getStore()?.requestId;
  if (logFormat === "json") {
    const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields, ...(requestId ? { requestId } : {}) });
    (level === "error" || level === "warn" ? process.stderr : process.stdout).write(`${line}\n`);
  } else if (msg === "request") {
    const { method, route, status, durationMs, aborted } = fields;
    original.log(
      `${method} ${route} ${status} ${durationMs} ms${aborted ? " (aborted)" : ""}${requestId ? ` [${requestId.slice(0, 8)}]` : ""}`,
    );
  } else {
    const extra = Object.entries(fields)
      .filter(([k]) => k !== "requestId")
      .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
      .join(" ");
    const out = level === "error" || level === "warn" ? original.error : original.log;
    out(
      `${level === "info" ? "" : `${level.toUpperCase()} `}${msg}${extra ? ` ${extra}` : ""}${requestId ? ` [${requestId.slice(0, 8)}]` : ""}`,
    );
  }
}
if (logFormat === "json") {
  // Next's own messages, the app's and the libraries' become JSON lines too (one line each, whatever they print).
  for (const [name, level] of [
    ["log", "info"],
    ["info", "info"],
    ["debug", "debug"],
    ["warn", "warn"],
    ["error", "error"],
  ]) {
    console[name] = (...args) => {
      const first = args[0];
      // The app's own structured lines (instrumentation.ts) are objects with a msg: keep their fields.
      if (args.length === 1 && first && typeof first === "object" && !(first instanceof Error) && typeof first.msg === "string") {
        const { msg, level: lv, ...fields } = first;
        write(lv ?? level, msg, fields);
      } else write(level, redactQueryParams(util.stripVTControlCharacters(util.format(...args))));
    };
  }
}

/** As lib/redact.ts: a failed query's parameters (user data) never reach the log. */
const redactQueryParams = (text) => text.replace(/\nparams: [^\n]*/g, "\nparams: [not logged]");

function fail(message) {
  write("error", message);
  process.exit(1);
}

// ── memory ──────────────────────────────────────────────────────────────────────────────────────────
// After each full collection V8 lets the old generation grow to up to 4× what survived while the
// machine has memory to spare — at 100,000 customers ~85 MB live became 550–800 MB of RSS under load. A fixed
// growth (default 100 %: 2×) keeps a process near 330 MB for one more full collection every few seconds under
// load; unlike a heap cap (--max-old-space-size) it never makes the collector thrash near a limit. Read when
// V8 sizes the heap, so setting it here (every worker runs this file) is in time. 0 keeps V8's own growth.
const heapGrowingPercent = Number(process.env.HEAP_GROWING_PERCENT || 100);
if (!Number.isInteger(heapGrowingPercent) || heapGrowingPercent < 0)
  fail(`HEAP_GROWING_PERCENT must be a whole number (0 or more), not "${process.env.HEAP_GROWING_PERCENT}".`);
if (heapGrowingPercent > 0) v8.setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);

// ── primary: prepare once, then the workers ─────────────────────────────────────────────────────────
if (cluster.isPrimary) {
  if (!Number.isInteger(workers) || workers < 1)
    fail(`WEB_CONCURRENCY must be a whole number of processes (1 or more), not "${process.env.WEB_CONCURRENCY}".`);
  if (workers > 1 && !process.env.DATABASE_URL) {
    fail(
      `WEB_CONCURRENCY=${workers} needs PostgreSQL (DATABASE_URL): PGlite is one process on one folder; use WEB_CONCURRENCY=1.`,
    );
  }
  if (!process.argv.includes("--no-prepare")) {
    const r = spawnSync(process.execPath, [path.join(dir, "prepare.mjs"), "start"], { stdio: "inherit", env: process.env });
    if (r.status !== 0) process.exit(r.status || 1);
  }
  if (workers > 1) {
    write("info", `starting ${workers} worker processes`, { port });
    let stopping = false;
    const crashes = [];
    const fork = () => cluster.fork();
    for (let i = 0; i < workers; i++) fork();
    cluster.on("exit", (worker, code, signal) => {
      if (stopping) {
        if (code !== 0) process.exitCode = 1;
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
        return;
      }
      // A worker that dies on its own is replaced, unless they keep dying (then the deployment is broken).
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && crashes[0] < now - 60_000) crashes.shift();
      if (crashes.length > 2 * workers) fail(`workers keep exiting (last: code ${code ?? signal}); stopping.`);
      write("warn", `worker ${worker.process.pid} exited (${code ?? signal}); starting another`);
      fork();
    });
    const stop = (signal) => {
      if (stopping) return;
      stopping = true;
      write("info", `${signal}: stopping the workers`);
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
      // The workers keep their own deadline; this one only guards against a worker that hangs.
      setTimeout(() => {
        write("error", "workers did not stop in time; killing them");
        for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGKILL");
        process.exit(1);
      }, shutdownMs + 5_000).unref();
    };
    process.on("SIGTERM", () => stop("SIGTERM"));
    process.on("SIGINT", () => stop("SIGINT"));
    onOutputGone = stop;
  } else {
    await serve();
  }
} else {
  await serve();
}

// ── one server process ──────────────────────────────────────────────────────────────────────────────
async function serve() {
  // The configuration Next recorded at build time (what its own standalone server.js embeds).
  const { config } = JSON.parse(fs.readFileSync(path.join(dir, ".next", "required-server-files.json"), "utf8"));
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(config);
  const next = createRequire(path.join(dir, "package.json"))("next");
  const app = next({
    dir,
    dev: false,
    hostname: host === "0.0.0.0" ? "localhost" : host,
    port,
    conf: config,
    quiet: logFormat === "json",
  });
  await app.prepare();
  const handle = app.getRequestHandler();

  let inFlight = 0;
  let draining = false;
  let onIdle = () => {};
  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const given = req.headers["x-request-id"];
    const requestId = typeof given === "string" && /^[\w.:-]{1,128}$/.test(given) ? given : crypto.randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    if (draining) res.setHeader("connection", "close");
    inFlight++;
    res.once("close", () => {
      inFlight--;
      const fields = {
        method: req.method,
        route: (req.url ?? "/").split("?")[0],
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        requestId,
      };
      if (!res.writableFinished) fields.aborted = true;
      write("info", "request", fields);
      if (inFlight === 0) onIdle();
    });
    requestContext.run({ requestId }, () => {
      handle(req, res).catch((err) => {
        write("error", "unhandled error", { requestId, error: err instanceof Error ? err.message : String(err) });
        if (!res.headersSent) res.writeHead(500).end("Internal Server Error");
        else res.destroy();
      });
    });
  });
  // Behind a load balancer: keep connections longer than its idle timeout (AWS ALB: 60 s).
  server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT || 65_000);
  server.headersTimeout = server.keepAliveTimeout + 1_000;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  }).catch((err) => fail(`cannot listen on ${host}:${port}: ${err.message}`));
  write("info", `serving on http://${host === "0.0.0.0" ? "localhost" : host}:${port}`, {
    pid: process.pid,
    database: process.env.DATABASE_URL ? "postgres" : "pglite",
  });

  const shutdown = (signal) => {
    if (draining) return;
    draining = true;
    write("info", `${signal}: no new connections; finishing ${inFlight} request(s)`, { pid: process.pid });
    server.close();
    server.closeIdleConnections();
    const deadline = setTimeout(() => {
      write("error", `shutdown deadline (${shutdownMs / 1000} s): cutting ${inFlight} request(s)`, { pid: process.pid });
      server.closeAllConnections();
      void finish(1);
    }, shutdownMs);
    deadline.unref();
    onIdle = () => {
      clearTimeout(deadline);
      server.closeIdleConnections();
      void finish(0);
    };
    if (inFlight === 0) onIdle();
  };
  let finishing = false;
  async function finish(code) {
    if (finishing) return;
    finishing = true;
    // The app's database (db/index.ts keeps it on globalThis): close the pool / flush PGlite.
    const db = globalThis.__partnerHubDb;
    if (db) await db.then((c) => c.close()).catch((err) => write("error", `closing the database: ${err.message}`));
    write("info", "stopped", { pid: process.pid, exitCode: code });
    process.exit(code);
  }
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  onOutputGone = shutdown;
  // In a cluster the primary may also ask by disconnecting.
  if (cluster.isWorker) cluster.worker.on("disconnect", () => shutdown("disconnect"));
}
