// Runs first (files run in name order on one database): the dashboard counts are those of the demo data.
import { demo, DEMO_PASSWORD, expect, signIn, signOut, test } from "./fixtures";

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
  await expect(page.getByTestId("count-relationships")).toHaveText("1");
  await expect(page.getByTestId("count-customers")).toHaveText("3");
  await expect(page.getByTestId("count-subscriptions")).toHaveText("5");
  await expect(page.getByTestId("count-licenses")).toHaveText("232");
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
