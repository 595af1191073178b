/**
 * Users of an organisation and what each role within it may do (issue 14), and the order history of
 * every role. Runs last (file order): it adds a subscription to Proseware, which other specs count.
 */
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures";

const NEW_PASSWORD = "sara-sales-pass-2026";

test("a Northwind admin adds a sales agent, who signs in, places an order and cannot open Users or the profile; deactivated, the agent's next click signs it out", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.northwind);
  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(admin.getByRole("heading", { name: "Users" })).toBeVisible();
  const add = admin.getByTestId("add-user-form");
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(add.getByText("Enter the person's name.")).toBeVisible();
  await add.getByLabel("Name").fill("Sara Sales");
  await add.getByLabel("Email").fill("sara.sales@northwind.example");
  await add.getByLabel("Role").selectOption({ label: "Sales agent" });
  await add.getByRole("button", { name: "Add user" }).click();
  const temporary = (await add.getByTestId("temporary-password").textContent())!.trim();
  expect(temporary).toHaveLength(18);
  const row = admin.getByTestId("user-row").filter({ hasText: "sara.sales@northwind.example" });
  await expect(row.getByTestId("user-role")).toHaveText("Sales agent");
  await expect(row).toContainText("Never");

  // The agent: temporary password, then its own.
  const agent = await (await browser.newContext()).newPage();
  await signIn(agent, "sara.sales@northwind.example", temporary);
  await expect(agent).toHaveURL(/\/change-password$/);
  await agent.getByLabel("Temporary password").fill(temporary);
  await agent.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await agent.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await agent.getByRole("button", { name: "Change password" }).click();
  await expect(agent).toHaveURL(/\/provider$/);
  await expect(agent.getByTestId("org-role")).toHaveText("Sales agent");
  const menu = agent.getByRole("navigation", { name: "Main" });
  await expect(menu.getByRole("link", { name: "Customers" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(menu.getByRole("link", { name: "Provider profile" })).toHaveCount(0);
  expect((await agent.goto("/provider/users"))!.status()).toBe(404);
  expect((await agent.goto("/provider/profile"))!.status()).toBe(404);

  // It places an order: a new subscription for Proseware.
  await agent.goto("/provider/customers?q=Proseware");
  await agent.getByRole("link", { name: "Proseware Inc" }).click();
  await agent.getByRole("link", { name: "Add subscription" }).click();
  await agent.getByLabel("Offer").selectOption("o365-e1");
  await agent.getByLabel("Licenses").fill("7");
  await agent.getByRole("button", { name: "Submit" }).click();
  await expect(agent.getByRole("heading", { name: "Proseware Inc" })).toBeVisible();
  const orders = agent.getByTestId("orders-table");
  await expect(orders.getByTestId("order-row").first()).toContainText("7 × Office 365 E1");
  await expect(orders.getByTestId("order-row").first().getByTestId("order-placed-by")).toHaveText("Sara Sales · Northwind Distribution");

  // The admin sees it in the Orders list, filters it, and reads the sign-in time.
  await admin.goto("/provider/orders");
  await expect(admin.getByTestId("order-row").first()).toContainText("Sara Sales · Northwind Distribution");
  await admin.getByLabel("Kind").selectOption({ label: "License change" });
  await admin.getByRole("button", { name: "Apply" }).click();
  await expect(admin.getByTestId("order-row").filter({ hasText: "Office 365 E1" })).toHaveCount(0);
  await admin.goto("/provider/users");
  await expect(row).not.toContainText("Never");
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByTestId("user-status")).toContainText("Deactivated");

  // The agent's next click: signed out.
  await menu.getByRole("link", { name: "Customers" }).click();
  await expect(agent).toHaveURL(/\/sign-in/);
  await signIn(agent, "sara.sales@northwind.example", NEW_PASSWORD).catch(() => undefined);
  await expect(agent.getByText("The email or password is incorrect.")).toBeVisible();

  // The last Admin cannot act on itself here.
  await expect(admin.getByTestId("user-row").filter({ hasText: demo.northwind })).toContainText("You");
});

test("the helpdesk agent sets a support contact but cannot change licenses or buy", async ({ page }) => {
  await signIn(page, demo.northwindHelpdesk);
  await expect(page.getByRole("link", { name: "Add customer" })).toHaveCount(0);
  await page.goto("/provider/customers?q=Contoso");
  await page.getByRole("link", { name: "Contoso Pharmaceuticals" }).click();
  await expect(page.getByRole("link", { name: "Add subscription" })).toHaveCount(0);
  await page.getByTestId("subscriptions-table").getByRole("link", { name: "Microsoft Defender for Endpoint P1" }).click();
  await expect(page.getByTestId("licenses-form")).toHaveCount(0);
  const support = page.getByTestId("support-contact-form");
  await support.getByLabel("Assigned support contact").selectOption({ label: "Adatum IT Services" });
  await support.getByRole("button", { name: "Submit" }).click();
  await expect(support.getByText("Assigned support contact saved.")).toBeVisible();
  await expect(page.getByTestId("subscription-support")).toHaveText("Adatum IT Services");
  expect((await page.goto("/provider/customers/new"))!.status()).toBe(404);
});

test("each role sees the orders in its scope", async ({ browser }) => {
  const adatum = await (await browser.newContext()).newPage();
  await signIn(adatum, demo.adatum);
  await adatum.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Orders" }).click();
  await expect(adatum.getByRole("heading", { name: "Orders" })).toBeVisible();
  await expect(adatum.getByTestId("order-row").first()).toBeVisible();
  const customers = await adatum.getByTestId("order-row").locator("td:nth-child(3)").allTextContents();
  expect(new Set(customers)).toEqual(new Set(["Contoso Pharmaceuticals", "Alpine Ski House"]));
  await adatum.getByRole("link", { name: "Alpine Ski House" }).first().click();
  await expect(adatum.getByTestId("customer-filter")).toContainText("Alpine Ski House");
  await expect(adatum.getByTestId("order-row")).toHaveCount(1);
  await expect(adatum.getByTestId("order-kind")).toHaveText("New customer");

  const contoso = await (await browser.newContext()).newPage();
  await signIn(contoso, "admin@contosopharma.onmicrosoft.com");
  const rows = contoso.getByTestId("order-row");
  await expect(rows.last()).toContainText("New customer");
  await expect(rows.last().getByTestId("order-placed-by")).toHaveText("Nadia Novak · Northwind Distribution for Adatum IT Services");
  await expect(contoso.getByText("Proseware")).toHaveCount(0);
});
