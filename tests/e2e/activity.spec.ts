import fs from "node:fs";
import { demo, expect, signIn, signOut, test } from "./fixtures";

test("the provider's activity log lists records, filters by action and exports CSV", async ({ page }) => {
  // Sign in, out and in again: the log then has two kinds of records.
  await signIn(page, demo.northwind);
  await signOut(page);
  await signIn(page, demo.northwind);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activity log" })).toBeVisible();
  const actions = page.getByTestId("activity-action");
  await expect(actions.filter({ hasText: "Sign out" }).first()).toBeVisible();
  await expect(actions.filter({ hasText: "Sign in" }).first()).toBeVisible();
  await expect(page.getByTestId("activity-row").first()).toContainText("Nadia Novak");
  // The date range defaults to the last month.
  await expect(page.getByLabel("To", { exact: true })).toHaveValue(new Date().toISOString().slice(0, 10));

  await page.getByLabel("Action").selectOption({ label: "Sign in" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=user\.sign_in/);
  await expect(actions.filter({ hasText: "Sign out" })).toHaveCount(0);
  expect(await actions.count()).toBeGreaterThanOrEqual(2);
  for (const text of await actions.allTextContents()) expect(text).toBe("Sign in");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^activity-.*\.csv$/);
  const csv = fs.readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("Affected customer,Action,User,Status,Details,Date (UTC)");
  expect(lines.length).toBeGreaterThanOrEqual(3);
  // Failed attempts on Northwind's accounts (earlier specs try a wrong password) are recorded too, with no actor.
  for (const line of lines.slice(1))
    expect(line).toMatch(/^,Sign in,(Nadia Novak <admin@northwind\.example>,succeeded|System,failed),/);
  expect(
    lines.filter((line) => line.includes(",Sign in,Nadia Novak <admin@northwind.example>,succeeded,")).length,
  ).toBeGreaterThanOrEqual(2);

  // A customer that matches nothing empties the page.
  await page.getByLabel("Customer").fill("No such customer");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("No activity matches these filters.")).toBeVisible();
});

test("a reseller's activity log shows its own records only", async ({ page }) => {
  await signIn(page, demo.adatum);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activity log" })).toBeVisible();
  await expect(page.getByTestId("activity-row").first()).toContainText("Ada Tumelo");
  await expect(page.getByTestId("activity-table")).not.toContainText("Nadia Novak");
});

test("dashboards show the charts with a table view", async ({ page }) => {
  await signIn(page, demo.northwind);
  const licenses = page.getByTestId("chart-licenses");
  await expect(licenses.getByRole("img")).toHaveAttribute(
    "aria-label",
    /Adatum IT Services: 92.*Direct \(no reseller\): 140|Direct \(no reseller\): 140.*Adatum IT Services: 92/,
  );
  await licenses.getByText("Show as table").click();
  await expect(licenses.getByRole("row").filter({ hasText: "Adatum IT Services" })).toContainText("92");
  await expect(page.getByTestId("chart-customers").getByRole("img")).toHaveAttribute("aria-label", /Customers added per month/);
  await expect(page.getByTestId("count-licenses")).toHaveText("232");
  await signOut(page);
  await signIn(page, demo.adatum);
  await expect(page.getByTestId("chart-licenses").getByRole("img")).toHaveAttribute("aria-label", /Northwind Distribution: 92/);
});

test.describe("outsiders", () => {
  test("signed out, the activity log and its export go to sign-in", async ({ page }) => {
    for (const p of ["/provider/activity", "/reseller/activity", "/api/activity/export"]) {
      await page.goto(p);
      await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    }
  });

  test("another role gets 404 on the other's activity log; the operator and customers have no export", async ({ page }) => {
    await signIn(page, demo.adatum);
    expect((await page.goto("/provider/activity"))?.status()).toBe(404);
    await page.goto("/reseller");
    await signOut(page);
    await signIn(page, demo.northwind);
    expect((await page.goto("/reseller/activity"))?.status()).toBe(404);
    await page.goto("/provider");
    await signOut(page);
    await signIn(page, demo.operator);
    expect((await page.goto("/provider/activity"))?.status()).toBe(404);
    expect((await page.request.get("/api/activity/export")).status()).toBe(404);
  });
});
