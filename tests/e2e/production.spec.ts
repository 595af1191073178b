// Operating the production build (issue 16): the build needs no environment, and two instances of it
// (`npm start` with NODE_ENV=production, as a deployment runs it) share one fresh PostgreSQL database:
// they start at the same moment, share sessions and wizard drafts, and one of them stops gracefully
// in the middle of a long CSV export without cutting the file.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import postgres from "postgres";
import { freePort } from "../support/free-port";
import { demo, DEMO_PASSWORD, expect, test } from "./fixtures";
import { NewCustomerWizard } from "./pages/new-customer-wizard";

const root = process.cwd();

test("the build was made with an empty environment and prerenders no page that reads the session", () => {
  const info = JSON.parse(fs.readFileSync(path.join(root, ".next", "standalone", "build-info.json"), "utf8")) as {
    environment: string[];
  };
  const allowed = [
    "PATH",
    "HOME",
    "TMPDIR",
    "LANG",
    "SystemRoot",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NO_PROXY",
    "NEXT_TELEMETRY_DISABLED",
  ];
  expect(info.environment.filter((name) => !allowed.includes(name))).toEqual([]);
  const prerendered = Object.keys(
    (JSON.parse(fs.readFileSync(path.join(root, ".next", "prerender-manifest.json"), "utf8")) as { routes: object }).routes,
  );
  expect(prerendered.filter((route) => !["/_not-found", "/_global-error"].includes(route))).toEqual([]);
  // The deployment folder is complete: the server, the start-up step, the migrations and the static files.
  for (const file of ["serve.mjs", "prepare.mjs", "db/migrations/meta/_journal.json", ".next/static"]) {
    expect(fs.existsSync(path.join(root, ".next", "standalone", file)), file).toBe(true);
  }
});

const pgUrl = process.env.E2E_DATABASE_URL;

async function count(query: PromiseLike<{ n: number }[]>): Promise<number> {
  const [row] = await query;
  return row?.n ?? -1;
}

type Instance = { url: string; process: ChildProcess; output: string[]; exited: Promise<number | null> };

function startInstance(port: number, extra: Record<string, string>): Instance {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    NODE_ENV: "production",
    PORT: String(port),
    SKIP_BUILD: "1",
    LOG_FORMAT: "json",
    ...extra,
  };
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], { env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let rest = "";
    stream.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString("utf8")).split("\n");
      rest = lines.pop() ?? "";
      output.push(...lines);
    });
  }
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { url: `http://localhost:${port}`, process: child, output, exited };
}

async function waitReady(instance: Instance, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (instance.process.exitCode !== null)
      throw new Error(`instance exited (${instance.process.exitCode}):\n${instance.output.join("\n")}`);
    const ok = await fetch(`${instance.url}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`instance not ready in time:\n${instance.output.join("\n")}`);
}

/** The instance's JSON log lines (anything else it printed is a failure of "structured logs"). */
function logLines(instance: Instance): Record<string, unknown>[] {
  return instance.output
    .filter((l) => l.trim())
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON log line: ${line}`);
      }
    });
}

