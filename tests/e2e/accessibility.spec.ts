/**
 * axe on every page of every role, in both languages (issue 13): no serious or critical violation of
 * WCAG 2.1 A/AA. One test per role and language walks that role's pages (lean: the browser suite's budget).
 *
 * axe-core is loaded into every document of the test's context by an init script and run on the whole
 * document: @axe-core/playwright would inject its 500 KB again for each check and open a second page to
 * merge the results of frames (the app has none), which costs three times as long per page here.
 */
import axeCore, { type AxeResults, type RunOptions } from "axe-core";
import { type Page } from "@playwright/test";
import { demo, DEMO_PASSWORD, expect, test } from "./fixtures";
import { NewCustomerWizard } from "./pages/new-customer-wizard";

const RUN_OPTIONS: RunOptions = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  resultTypes: ["violations"],
};

test.beforeEach(async ({ context }) => {
  await context.addInitScript({ content: axeCore.source });
});

async function axe(page: Page, what: string) {
  expect(await page.locator("iframe").count(), `${what}: frames are not checked by this runner`).toBe(0);
  const violations = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe
        .run(document, options)
        .then((r) => r.violations),
    RUN_OPTIONS,
  );
  const bad = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(", ")}`,
    );
  expect(bad, `axe on ${what} (${page.url()})`).toEqual([]);
}

async function visit(page: Page, url: string) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBeLessThan(400);
  await axe(page, url);
}

/** Signs in by the fields' names, whatever the language. */
async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** The href of the first link in `scope` whose address matches. */
async function firstHref(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link like ${pattern} on ${page.url()}`).toBeTruthy();
  return href!;
}

for (const locale of ["en", "zh-TW"] as const) {
  test.describe(`accessibility (${locale})`, () => {
    test.use({ locale });

    test(`signed out (${locale})`, async ({ page }) => {
      for (const url of [
        "/",
        "/sign-in",
        "/enrol",
        "/providers",
        "/providers?country=US",
        "/invitations/not-a-real-token",
        "/no-such-page",
      ]) {
        const res = await page.goto(url);
        expect(res?.status(), url).toBeLessThan(url === "/no-such-page" ? 500 : 400);
        await axe(page, url);
      }
    });

    test(`indirect provider (${locale})`, async ({ page }) => {
      // The role with the most pages (and the wizard's steps): axe takes a few seconds a page on a busy machine.
      test.setTimeout(180_000);
      await signIn(page, demo.northwind);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      for (const url of [
        "/provider",
        "/provider/licenses",
        "/provider/resellers",
        "/provider/profile",
        "/provider/activity",
        "/change-password",
      ])
        await visit(page, url);
      // The request dialog, open.
      await page.goto("/provider/resellers");
      await page.getByRole("button", { name: /^(Request a reseller relationship|要求建立經銷商關係)$/ }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await axe(page, "the request dialog");
      await page.goto("/provider/resellers");
      await visit(page, await firstHref(page, /\/provider\/resellers\/[0-9a-f-]{36}\/end$/));
      await visit(page, "/provider/customers");
      const customer = await firstHref(page, /^\/provider\/customers\/[0-9a-f-]{36}$/);
      await visit(page, customer);
      await visit(page, await firstHref(page, /^\/provider\/subscriptions\/[0-9a-f-]{36}$/));
      await visit(page, `${customer}/subscriptions/new`);
      // The wizard, every step (the draft is never submitted).
      await visit(page, "/provider/customers/new");
      if (locale === "en") {
        const id = `axe${Date.now().toString(36)}`;
        const wizard = new NewCustomerWizard(page);
        await wizard.details({ company: `Axe Check ${id}`, domain: id });
        await expect(page).toHaveURL(/\/subscriptions$/);
        await axe(page, "wizard: New subscriptions");
        await page.getByRole("checkbox", { name: "Microsoft 365 Business Basic" }).check();
        await wizard.nextToReview();
        await expect(page).toHaveURL(/\/review$/);
        await axe(page, "wizard: Review");
      }
      // A refused submit (field errors shown).
      await page.goto("/provider/customers/new");
      await page.locator('main form button[type="submit"]').first().click();
      await expect(page.locator('[aria-invalid="true"]').first()).toBeFocused();
      await axe(page, "wizard with field errors");
    });

    test(`indirect reseller (${locale})`, async ({ page }) => {
      await signIn(page, demo.adatum);
      for (const url of [
        "/reseller",
        "/reseller/providers",
        "/reseller/customers",
        "/reseller/subscriptions",
        "/reseller/activity",
        "/reseller/customers/new",
      ])
        await visit(page, url);
      await page.goto("/reseller/customers");
      const customer = await firstHref(page, /^\/reseller\/customers\/[0-9a-f-]{36}$/);
      await visit(page, customer);
      await visit(page, await firstHref(page, /^\/reseller\/subscriptions\/[0-9a-f-]{36}$/));
    });

    test(`customer administrator and operator (${locale})`, async ({ page }) => {
      await signIn(page, "admin@contosopharma.onmicrosoft.com");
      await visit(page, "/customer");
      await page.context().clearCookies();
      await signIn(page, demo.operator);
      for (const url of ["/operator", "/operator/providers", "/operator/partners"]) await visit(page, url);
      await page.goto("/operator");
      const request =
        (await page.locator("a[href^='/operator/requests/']").count()) > 0
          ? await firstHref(page, /^\/operator\/requests\/[0-9a-f-]{36}$/)
          : null;
      if (request) await visit(page, request);
    });
  });
}
