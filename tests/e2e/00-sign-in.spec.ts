// Sign-in and the homes of the demo accounts; the dashboard counts are checked against the rows themselves, so
// the spec runs in any order, next to any other.
import { demo, DEMO_PASSWORD, expect, parseCsv, signIn, signOut, test } from "./fixtures";

const homes: [string, RegExp, string, string][] = [
  [demo.northwind, /\/provider$/, "Dashboard", "Northwind Distribution"],
  [demo.fabrikam, /\/provider$/, "Dashboard", "Fabrikam Cloud Supply"],
  [demo.adatum, /\/reseller$/, "Dashboard", "Adatum IT Services"],
  [demo.litware, /\/reseller$/, "Dashboard", "Litware Solutions"],
  [demo.tailspin, /\/reseller$/, "Dashboard", "Tailspin Consulting"],
  [demo.operator, /\/operator$/, "Requests", "Partner Hub program"],
];

// The run is on the database it was started for (scripts/test.mjs says which; by hand, E2E_DATABASE_URL decides).
const expectedDatabase = process.env.E2E_EXPECT_DATABASE ?? (process.env.E2E_DATABASE_URL ? "postgres" : "pglite");
test(`the app under test runs on ${expectedDatabase}`, async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ database: expectedDatabase });
});

for (const [email, home, heading, org] of homes) {
  test(`${email} signs in and lands on its home`, async ({ page }) => {
    await signIn(page, email);
    await expect(page).toHaveURL(home);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByTestId("org-name")).toHaveText(org);
    await signOut(page);
  });
}

test("the provider dashboard shows the organisation's real counts", async ({ page }) => {
  await signIn(page, demo.northwind);
  // The rows themselves, as they are now (other specs add customers and subscriptions): the dashboard reads
  // summary tables kept by triggers, which must agree. On the demo data alone: 1, 3, 5 and 232.
  const rows = async (url: string) => parseCsv(await (await page.request.get(url)).text()).slice(1);
  const customers = await rows("/provider/customers/export/customers");
  const active = (await rows("/provider/customers/export/subscriptions")).filter((r) => r[5] === "active");
  const licenses = active.reduce((n, r) => n + Number(r[4]), 0);
  expect(customers.map((r) => r[1])).toEqual(
    expect.arrayContaining(["Contoso Pharmaceuticals", "Alpine Ski House", "Proseware Inc"]),
  );
  await page.goto("/provider/resellers");
  const relationships = await page
    .getByTestId("reseller-row")
    .filter({ has: page.getByRole("link", { name: "End relationship" }) })
    .count();
  expect(relationships).toBeGreaterThanOrEqual(1);
  await page.goto("/provider");
  const number = (n: number) => n.toLocaleString("en-US");
  await expect(page.getByTestId("count-relationships")).toHaveText(number(relationships));
  await expect(page.getByTestId("count-customers")).toHaveText(number(customers.length));
  await expect(page.getByTestId("count-subscriptions")).toHaveText(number(active.length));
  await expect(page.getByTestId("count-licenses")).toHaveText(number(licenses));
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const item of ["Dashboard", "Indirect resellers", "Customers", "Provider profile", "Activity log"]) {
    await expect(nav.getByRole("link", { name: item })).toBeVisible();
  }
});

test("a wrong password is refused without saying which field was wrong", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demo.northwind);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("The email or password is incorrect.");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByLabel("Email")).toHaveValue(demo.northwind);
  await expect(page.getByLabel("Password")).toHaveValue("");
});

test("a signed-out visit to a private page goes to sign-in and comes back", async ({ page }) => {
  await page.goto("/provider/customers");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprovider%2Fcustomers/);
  await page.getByLabel("Email").fill(demo.northwind);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/provider\/customers$/);
});

test("another role's pages are not found", async ({ page }) => {
  await signIn(page, demo.adatum);
  const response = await page.goto("/provider/resellers");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("a customer admin with a temporary password must change it first", async ({ page }) => {
  await signIn(page, "admin@alpineskihouse.onmicrosoft.com");
  await expect(page).toHaveURL(/\/change-password$/);
  // Nothing else is reachable until the password is changed.
  await page.goto("/customer");
  await expect(page).toHaveURL(/\/change-password$/);
  await page.getByLabel("Temporary password").fill(DEMO_PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("Confirm new password").fill("short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await page.getByLabel("Temporary password").fill(DEMO_PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill("alpine-ski-2026!");
  await page.getByLabel("Confirm new password").fill("alpine-ski-2026!");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/customer$/);
  await expect(page.getByRole("heading", { name: "Subscriptions" })).toBeVisible();
  await expect(page.getByTestId("customer-reseller")).toHaveText("Adatum IT Services");
  await signOut(page);
  await signIn(page, "admin@alpineskihouse.onmicrosoft.com", "alpine-ski-2026!");
  await expect(page).toHaveURL(/\/customer$/);
});