// Needs PostgreSQL, so it exists in the browser suite's PostgreSQL run (E2E_DATABASE_URL) only: a skipped
// test would count as "did not run" in `npm test`'s line.
if (pgUrl)
  test.describe("two production instances on one PostgreSQL database", () => {
    test.describe.configure({ timeout: 420_000 });

    const name = `partnerhub_e2e_pair_${process.pid}`;
    let admin: URL;
    let databaseUrl: string;
    let a: Instance | undefined;
    let b: Instance | undefined;

    test.beforeAll(() => {
      admin = new URL(pgUrl);
      admin.pathname = "/postgres";
      const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/create-database.ts", admin.toString(), name], {
        cwd: root,
        stdio: "inherit",
      });
      expect(r.status).toBe(0);
      const url = new URL(pgUrl);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
    });

    test.afterEach(async () => {
      // What the instances said, next to a failure.
      const testInfo = test.info();
      if (testInfo.status !== testInfo.expectedStatus) {
        for (const [label, instance] of [
          ["instance A", a],
          ["instance B", b],
        ] as const) {
          if (instance) await testInfo.attach(label, { body: instance.output.join("\n"), contentType: "text/plain" });
        }
      }
    });

    test.afterAll(async () => {
      for (const instance of [a, b]) {
        if (instance && instance.process.exitCode === null) {
          instance.process.kill("SIGTERM");
          await instance.exited;
        }
      }
      spawnSync(process.execPath, ["--import", "tsx", "scripts/create-database.ts", admin.toString(), name, "--drop"], {
        cwd: root,
        stdio: "inherit",
      });
    });

    test("start together, share sessions and drafts, and stop gracefully mid-export", async ({ page }) => {
      // ── both start at the same moment on the empty database: one migrates and seeds, the other waits ──
      const [portA, portB] = [await freePort(), await freePort()];
      const shared = {
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
        NEXTAUTH_URL: `http://localhost:${portA}`,
        SEED_DEMO: "1",
        SHUTDOWN_TIMEOUT: "120",
      };
      a = startInstance(portA, { ...shared, WEB_CONCURRENCY: "2" });
      b = startInstance(portB, { ...shared });
      await Promise.all([waitReady(a), waitReady(b)]);
      const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
      try {
        const journal = JSON.parse(fs.readFileSync(path.join(root, "db", "migrations", "meta", "_journal.json"), "utf8")) as {
          entries: unknown[];
        };
        expect(await count(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)).toBe(journal.entries.length);
        expect(await count(sql`select count(*)::int as n from users where email = ${demo.northwind}`)).toBe(1);
        const said = [...logLines(a), ...logLines(b)].map((l) => l.msg);
        expect(said.filter((m) => m === "demo data seeded (password demo-pass-2026)")).toHaveLength(1);
        expect(said.filter((m) => m === "database not empty: demo data left as it is")).toHaveLength(1);

        // ── a session made on A is accepted by B (cookies are per host, not per port) ──
        await page.goto(`${a.url}/sign-in`);
        await page.getByLabel("Email").fill(demo.northwind);
        await page.getByLabel("Password").fill(DEMO_PASSWORD);
        await page.getByRole("button", { name: "Sign in" }).click();
        await expect(page).toHaveURL(new RegExp(`^${a.url}/provider`));
        await page.goto(`${b.url}/provider/customers`);
        await expect(page).toHaveURL(`${b.url}/provider/customers`);
        await expect(page.getByTestId("customer-row").first()).toBeVisible();

        // ── a wizard started on A is finished on B ──
        const company = `Two Instances ${Date.now().toString(36)}`;
        const wizard = new NewCustomerWizard(page);
        await page.goto(`${a.url}/provider/customers/new`);
        await wizard.details({ company, domain: `twoinst${Date.now().toString(36)}` });
        const draftPath = new URL(page.url()).pathname;
        expect(draftPath).toMatch(/^\/provider\/customers\/new\/[^/]+\/subscriptions$/);
        await page.goto(`${b.url}${draftPath}`);
        await wizard.lines([{ offer: "Microsoft 365 Business Standard", licenses: 12 }]);
        await expect(page.getByText(company)).toBeVisible();
        await wizard.submit();
        expect(page.url().startsWith(b.url)).toBe(true);
        expect(await count(sql`select count(*)::int as n from customers where company_name = ${company}`)).toBe(1);

        // ── SIGTERM to A in the middle of a long export: the file is complete, A exits 0, B serves on ──
        await sql`
        INSERT INTO customers (provider_id, company_name, domain, country, address_line1, city, postal_code, contact_first_name, contact_last_name, contact_email)
        SELECT p.id, 'Export ' || g, 'export' || g || '.onmicrosoft.com', 'US', '1 Export Way', 'Seattle', '98101', 'Ada', 'Export', 'ada' || g || '@export.example'
        FROM partners p, generate_series(1, 60000) AS g
        WHERE p.id = (SELECT partner_id FROM users WHERE email = ${demo.northwind})`;
        const total = await count(
          sql`select count(*)::int as n from customers c join users u on u.partner_id = c.provider_id where u.email = ${demo.northwind}`,
        );
        const cookie = (await page.context().cookies(a.url)).map((c) => `${c.name}=${c.value}`).join("; ");
        // A query string that must not reach the logs.
        expect((await fetch(`${a.url}/api/health?token=do-not-log-me`)).status).toBe(200);

        const body: Buffer[] = [];
        let received = 0;
        const download = new Promise<{ status: number; text: string; complete: boolean }>((resolve, reject) => {
          const req = http.get(`${a!.url}/provider/customers/export/customers`, { headers: { cookie } }, (res) => {
            let signalled = false;
            res.on("data", (chunk: Buffer) => {
              body.push(chunk);
              received += chunk.length;
              if (!signalled) {
                // The first bytes are here: stop reading (the server is held back by the full socket), stop A.
                signalled = true;
                res.pause();
                a!.process.kill("SIGTERM");
                setTimeout(() => res.resume(), 2_000);
              }
            });
            res.on("end", () =>
              resolve({ status: res.statusCode ?? 0, text: Buffer.concat(body).toString("utf8"), complete: res.complete }),
            );
            res.on("error", reject);
          });
          req.on("error", reject);
        });
        const { status, text, complete } = await download;
        expect(status).toBe(200);
        expect(complete).toBe(true);
        const lines = text.replace(/^\uFEFF/, "").split("\r\n");
        expect(lines.pop()).toBe(""); // ends with a full row
        expect(lines).toHaveLength(1 + total); // the header and every customer
        expect(received).toBeGreaterThan(1_000_000);
        expect(await a.exited).toBe(0);

        const logs = logLines(a);
        // The signal really came while the export was in flight.
        expect(
          logs.some(
            (l) => typeof l.msg === "string" && /^SIGTERM: no new connections; finishing [1-9]\d* request\(s\)$/.test(l.msg),
          ),
        ).toBe(true);
        const exportLine = logs.find((l) => l.msg === "request" && l.route === "/provider/customers/export/customers");
        expect(exportLine).toMatchObject({ method: "GET", status: 200 });
        expect(exportLine?.aborted).toBeUndefined();
        expect(typeof exportLine?.requestId).toBe("string");
        expect(typeof exportLine?.durationMs).toBe("number");
        console.log(`export of ${total} customers: ${String(exportLine?.durationMs)} ms, SIGTERM after the first bytes`);
        expect(logs.some((l) => l.msg === "request" && l.route === "/api/health")).toBe(true);
        expect(a.output.join("\n")).not.toContain("do-not-log-me");
        expect(a.output.join("\n")).not.toContain(shared.NEXTAUTH_SECRET);

        // A no longer answers; B does, with the same session.
        await expect(fetch(`${a.url}/api/health`)).rejects.toThrow();
        await page.goto(`${b.url}/provider/customers?q=${encodeURIComponent(company)}`);
        await expect(page.getByTestId("customer-row").filter({ hasText: company })).toBeVisible();
      } finally {
        await sql.end();
      }
    });
  });
