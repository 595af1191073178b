// The indirect reseller's workspace as Adatum IT Services, Northwind's reseller in the demo data.
// Changes it makes are additive (a customer, a Proseware subscription, a new reseller) or undone (licenses).
import { type Page } from "@playwright/test";
import { chooseReseller, demo, DEMO_PASSWORD, expect, signIn, signOut, test } from "./fixtures";
import { NewCustomerWizard } from "./pages/new-customer-wizard";
import { SubscriptionPage } from "./pages/subscription-page";

const unique = () => Date.now().toString(36);
const customerRow = (page: Page, name: string) => page.getByTestId("customer-row").filter({ hasText: name });

test("the dashboard counts its providers, customers, subscriptions and licenses", async ({ page }) => {
  await signIn(page, demo.adatum);
  await expect(page.getByTestId("count-relationships")).toHaveText("1");
  for (const id of ["count-customers", "count-subscriptions", "count-licenses"])
    await expect(page.getByTestId(id)).toHaveText(/^[1-9][0-9,]*$/);
});

test("Customers: only those associated with it, filtered by provider, searched and exported", async ({ page }) => {
  await signIn(page, demo.adatum);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
  await expect(page).toHaveURL(/\/reseller\/customers$/);
  await expect(customerRow(page, "Contoso Pharmaceuticals")).toContainText("Northwind Distribution");
  await expect(customerRow(page, "Alpine Ski House")).toContainText("Northwind Distribution");
  await expect(customerRow(page, "Proseware")).toHaveCount(0);
  await expect(customerRow(page, "Wide World Importers")).toHaveCount(0);

  await page.getByLabel("Indirect provider").selectOption({ label: "Northwind Distribution" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/provider=[0-9a-f-]{36}/);
  await expect(customerRow(page, "Contoso Pharmaceuticals")).toBeVisible();
  await page.getByLabel("Search").fill("Alpine");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(customerRow(page, "Alpine Ski House")).toBeVisible();
  await expect(customerRow(page, "Contoso Pharmaceuticals")).toHaveCount(0);

  // Indirect providers → View customers lands on the same filter.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Indirect providers" }).click();
  await page
    .getByTestId("provider-row")
    .filter({ hasText: "Northwind Distribution" })
    .getByRole("link", { name: "View customers" })
    .click();
  await expect(page).toHaveURL(/\/reseller\/customers\?provider=[0-9a-f-]{36}$/);
  await expect(page.getByLabel("Indirect provider").locator("option:checked")).toHaveText("Northwind Distribution");

  const href = await page.getByRole("link", { name: "Export customers" }).getAttribute("href");
  expect(href).toMatch(/^\/reseller\/customers\/export\/customers\?provider=/);
  const csv = await (await page.request.get(href!)).text();
  expect(csv).toContain("Contoso Pharmaceuticals");
  expect(csv).not.toContain("Proseware");
});

test("delegated admin: changes the licenses of a Contoso subscription, and nothing else", async ({ page }) => {
  await signIn(page, demo.adatum);
  await page.goto("/reseller/customers?q=Contoso");
  await page.getByRole("link", { name: "Contoso Pharmaceuticals" }).click();
  await expect(page.getByRole("heading", { name: "Contoso Pharmaceuticals" })).toBeVisible();
  await expect(page.getByTestId("customer-reseller")).toHaveText("Adatum IT Services");
  await expect(page.getByRole("link", { name: "Add subscription" })).toHaveCount(0);
  await expect(page.getByTestId("associate-reseller")).toHaveCount(0);
  const subscription = await SubscriptionPage.fromCustomer(page, "Microsoft Defender for Endpoint P1");

  await expect(page).toHaveURL(/\/reseller\/subscriptions\/[0-9a-f-]{36}$/);
  const before = await subscription.licenseCount();
  expect(before).toBeGreaterThan(0);
  for (const form of [subscription.supportForm, subscription.resellerForm, subscription.upgradeForm, subscription.statusForm])
    await expect(form).toHaveCount(0);
  await expect(page.getByText("a change of licenses is an order you place through Northwind Distribution")).toBeVisible();
  await subscription.submitLicenses(0);
  await expect(subscription.licensesForm.getByText("Enter at least 1 license.")).toBeVisible();
  await subscription.changeLicenses(before + 5);
  // And back to what it was (no other spec relies on the number).
  await page.reload();
  await subscription.changeLicenses(before);
});

test("subscriptions where it is partner of record or support contact: read-only when the customer is not its own", async ({
  page,
}) => {
  // Northwind makes Adatum partner of record of a new subscription of Proseware (a customer not associated with Adatum).
  await signIn(page, demo.northwind);
  await page.goto("/provider/customers?q=Proseware");
  await page.getByRole("link", { name: "Proseware Inc" }).click();
  await page.getByRole("link", { name: "Add subscription" }).click();
  await page.getByLabel("Offer").selectOption("defender-endpoint-p2");
  await page.getByLabel("Licenses").fill("10");
  await chooseReseller(page, "Adat", "Adatum IT Services");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(
    page.getByTestId("subscriptions-table").getByRole("row").filter({ hasText: "Microsoft Defender for Endpoint P2" }),
  ).toContainText("Adatum IT Services");
  await signOut(page);

  await signIn(page, demo.adatum);
  await page.goto("/reseller/customers");
  await page.getByRole("link", { name: "Partner of record or support contact" }).click();
  await expect(
    page.getByRole("heading", { name: "Subscriptions where you are partner of record or support contact" }),
  ).toBeVisible();
  const rows = page.getByTestId("assigned-subscription");
  const proseware = rows.filter({ hasText: "Proseware Inc" }).filter({ hasText: "Microsoft Defender for Endpoint P2" });
  await expect(proseware).toContainText("Partner of record");
  await expect(proseware).toContainText("Read-only");
  await expect(proseware.getByRole("link", { name: "Proseware Inc" })).toHaveCount(0);
  // Seeded: Adatum is support contact (and partner of record) of Contoso's Business Standard, with admin rights.
  const contoso = rows.filter({ hasText: "Contoso Pharmaceuticals" }).filter({ hasText: "Microsoft 365 Business Standard" });
  await expect(contoso).toContainText("Support contact");
  await expect(contoso).toContainText("Admin rights");

  await proseware.getByRole("link", { name: "Microsoft Defender for Endpoint P2" }).click();
  await expect(page.getByTestId("read-only-notice")).toContainText(
    "You see this subscription because you are its partner of record.",
  );
  await expect(page.getByTestId("licenses-form")).toHaveCount(0);
  await expect(page.getByTestId("support-contact-form")).toHaveCount(0);
  await expect(page.getByTestId("reseller-form")).toHaveCount(0);
  // The customer itself stays out of reach.
  await page.getByRole("link", { name: "← Partner of record or support contact" }).click();
  await expect(page).toHaveURL(/\/reseller\/subscriptions$/);
});

test("adds a customer through Northwind with the wizard, associated with itself", async ({ page }) => {
  const domain = `fourthcoffee${unique()}`;
  const company = `Fourth Coffee ${unique()}`;
  await signIn(page, demo.adatum);
  await page.goto("/reseller/customers");
  await page.getByRole("link", { name: "Add customer" }).click();
  const wizard = new NewCustomerWizard(page);
  await expect(page.getByRole("heading", { name: "New customer" })).toBeVisible();
  // The provider comes first; Adatum has one, so it is already chosen.
  await expect(page.getByLabel("Indirect provider").locator("option:checked")).toHaveText("Northwind Distribution");
  await expect(page.getByLabel("Indirect reseller")).toHaveCount(0);
  await wizard.fillDetails({ company, domain });
  await expect(page.getByTestId("domain-status")).toHaveText(`${domain}.onmicrosoft.com is available.`);
  await wizard.nextToSubscriptions();

  await expect(page).toHaveURL(/\/reseller\/customers\/new\/[0-9a-f-]{36}\/subscriptions$/);
  await wizard.lines([{ offer: "Office 365 E1", licenses: 10 }]);

  const review = page.getByRole("main");
  await expect(review.getByText("Northwind Distribution", { exact: true })).toBeVisible();
  await expect(review.getByText("Adatum IT Services", { exact: true })).toBeVisible();
  const setup = await wizard.submit();
  expect(setup.adminAccount).toBe(`admin@${domain}.onmicrosoft.com`);
  await wizard.done("reseller");

  await expect(customerRow(page, company)).toContainText("Northwind Distribution");
  await customerRow(page, company).getByRole("link", { name: company }).click();
  await expect(page.getByTestId("customer-reseller")).toHaveText("Adatum IT Services");
  await signOut(page);

  // Northwind has it too, associated with Adatum.
  await signIn(page, demo.northwind);
  await page.goto(`/provider/customers?q=${encodeURIComponent(company)}`);
  await expect(customerRow(page, company)).toContainText("Adatum IT Services");
});

test("a reseller without an active provider is told how to get one", async ({ page }) => {
  const stamp = String(Date.now()).slice(-9);
  await page.goto("/enrol");
  await page.getByLabel("Company name").fill("Trey Research");
  await page.getByLabel("Partner ID").fill(stamp);
  await page.getByLabel("Country/region").selectOption("US");
  await page.getByLabel("Your name").fill("Trey Ray");
  await page.getByLabel("Email").fill(`admin-${stamp}@treyresearch.example`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Enrol" }).click();
  await expect(page).toHaveURL(/\/reseller$/);
  await expect(page.getByTestId("enrolment-pending")).toBeVisible();
  await expect(page.getByTestId("count-relationships")).toHaveText("0");
  await page.goto("/reseller/customers");
  await expect(page.getByText("No customers yet.")).toBeVisible();
  await page.getByRole("link", { name: "Add customer" }).click();
  await expect(page.getByTestId("no-provider")).toContainText(
    "You need an active relationship with an indirect provider before you can add customers.",
  );
  await expect(page.getByLabel("Company name")).toHaveCount(0);
  await page.getByTestId("no-provider").getByRole("link", { name: "Indirect providers" }).click();
  await expect(page).toHaveURL(/\/reseller\/providers$/);
});
