/**
 * Users of an organisation and what each role within it may do (issue 14), their emails (received by the
 * suite's SMTP sink, tests/e2e/global-setup.ts), and the order history of every role.
 */
import { addUser, demo, emailedLink, expect, setPassword, signIn, signOut, test } from "./fixtures";
import { SubscriptionPage } from "./pages/subscription-page";

const NEW_PASSWORD = "sara-sales-pass-2026";

test("a Northwind admin adds a sales agent, who signs in through the emailed link, places an order and cannot open Users or the profile; deactivated, the agent's next click signs it out", async ({
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.northwind);
  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(admin.getByRole("heading", { name: "Users" })).toBeVisible();
  const add = admin.getByTestId("add-user-form");
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(add.getByText("Enter the person's name.")).toBeVisible();
  const since = Date.now();
  await add.getByLabel("Name").fill("Sara Sales");
  await add.getByLabel("Email").fill("sara.sales@northwind.example");
  await add.getByLabel("Role").selectOption({ label: "Sales agent" });
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(add.getByText("We emailed sara.sales@northwind.example a link to choose a password")).toBeVisible();
  await expect(add.getByTestId("temporary-password")).toHaveCount(0);
  const row = admin.getByTestId("user-row").filter({ hasText: "sara.sales@northwind.example" });
  await expect(row.getByTestId("user-role")).toHaveText("Sales agent");
  await expect(row).toContainText("Never");

  // The agent: the link from the email (received over SMTP), its own password, signed in.
  const link = await emailedLink("sara.sales@northwind.example", since);
  const agent = await (await browser.newContext()).newPage();
  await setPassword(agent, link, NEW_PASSWORD);
  await expect(agent.getByTestId("org-role")).toHaveText("Sales agent");
  // The link works once.
  await agent.goto(link);
  await expect(agent.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await agent.goto("/provider");
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
  await expect(orders.getByTestId("order-row").first().getByTestId("order-placed-by")).toHaveText(
    "Sara Sales · Northwind Distribution",
  );

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

test("Forgot password? on the sign-in page: the same answer for any address, a link by email that works once", async ({
  browser,
  page,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.northwind);
  const email = "fay.forgetful@northwind.example";
  let since = Date.now();
  await addUser(admin, "Fay Forgetful", email, "Helpdesk agent");
  await setPassword(page, await emailedLink(email, since), "fays-first-pass-2026");
  await signOut(page);

  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot password?" })).toBeVisible();
  await page.getByLabel("Email").fill("nobody.here@northwind.example");
  await page.getByRole("button", { name: "Send link" }).click();
  const answer = page.getByText("If an account uses this address, we sent it a link to choose a new password.");
  await expect(answer).toBeVisible();
  since = Date.now();
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Send link" }).click();
  await expect(answer).toBeVisible();
  const link = await emailedLink(email, since);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await setPassword(page, link, "fays-second-pass-2026");
  await signOut(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("fays-first-pass-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  await signIn(page, email, "fays-second-pass-2026");
  await expect(page).toHaveURL(/\/provider$/);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
});

test("the helpdesk agent sets a support contact but cannot change licenses or buy", async ({ page }) => {
  await signIn(page, demo.northwindHelpdesk);
  await expect(page.getByRole("link", { name: "Add customer" })).toHaveCount(0);
  await page.goto("/provider/customers?q=Contoso");
  await page.getByRole("link", { name: "Contoso Pharmaceuticals" }).click();
  await expect(page.getByRole("link", { name: "Add subscription" })).toHaveCount(0);
  const subscription = await SubscriptionPage.fromCustomer(page, "Microsoft Defender for Endpoint P1");
  await expect(subscription.licensesForm).toHaveCount(0);
  await subscription.assignSupportContact("Adat", "Adatum IT Services");
  await expect(subscription.support).toHaveText("Adatum IT Services");
  expect((await page.goto("/provider/customers/new"))!.status()).toBe(404);
});

test("each role sees the orders in its scope", async ({ browser }) => {
  const adatum = await (await browser.newContext()).newPage();
  await signIn(adatum, demo.adatum);
  await adatum.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Orders" }).click();
  await expect(adatum.getByRole("heading", { name: "Orders" })).toBeVisible();
  await expect(adatum.getByTestId("order-row").first()).toBeVisible();
  const customers = await adatum.getByTestId("order-row").locator("td:nth-child(3)").allTextContents();
  // The demo customers associated with Adatum (other specs may have added more of its own), never another's.
  expect(customers).toEqual(expect.arrayContaining(["Contoso Pharmaceuticals", "Alpine Ski House"]));
  for (const other of ["Proseware Inc", "Wide World Importers"]) expect(customers).not.toContain(other);
  await adatum.getByRole("link", { name: "Alpine Ski House" }).first().click();
  await expect(adatum.getByTestId("customer-filter")).toContainText("Alpine Ski House");
  await expect(adatum.getByTestId("order-row")).toHaveCount(1);
  await expect(adatum.getByTestId("order-kind")).toHaveText("New customer");

  const contoso = await (await browser.newContext()).newPage();
  await signIn(contoso, "admin@contosopharma.onmicrosoft.com");
  const rows = contoso.getByTestId("order-row");
  await expect(rows.last()).toContainText("New customer");
  await expect(rows.last().getByTestId("order-placed-by")).toHaveText(
    "Nadia Novak · Northwind Distribution for Adatum IT Services",
  );
  await expect(contoso.getByText("Proseware")).toHaveCount(0);
});
