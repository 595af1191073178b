import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium (no browser downloads here): CHROMIUM_PATH, else Debian's headless shell (the old headless
// mode, which Playwright itself uses headless: about half the CPU per page of the full browser's new headless
// mode, which starts the browser's own WebUI renderers for every window), else /usr/bin/chromium, else
// Playwright's own. Keep in step with scripts/ensure-chromium.mjs.
const executablePath =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((p) => fs.existsSync(p));
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// The app under test sends its email to the suite's SMTP sink (tests/e2e/global-setup.ts), which writes
// each message into E2E_MAIL_DIR for the specs to read.
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? port + 2000);
process.env.E2E_SMTP_PORT = String(smtpPort);
process.env.E2E_MAIL_DIR ??= path.resolve("test-results", `e2e-mail-${port}`);

const ONCE_SPECS = ["accessibility", "i18n", "hostile-input"];
const onceHere = process.env.E2E_ONCE_SPECS?.split(",") ?? (process.env.E2E_DATABASE_URL ? [] : ONCE_SPECS);

export default defineConfig({
  testDir: "./tests/e2e",
  // Checks of what the browser renders and how requests are parsed (axe in both languages, the zh-TW walk,
  // the hostile-input sweep of every page) run once: PGlite is PostgreSQL itself, and running them twice
  // would cost minutes of the CI budget for no new answer. By default on the PGlite run; E2E_ONCE_SPECS
  // (names, comma-separated) lists the ones this run takes, which the test runner uses to share them out
  // between the two runs it starts side by side. It plans each run from its own listing, so they count
  // where they run.
  testIgnore: ONCE_SPECS.filter((name) => !onceHere.includes(name)).map((name) => `**/${name}.spec.ts`),
  globalSetup: "./tests/e2e/global-setup.ts",
  // One folder per port: the test runner runs the PGlite and the PostgreSQL suites side by side.
  outputDir: `test-results/e2e-output-${port}`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: process.env.E2E_REPORT ?? "test-results/e2e-report.json" }]],
  use: {
    baseURL,
    // Traces are off unless asked for (E2E_TRACE=1): recording one (a DOM snapshot and a screenshot at every
    // action) made the suite nearly twice as slow here (customers + subscriptions specs: 84 s → 47 s without).
    // A failure still leaves its error context (the page's accessibility snapshot) and a screenshot.
    trace: process.env.E2E_TRACE === "1" ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // A fresh embedded database for every run; builds first if the sources changed.
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/ready`,
    // Includes a production build when the sources changed: minutes on a busy 2-core machine.
    timeout: 600_000,
    reuseExistingServer: false,
    // SIGTERM lets the server script drop the PostgreSQL database it made (E2E_DATABASE_URL).
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(port), NEXTAUTH_URL: baseURL, APP_URL: baseURL, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` },
  },
});
