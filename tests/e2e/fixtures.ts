import fs from "node:fs";
import path from "node:path";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { linkIn, type Received } from "../support/smtp-sink";

export { expect };

/**
 * The suite's `test`: Playwright's, whose browser context fails the test on any uncaught error in its pages
 * — a script error, or a hydration mismatch (React then throws the server's HTML away and renders again,
 * losing what the user typed meanwhile: the country names of the wizard did that once).
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    const errors: string[] = [];
    context.on("weberror", (e) => errors.push(`${e.page()?.url() ?? "?"}: ${e.error().message.split("\n")[0]}`));
    await use(context);
    expect(errors, "uncaught errors in the browser").toEqual([]);
  },
});

export const DEMO_PASSWORD = "demo-pass-2026";

export const demo = {
  northwind: "admin@northwind.example",
  northwindSales: "sales@northwind.example",
  northwindHelpdesk: "helpdesk@northwind.example",
  fabrikam: "admin@fabrikam.example",
  adatum: "admin@adatum.example",
  litware: "admin@litware.example",
  tailspin: "admin@tailspin.example",
  operator: "operator@partnerhub.example",
} as const;

/** Signs in through the real form; lands wherever the app sends this account. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export async function signOut(page: Page) {
  // From any page, including a 404 (which has no menu): the home page sends a signed-in user home.
  if ((await page.getByLabel("User menu").count()) === 0) await page.goto("/");
  await page.getByLabel("User menu").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** Step 1 of the new-customer wizard, every field filled (a customer's own contact, never the provider's domain). */
export async function fillCustomerDetails(page: Page, d: { company: string; domain: string }) {
  await page.getByLabel("Company name").fill(d.company);
  await page.getByLabel("Primary domain").fill(d.domain);
  await page.getByLabel("Country/region").selectOption("US");
  await page.getByLabel("Address line 1").fill("1 Harbor Way");
  await page.getByLabel("City").fill("Seattle");
  await page.getByLabel("State/region").fill("WA");
  await page.getByLabel("Postal code").fill("98101");
  await page.getByLabel("First name").fill("Mia");
  await page.getByLabel("Last name").fill("Marsh");
  await page.getByLabel("Email").fill("mia@harbor.example");
  await page.getByLabel("Phone").fill("+1 206 555 0100");
}

/**
 * Picks a reseller in an Indirect reseller combobox (or another partner combobox: `label`, within `scope`)
 * the way a keyboard user does: type, ↓ to the match, Enter.
 */
export async function chooseReseller(
  page: Page,
  typed: string,
  name: string,
  label = "Indirect reseller",
  scope: Page | Locator = page,
) {
  const box = scope.getByRole("combobox", { name: label });
  await box.fill(typed);
  await expect(page.getByRole("option", { name })).toBeVisible();
  const target = await page.getByRole("option", { name }).getAttribute("id");
  for (let i = 0; i < 25 && (await box.getAttribute("aria-activedescendant")) !== target; i++) await box.press("ArrowDown");
  await box.press("Enter");
  await expect(box).toHaveValue(name);
}

/**
 * The set-password link of the newest email to `to` that the suite's SMTP sink received (tests/e2e/global-setup.ts)
 * since `since` (ms), waiting for the app's outbox worker to deliver it.
 */
export async function emailedLink(to: string, since: number, timeout = 30_000): Promise<string> {
  const dir = process.env.E2E_MAIL_DIR!;
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const files = fs
          .readdirSync(dir)
          .filter((f) => f.endsWith(".json") && Number(f.split("-")[0]) >= since)
          .sort();
        for (const f of files.reverse()) {
          const message = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Received;
          if (message.to.includes(to)) return (link = linkIn(message.raw));
        }
        return undefined;
      },
      { message: `an email with a link to ${to}`, timeout },
    )
    .toBeTruthy();
  return new URL(link!).pathname;
}

/** A provider Admin's Add user form (Users), filled and sent; returns when the confirmation shows. */
export async function addUser(admin: Page, name: string, email: string, role: string) {
  await admin.goto("/provider/users");
  const add = admin.getByTestId("add-user-form");
  await add.getByLabel("Name").fill(name);
  await add.getByLabel("Email").fill(email);
  await add.getByLabel("Role").selectOption({ label: role });
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(add.getByText(`${name} was added. We emailed ${email} a link to choose a password`)).toBeVisible();
}

/** The page behind an emailed link: a new password, and the (provider's) user is signed in. */
export async function setPassword(page: Page, link: string, password: string) {
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Confirm new password").fill(password);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page).toHaveURL(/\/provider$/);
}

/** The rows of a CSV export (quoted cells too), header first; the byte-order mark and the last line end dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted && c === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      rows.push([...row, cell]);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
