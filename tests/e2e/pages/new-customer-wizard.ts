/**
 * The new-customer wizard (SPEC §3.3) as a user goes through it: New customer (details) → Next: Subscriptions →
 * New subscriptions (offers and licenses) → Next: Review → Review → Submit → Setup information → Done.
 * The provider's (/provider/customers/new) and the reseller's (/reseller/customers/new) are the same steps.
 * Each step method waits for the next step's heading; the specs assert what the steps show.
 */
import { type Page } from "@playwright/test";
import { expect, fillCustomerDetails } from "../fixtures";

export type Workspace = "provider" | "reseller";
/** An offer of the catalog by its name, and its number of licenses. */
export type Line = { offer: string; licenses: number };
/** What the Setup information shows once, after Submit. */
export type SetupInformation = { adminAccount: string; temporaryPassword: string };

export class NewCustomerWizard {
  constructor(readonly page: Page) {}

  /** Starts a new wizard (a fresh operation) in this workspace. */
  async open(workspace: Workspace = "provider") {
    await this.page.goto(`/${workspace}/customers/new`);
    await expect(this.page.getByRole("heading", { name: "New customer" })).toBeVisible();
  }

  /** Step 1, every field filled (fixtures' `fillCustomerDetails`); does not go on. */
  async fillDetails(d: { company: string; domain: string }) {
    await fillCustomerDetails(this.page, d);
  }

  /** Next: Subscriptions, accepted: the New subscriptions step. */
  async nextToSubscriptions() {
    await this.page.getByRole("button", { name: "Next: Subscriptions" }).click();
    await expect(this.page.getByRole("heading", { name: "New subscriptions" })).toBeVisible();
  }

  /** Step 1 filled and accepted. */
  async details(d: { company: string; domain: string }) {
    await this.fillDetails(d);
    await this.nextToSubscriptions();
  }

  /** Step 2: checks each offer and types its licenses; does not go on. */
  async chooseLines(lines: Line[]) {
    for (const { offer, licenses } of lines) {
      await this.page.getByRole("checkbox", { name: offer }).check();
      await this.page.getByLabel(`Licenses of ${offer}`).fill(String(licenses));
    }
  }

  /** Next: Review, accepted: the Review step. */
  async nextToReview() {
    await this.page.getByRole("button", { name: "Next: Review" }).click();
    await expect(this.page.getByRole("heading", { name: "Review" })).toBeVisible();
  }

  /** Step 2 chosen and accepted. */
  async lines(lines: Line[]) {
    await this.chooseLines(lines);
    await this.nextToReview();
  }

  /** The draft's id, from the address of any step after the first. */
  draftId(): string {
    const match = /\/new\/([0-9a-f-]{36})\//.exec(this.page.url());
    if (!match) throw new Error(`not on a step of a wizard draft: ${this.page.url()}`);
    return match[1]!;
  }

  /** Review → Submit: the Setup information, read once. */
  async submit(): Promise<SetupInformation> {
    await this.page.getByRole("button", { name: "Submit" }).click();
    await expect(this.page.getByRole("heading", { name: "Setup information" })).toBeVisible();
    return {
      adminAccount: (await this.page.getByTestId("admin-account").textContent())!.trim(),
      temporaryPassword: (await this.page.getByTestId("temporary-password").textContent())!.trim(),
    };
  }

  /** Done: back to Customers. */
  async done(workspace: Workspace = "provider") {
    await this.page.getByRole("link", { name: "Done" }).click();
    await expect(this.page).toHaveURL(new RegExp(`/${workspace}/customers$`));
  }

  /** The whole wizard in one go: a new customer with these lines; returns its Setup information (still on that page). */
  async addCustomer(
    d: { company: string; domain: string },
    lines: Line[],
    workspace: Workspace = "provider",
  ): Promise<SetupInformation> {
    await this.open(workspace);
    await this.details(d);
    await this.lines(lines);
    return this.submit();
  }
}
