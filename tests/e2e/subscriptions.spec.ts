/**
 * Managing an existing customer and its subscriptions (SPEC §3): the provider associates a customer it
 * added without a reseller, suspends and reactivates a subscription, upgrades it along its upgrade path,
 * and changes its indirect reseller of record; the reseller then sees what the provider decided.
 * The spec makes its own customer (through the wizard), so it depends on no other spec's data.
 */
import { type Page } from "@playwright/test";
import { chooseReseller, demo, expect, signIn, signOut, test } from "./fixtures";
import { NewCustomerWizard } from "./pages/new-customer-wizard";
import { SubscriptionPage } from "./pages/subscription-page";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Northwind adds a customer with no reseller and one Office 365 E1 subscription; returns its page's URL. */
async function newCustomerWithoutReseller(page: Page, company: string, domain: string): Promise<string> {
  const wizard = new NewCustomerWizard(page);
  await wizard.addCustomer({ company, domain }, [{ offer: "Office 365 E1", licenses: 10 }]);
  await wizard.done();
  await page.getByTestId("customer-row").filter({ hasText: company }).getByRole("link", { name: company }).click();
  await expect(page.getByRole("heading", { name: company })).toBeVisible();
  return page.url();
}

test("the provider associates an existing customer, suspends, reactivates, upgrades and changes the reseller of record", async ({
  page,
}) => {
  const company = `Lakeshore Dental ${unique()}`;
  await signIn(page, demo.northwind);
  const customerUrl = await newCustomerWithoutReseller(page, company, `lakeshore${unique()}`);

  // Associate the existing customer with Adatum.
  await expect(page.getByTestId("customer-reseller")).toHaveText("None");
  const associate = page.getByTestId("associate-reseller");
  // A combobox: only the chosen reseller is in the page; matches load as the user types.
  await chooseReseller(page, "Adat", "Adatum IT Services", "Indirect reseller", associate);
  await associate.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByTestId("customer-reseller")).toHaveText("Adatum IT Services");
  await page.reload();
  await expect(page.getByTestId("customer-reseller")).toHaveText("Adatum IT Services");

  // Suspend: the upgrade waits for reactivation.
  const subscription = await SubscriptionPage.fromCustomer(page, "Office 365 E1");
  await expect(subscription.status).toHaveText("Active");
  await subscription.suspend();
  await expect(page.getByText("Reactivate the subscription to upgrade it.")).toBeVisible();
  await expect(subscription.upgradeForm).toHaveCount(0);
  // Licenses of a suspended subscription cannot change.
  await subscription.submitLicenses(12);
  await expect(subscription.licensesForm.getByText("Reactivate the subscription before changing its licenses.")).toBeVisible();
  await expect(subscription.licenses).toHaveText("10");

  // Reactivate, then upgrade along the path (E1 → E3); the licenses carry over.
  await subscription.reactivate();
  await expect(subscription.upgradeForm.getByLabel("Offer").locator("option")).toContainText(["Office 365 E3", "Office 365 E5"]);
  await subscription.upgrade("o365-e3", "Office 365 E3");
  await expect(subscription.licenses).toHaveText("10");

  // The reseller of record: none → Adatum.
  await expect(subscription.reseller).toHaveText("None");
  await subscription.changeReseller("Adat", "Adatum IT Services");

  // Back on the customer: one subscription, upgraded, with Adatum as partner of record.
  await page.goto(customerUrl);
  const row = page.getByTestId("subscriptions-table").getByRole("row").filter({ hasText: "Office 365 E3" });
  await expect(row).toContainText("Adatum IT Services");
  await expect(page.getByTestId("subscriptions-table").getByRole("row").filter({ hasText: "Office 365 E1" })).toHaveCount(0);

  // The activity log tells the story, newest first.
  await page.goto("/provider/activity");
  for (const summary of ["Indirect reseller of record changed", "Upgraded to Office 365 E3", "Reactivated", "Suspended"]) {
    await expect(page.getByRole("row").filter({ hasText: company }).filter({ hasText: summary }).first()).toBeVisible();
  }

  // Adatum now has the customer, with admin rights over its subscription.
  await signOut(page);
  await signIn(page, demo.adatum);
  await page.goto(`/reseller/customers?q=${encodeURIComponent(company)}`);
  await page.getByTestId("customer-row").filter({ hasText: company }).getByRole("link", { name: company }).click();
  const theirs = await SubscriptionPage.fromCustomer(page, "Office 365 E3");
  await expect(theirs.status).toHaveText("Active");
  await expect(theirs.licensesForm).toBeVisible();
  await expect(theirs.statusForm).toHaveCount(0);
  await expect(theirs.upgradeForm).toHaveCount(0);
});
