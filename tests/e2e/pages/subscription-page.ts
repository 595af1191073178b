/**
 * A subscription's details page (SPEC §3.3, step 3), the provider's (/provider/subscriptions/[id]) or the
 * reseller's (/reseller/subscriptions/[id]): its status, licenses, reseller of record and support contact,
 * and the forms that change them — each form only where the viewer may use it. Each action waits for what
 * the page shows when it succeeded; `submitLicenses` sends without waiting, for the refusals.
 */
import { type Page } from "@playwright/test";
import { chooseReseller, expect } from "../fixtures";

export class SubscriptionPage {
  readonly status;
  readonly licenses;
  readonly reseller;
  readonly support;
  readonly licensesForm;
  readonly statusForm;
  readonly upgradeForm;
  readonly resellerForm;
  readonly supportForm;

  constructor(readonly page: Page) {
    this.status = page.getByTestId("subscription-status");
    this.licenses = page.getByTestId("subscription-licenses");
    this.reseller = page.getByTestId("subscription-reseller");
    this.support = page.getByTestId("subscription-support");
    this.licensesForm = page.getByTestId("licenses-form");
    this.statusForm = page.getByTestId("status-form");
    this.upgradeForm = page.getByTestId("upgrade-form");
    this.resellerForm = page.getByTestId("reseller-form");
    this.supportForm = page.getByTestId("support-contact-form");
  }

  /** From the customer's page: the offer's link in its Subscriptions table. */
  static async fromCustomer(page: Page, offer: string): Promise<SubscriptionPage> {
    await page.getByTestId("subscriptions-table").getByRole("link", { name: offer }).click();
    await expect(page.getByRole("heading", { name: offer })).toBeVisible();
    return new SubscriptionPage(page);
  }

  /** The number of licenses it shows now. */
  async licenseCount(): Promise<number> {
    return Number((await this.licenses.textContent())!.trim());
  }

  /** Types a number of licenses and sends Change licenses; the caller checks the answer. */
  async submitLicenses(n: number) {
    await this.licensesForm.getByLabel("Licenses").fill(String(n));
    await this.licensesForm.getByRole("button", { name: "Change licenses" }).click();
  }

  /** Change licenses, accepted: the page shows the new number. */
  async changeLicenses(n: number) {
    await this.submitLicenses(n);
    await expect(this.licenses).toHaveText(String(n));
  }

  async suspend() {
    await this.statusForm.getByRole("button", { name: "Suspend" }).click();
    await expect(this.status).toHaveText("Suspended");
  }

  async reactivate() {
    await this.statusForm.getByRole("button", { name: "Reactivate" }).click();
    await expect(this.status).toHaveText("Active");
  }

  /** Upgrade to `offerId` along the upgrade path: the page becomes the new offer's. */
  async upgrade(offerId: string, offer: string) {
    await this.upgradeForm.getByLabel("Offer").selectOption(offerId);
    await this.upgradeForm.getByRole("button", { name: "Upgrade" }).click();
    await expect(this.page.getByRole("heading", { name: offer })).toBeVisible();
  }

  /** Change reseller (of record), chosen in its combobox by typing `typed`. */
  async changeReseller(typed: string, name: string) {
    await chooseReseller(this.page, typed, name, "Indirect reseller", this.resellerForm);
    await this.resellerForm.getByRole("button", { name: "Change reseller" }).click();
    await expect(this.reseller).toHaveText(name);
  }

  /** Assigned support contact → Submit, saved. */
  async assignSupportContact(typed: string, name: string) {
    await chooseReseller(this.page, typed, name, "Assigned support contact", this.supportForm);
    await this.supportForm.getByRole("button", { name: "Submit" }).click();
    await expect(this.supportForm.getByText("Assigned support contact saved.")).toBeVisible();
  }
}
