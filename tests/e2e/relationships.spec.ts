import { type Page } from "@playwright/test";
import { demo, DEMO_PASSWORD, expect, signIn, signOut, test } from "./fixtures";

const literally = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

/** On the provider's Indirect resellers page: Request a reseller relationship → the draft dialog and its link. */
async function requestRelationship(page: Page) {
  await page.goto("/provider/resellers");
  await page.getByRole("button", { name: "Request a reseller relationship" }).click();
  const dialog = page.getByRole("dialog", { name: "Request a reseller relationship" });
  await expect(dialog).toBeVisible();
  const link = (await dialog.getByTestId("invitation-link").textContent())!.trim();
  expect(link).toMatch(/^http:\/\/localhost:\d+\/invitations\/[A-Za-z0-9_-]{43}$/);
  return { dialog, link };
}

const resellerRow = (page: Page, name: string) => page.getByTestId("reseller-row").filter({ hasText: name });
const providerRow = (page: Page, name: string) => page.getByTestId("provider-row").filter({ hasText: name });

test.describe("provider ↔ reseller relationships", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("Northwind requests, Litware authorizes, the link is spent, Northwind ends it", async ({ page }) => {
    await signIn(page, demo.northwind);
    const { dialog, link } = await requestRelationship(page);
    const message = dialog.getByLabel("Message");
    await expect(message).toHaveValue(literally(link));
    await expect(dialog.getByTestId("link-warning")).toContainText("the link must stay in it");
    await expect(dialog.getByRole("link", { name: "Open in email" })).toHaveAttribute(
      "href",
      literally(encodeURIComponent(link)),
    );

    await dialog.getByRole("button", { name: "Copy to clipboard" }).click();
    await expect(dialog.getByRole("button", { name: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(link);

    // Removing the link is caught; putting it back re-enables sending.
    const draft = await message.inputValue();
    await message.fill(draft.replace(link, ""));
    await expect(dialog.getByRole("button", { name: "Open in email" })).toBeDisabled();
    await expect(dialog.getByRole("button", { name: "Copy to clipboard" })).toBeDisabled();
    await expect(dialog.getByRole("alert")).toContainText("no longer contains the personalized link");
    await dialog.getByRole("button", { name: "Put the link back" }).click();
    await expect(dialog.getByRole("button", { name: "Copy to clipboard" })).toBeEnabled();

    // Open in email carries the text as edited.
    const edited = `Hi Litware team,\n\nplease accept: ${link}\n`;
    await message.fill(edited);
    const subject = await dialog.getByLabel("Subject").inputValue();
    await expect(dialog.getByRole("link", { name: "Open in email" })).toHaveAttribute(
      "href",
      `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(edited)}`,
    );
    // Only Litware (partner ID 5200200) may accept it.
    const restrict = dialog.getByTestId("restrict-link-form");
    await restrict.getByLabel("Partner ID").fill("5200200");
    await restrict.getByRole("button", { name: "Restrict link" }).click();
    await expect(restrict.getByText("Only that reseller can accept this link now.")).toBeVisible();
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("invitation-row").first()).toBeVisible();
    await signOut(page);

    // Tailspin cannot use it.
    await signIn(page, demo.tailspin);
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This invitation is for another reseller" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Authorize indirect provider" })).toHaveCount(0);
    await signOut(page);

    // Litware opens the link, ticks the box and authorizes.
    await signIn(page, demo.litware);
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Authorize Northwind Distribution as your indirect provider" })).toBeVisible();
    await page.getByRole("button", { name: "Authorize indirect provider" }).click();
    await expect(page.getByText("Tick the box to confirm that you authorize this provider.")).toBeVisible();
    await page.getByRole("checkbox", { name: /I authorize Northwind Distribution/ }).check();
    await page.getByRole("button", { name: "Authorize indirect provider" }).click();
    await expect(page).toHaveURL(/\/reseller\/providers\?authorized=/);
    await expect(page.getByRole("status")).toContainText("You authorized Northwind Distribution");
    await expect(providerRow(page, "Northwind Distribution")).toContainText("Active");
    await expect(providerRow(page, "Northwind Distribution").getByRole("link", { name: "View customers" })).toHaveAttribute(
      "href",
      /\/reseller\/customers\?provider=[0-9a-f-]{36}$/,
    );

    // The link works once.
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This invitation link was already used" })).toBeVisible();
    await page.goto("/reseller");
    await signOut(page);

    // Northwind sees Litware, then ends the relationship.
    await signIn(page, demo.northwind);
    await page.goto("/provider/resellers");
    const litware = resellerRow(page, "Litware Solutions");
    await expect(litware).toContainText("Active");
    await expect(litware).toContainText("5200200");
    await expect(litware.getByRole("link", { name: "Add new customer" })).toHaveAttribute(
      "href",
      /\/provider\/customers\/new\?reseller=[0-9a-f-]{36}$/,
    );
    const adatumCells = resellerRow(page, "Adatum IT Services").getByRole("cell");
    // Counts of associated customers and subscriptions (other spec files may have added some).
    await expect(adatumCells.nth(4)).toHaveText(/^[1-9][0-9]*$/);
    await expect(adatumCells.nth(5)).toHaveText(/^[1-9][0-9]*$/);
    await litware.getByRole("link", { name: "End relationship" }).click();
    await expect(page.getByRole("heading", { name: "End relationship with Litware Solutions" })).toBeVisible();
    await expect(page.getByTestId("impact-customers")).toContainText("0 customers");
    await expect(page.getByTestId("impact-subscriptions")).toContainText("0 subscriptions");
    await page.getByRole("button", { name: "End relationship" }).click();
    await expect(page).toHaveURL(/\/provider\/resellers\?ended=/);
    await expect(page.getByRole("status")).toContainText("The relationship with Litware Solutions has ended");
    await expect(litware).toContainText("Ended");
    await expect(litware.getByRole("link", { name: "Add new customer" })).toHaveCount(0);
    await signOut(page);

    await signIn(page, demo.litware);
    await page.goto("/reseller/providers");
    await expect(providerRow(page, "Northwind Distribution")).toContainText("Ended");
  });

  test("a signed-out visitor opens a link, enrols a new reseller, the operator activates it, it comes back and authorizes", async ({
    page,
  }) => {
    await signIn(page, demo.fabrikam);
    const { dialog, link } = await requestRelationship(page);
    await dialog.getByRole("button", { name: "Done" }).click();
    await signOut(page);

    await page.goto(link);
    await expect(
      page.getByRole("heading", { name: "Fabrikam Cloud Supply invites you to become its indirect reseller" }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in" })).toHaveAttribute(
      "href",
      `/sign-in?callbackUrl=${encodeURIComponent(new URL(link).pathname)}`,
    );
    await page.getByRole("link", { name: "Enrol as an indirect reseller" }).click();
    await expect(page).toHaveURL(/\/enrol\?callbackUrl=%2Finvitations%2F/);

    const stamp = String(Date.now()).slice(-9);
    const email = `admin-${stamp}@northridge.example`;
    await page.getByLabel("Company name").fill("Northridge IT");
    await page.getByLabel("Partner ID").fill("5200100"); // Adatum's
    await page.getByLabel("Country/region").selectOption("NZ");
    await page.getByLabel("Your name").fill("Nora Ridge");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Enrol" }).click();
    await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
    await expect(page.getByLabel("Company name")).toHaveValue("Northridge IT");
    await expect(page.getByLabel("Country/region")).toHaveValue("NZ");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Enrol" }).click();
    await expect(page.locator("#field-partnerNumber-error")).toHaveText("This partner ID is already enrolled.");
    await page.getByLabel("Partner ID").fill(stamp);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Enrol" }).click();

    // The enrolment waits for the operator: the link says so, and so does the workspace.
    await expect(page).toHaveURL(link);
    await expect(page.getByRole("heading", { name: "Your enrolment is not active yet" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Authorize indirect provider" })).toHaveCount(0);
    await page.goto("/reseller");
    await expect(page.getByTestId("enrolment-pending")).toBeVisible();
    await signOut(page);

    // The operator finds the pending enrolment and activates it.
    await signIn(page, demo.operator);
    await page.goto("/operator/partners");
    await page.getByLabel("Status").selectOption("pending");
    await page.getByLabel("Search").fill(stamp);
    await page.getByRole("button", { name: "Filter" }).click();
    const enrolment = page.getByTestId("partner-list").getByRole("row").filter({ hasText: "Northridge IT" });
    await expect(enrolment).toContainText("Pending");
    await enrolment.getByRole("button", { name: "Activate" }).click();
    // The list is filtered to pending enrolments: once the activation is saved, the row leaves it. (Not the
    // button's absence: while the action runs it reads "Activating…".)
    await expect(enrolment).toHaveCount(0);
    await page.goto(`/operator/partners?q=${stamp}`);
    await expect(page.getByTestId("partner-list").getByRole("row").filter({ hasText: "Northridge IT" })).toContainText("Active");
    await signOut(page);

    // Active now: the same link lets it authorize.
    await signIn(page, email);
    await page.goto(link);
    await expect(page.getByTestId("enrolment-pending")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Authorize Fabrikam Cloud Supply as your indirect provider" })).toBeVisible();
    await page.getByRole("checkbox", { name: /I authorize Fabrikam Cloud Supply/ }).check();
    await page.getByRole("button", { name: "Authorize indirect provider" }).click();
    await expect(page).toHaveURL(/\/reseller\/providers/);
    await expect(page.getByTestId("org-name")).toHaveText("Northridge IT");
    await expect(providerRow(page, "Fabrikam Cloud Supply")).toContainText("Active");
  });
});

test("outsiders: Fabrikam sees only its own resellers, and provider pages are not found for others", async ({ page }) => {
  await signIn(page, demo.northwind);
  await page.goto("/provider/resellers");
  const endAdatum = await resellerRow(page, "Adatum IT Services")
    .getByRole("link", { name: "End relationship" })
    .getAttribute("href");
  expect(endAdatum).toMatch(/^\/provider\/resellers\/[0-9a-f-]{36}\/end$/);
  await signOut(page);

  await signIn(page, demo.fabrikam);
  await page.goto("/provider/resellers");
  await expect(resellerRow(page, "Tailspin Consulting")).toContainText("Active");
  await expect(page.getByText("Adatum IT Services")).toHaveCount(0);
  await expect(page.getByText("Litware Solutions")).toHaveCount(0);
  expect((await page.goto(endAdatum!))?.status()).toBe(404);
  await page.goto("/provider");
  await signOut(page);

  await signIn(page, demo.litware);
  expect((await page.goto("/provider/resellers"))?.status()).toBe(404);
  expect((await page.goto(endAdatum!))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("a link that is malformed, or opened by a provider, gets its own page", async ({ page }) => {
  await page.goto("/invitations/not-a-real-token");
  await expect(page.getByRole("heading", { name: "This invitation link is not valid" })).toBeVisible();
  await signIn(page, demo.northwind);
  const { dialog, link } = await requestRelationship(page);
  await dialog.getByRole("button", { name: "Done" }).click();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link is for indirect resellers" })).toBeVisible();
  // Revoking it: whoever opens it afterwards is told it was withdrawn.
  await page.goto("/provider/resellers");
  const rows = page.getByTestId("invitation-row");
  const before = await rows.count();
  await rows.first().getByRole("button", { name: "Revoke" }).click();
  await expect(rows).toHaveCount(before - 1);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This invitation was withdrawn" })).toBeVisible();
});

test("where the Clipboard API is refused, Copy to clipboard selects the text instead", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("Denied", "NotAllowedError")) },
    });
  });
  await signIn(page, demo.fabrikam);
  const { dialog } = await requestRelationship(page);
  await dialog.getByRole("button", { name: "Copy to clipboard" }).click();
  await expect(dialog.getByTestId("copy-status")).toContainText("The message is selected: press Ctrl+C");
  await expect(dialog.getByRole("button", { name: "Copied" })).toHaveCount(0);
  const message = dialog.getByLabel("Message");
  await expect(message).toBeFocused();
  const selected = await message.evaluate(
    (el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd) === el.value,
  );
  expect(selected).toBe(true);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
});

test("Indirect resellers: search by name or partner ID, with the number that match", async ({ page }) => {
  await signIn(page, demo.northwind);
  await page.goto("/provider/resellers");
  await expect(page.getByTestId("resellers-count")).toContainText(/^\d+ indirect resellers?$/);
  const search = page.getByRole("search");
  await search.getByLabel("Search").fill("adatum");
  await search.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/provider\/resellers\?q=adatum$/);
  await expect(page.getByTestId("resellers-count")).toHaveText("1 indirect reseller matches “adatum”");
  await expect(page.getByTestId("reseller-row")).toHaveCount(1);
  await expect(resellerRow(page, "Adatum IT Services")).toContainText("5200100");

  await search.getByLabel("Search").fill("52001");
  await search.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("reseller-row")).toHaveText([/Adatum IT Services/]);
  await search.getByLabel("Search").fill("no such reseller");
  await search.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("resellers-count")).toHaveText("No indirect reseller matches “no such reseller”");
  await expect(page.getByTestId("reseller-row")).toHaveCount(0);
  await search.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/provider\/resellers$/);
  await expect(resellerRow(page, "Adatum IT Services")).toBeVisible();
});
