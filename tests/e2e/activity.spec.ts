import fs from "node:fs";
import { demo, expect, parseCsv, signIn, signOut, test } from "./fixtures";

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
  // The numbers from Northwind's rows as they are now (other specs add customers and subscriptions), so the
  // spec runs in any order, next to any other. On the demo data alone: Adatum IT Services 92, Direct 140,
  // 232 in all, and Adatum's chart shows Northwind Distribution 92.
  const rows = async (url: string) => parseCsv(await (await page.request.get(url)).text()).slice(1);
  const resellerOfCustomer = new Map((await rows("/provider/customers/export/customers")).map((r) => [r[0], r[3]]));
  const active = (await rows("/provider/customers/export/subscriptions")).filter((r) => r[5] === "active");
  const licenses = (list: string[][]) => list.reduce((n, r) => n + Number(r[4]), 0).toLocaleString("en-US");
  const adatum = "Adatum IT Services";
  // The provider's bars: by each subscription's reseller of record.
  const ofAdatum = licenses(active.filter((r) => r[6] === adatum));
  const direct = licenses(active.filter((r) => r[6] === ""));
  // What Adatum sees of Northwind: its customers' subscriptions, and those it is reseller of record or support contact of.
  const seenByAdatum = licenses(
    active.filter((r) => resellerOfCustomer.get(r[1]) === adatum || r[6] === adatum || r[7] === adatum),
  );
  await page.goto("/provider");
  const chart = page.getByTestId("chart-licenses");
  await expect(chart.getByRole("img")).toHaveAttribute(
    "aria-label",
    new RegExp(`(?=.*Adatum IT Services: ${ofAdatum}(?:, |\\.$))(?=.*Direct \\(no reseller\\): ${direct}(?:, |\\.$))`),
  );
  await chart.getByText("Show as table").click();
  await expect(chart.getByRole("row").filter({ hasText: adatum })).toContainText(ofAdatum);
  await expect(page.getByTestId("chart-customers").getByRole("img")).toHaveAttribute("aria-label", /Customers added per month/);
  await expect(page.getByTestId("count-licenses")).toHaveText(licenses(active));
  await signOut(page);
  await signIn(page, demo.adatum);
  await expect(page.getByTestId("chart-licenses").getByRole("img")).toHaveAttribute(
    "aria-label",
    new RegExp(`Northwind Distribution: ${seenByAdatum}(?:, |\\.$)`),
  );
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
