// Email without SMTP_URL (issue 14): the embedded default still works end to end. The suite's own server
// sends over SMTP (playwright.config.ts), so this spec starts a second instance of the same build on its
// own fresh PGlite folder without SMTP_URL: "Forgot password?" writes the email to the outbox, the operator
// reads it on the Outbox page, and the link in it sets the password.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "../support/free-port";
import { demo, DEMO_PASSWORD, expect, signIn, test } from "./fixtures";

const root = process.cwd();

let instance: { url: string; child: ChildProcess; output: string[]; dir: string } | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const dir = path.join(root, ".data", `e2e-no-smtp-${port}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    PORT: String(port),
    SKIP_BUILD: "1",
    SEED_DEMO: "1",
    PGLITE_DIR: dir,
    NEXTAUTH_URL: url,
    APP_URL: url,
  } as unknown as NodeJS.ProcessEnv;
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], { env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  instance = { url, child, output, dir };
  const until = Date.now() + 200_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance exited (${child.exitCode}):\n${output.join("")}`);
    if (
      await fetch(`${url}/api/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > until) throw new Error(`instance not ready in time:\n${output.join("")}`);
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(async () => {
  if (!instance) return;
  const { child, dir } = instance;
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.pid`, { force: true });
});

test("without SMTP_URL, Forgot password? leaves the email in the outbox; the operator reads it on Outbox and its link sets the password", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const url = instance!.url;
  const user = await (await browser.newContext({ baseURL: url })).newPage();
  await user.goto("/sign-in");
  await user.getByRole("link", { name: "Forgot password?" }).click();
  await expect(user.getByRole("heading", { name: "Forgot password?" })).toBeVisible();
  await user.getByLabel("Email").fill(demo.litware);
  await user.getByRole("button", { name: "Send link" }).click();
  await expect(user.getByText("If an account uses this address, we sent it a link to choose a new password.")).toBeVisible();

  const operator = await (await browser.newContext({ baseURL: url })).newPage();
  await signIn(operator, demo.operator);
  await operator.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
  await expect(operator.getByText("SMTP_URL is not set")).toBeVisible();
  const row = operator.getByTestId("outbox-row").filter({ hasText: demo.litware });
  await expect(row.getByTestId("outbox-status")).toHaveText("Not sent (no SMTP)");
  await row.getByText("Reset your Partner Hub password").click();
  const body = (await row.getByTestId("outbox-body").textContent())!;
  const link = /\/set-password\/[A-Za-z0-9_-]{43}/.exec(body)?.[0];
  expect(link, body).toBeDefined();

  await user.goto(link!);
  await user.getByLabel("New password", { exact: true }).fill("litware-new-pass-2026");
  await user.getByLabel("Confirm new password").fill("litware-new-pass-2026");
  await user.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(user).toHaveURL(/\/reseller$/);
  // The demo password no longer works on this instance (its own database).
  const other = await (await browser.newContext({ baseURL: url })).newPage();
  await other.goto("/sign-in");
  await other.getByLabel("Email").fill(demo.litware);
  await other.getByLabel("Password").fill(DEMO_PASSWORD);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByText("The email or password is incorrect.")).toBeVisible();
});
