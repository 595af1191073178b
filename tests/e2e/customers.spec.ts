import { chooseReseller, demo, expect, signIn, signOut, test } from "./fixtures";
import { NewCustomerWizard } from "./pages/new-customer-wizard";
import { SubscriptionPage } from "./pages/subscription-page";

const unique = () => Date.now().toString(36);

test.describe("add a new customer and associate it with an indirect reseller", () => {
  test("wizard → Setup information → Done → listed and filtered; the admin must change the password", async ({ page }) => {
    const domain = `harbor${unique()}`;
    const company = `Harbor Freight ${unique()}`;
    await signIn(page, demo.northwind);
    // From the reseller's row on Indirect resellers: the reseller is already selected.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Indirect resellers" }).click();
    await page
      .getByTestId("reseller-row")
      .filter({ hasText: "Adatum IT Services" })
      .getByRole("link", { name: "Add new customer" })
      .click();
    const wizard = new NewCustomerWizard(page);
    await expect(page.getByRole("heading", { name: "New customer" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Indirect reseller" })).toHaveValue("Adatum IT Services");
    await wizard.fillDetails({ company, domain });
    await expect(page.getByTestId("domain-status")).toHaveText(`${domain}.onmicrosoft.com is available.`);
    await wizard.nextToSubscriptions();

    await wizard.chooseLines([{ offer: "Microsoft 365 Business Standard", licenses: 400 }]);
    await page.getByRole("button", { name: "Next: Review" }).click();
    await expect(page.getByText("Microsoft 365 Business Standard allows 1 to 300 licenses.")).toBeVisible();
    await wizard.lines([
      { offer: "Microsoft 365 Business Standard", licenses: 30 },
      { offer: "Teams Audio Conferencing", licenses: 5 },
    ]);

    await expect(page.getByText(company)).toBeVisible();
    await expect(page.getByText("Adatum IT Services", { exact: true })).toBeVisible();
    await expect(page.getByTestId("total-licenses")).toHaveText("35");
    // Going back keeps the input.
    await page.getByRole("link", { name: "Edit customer details" }).click();
    await expect(page.getByLabel("Company name")).toHaveValue(company);
    await wizard.nextToSubscriptions();
    await expect(page.getByLabel("Licenses of Microsoft 365 Business Standard")).toHaveValue("30");
    await wizard.nextToReview();
    const setup = await wizard.submit();

    expect(setup.adminAccount).toBe(`admin@${domain}.onmicrosoft.com`);
    const password = setup.temporaryPassword;
    expect(password.length).toBeGreaterThanOrEqual(16);
    await expect(page.getByText("cannot be shown again")).toBeVisible();
    const reviewUrl = page.url();
    await wizard.done();

    const row = page.getByTestId("customer-row").filter({ hasText: company });
    await expect(row).toContainText("Adatum IT Services");
    await chooseReseller(page, "Adat", "Adatum IT Services");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/reseller=/);
    await expect(page.getByTestId("customer-row").filter({ hasText: company })).toBeVisible();
    await expect(page.getByTestId("customer-row").filter({ hasText: "Proseware" })).toHaveCount(0);

    // The password is never shown again.
    await page.goto(reviewUrl);
    await expect(page.getByText("This customer was already submitted.")).toBeVisible();
    await expect(page.getByTestId("temporary-password")).toHaveCount(0);
    await expect(page.getByText(password)).toHaveCount(0);

    // The customer's administrator signs in with it and must choose a new password first.
    await signOut(page);
    await signIn(page, `admin@${domain}.onmicrosoft.com`, password);
    await expect(page).toHaveURL(/\/change-password$/);
    await page.getByLabel("Temporary password").fill(password);
    await page.getByLabel("New password", { exact: true }).fill("harbor-freight-2026");
    await page.getByLabel("Confirm new password").fill("harbor-freight-2026");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/customer$/);
    await expect(page.getByTestId("customer-reseller")).toHaveText("Adatum IT Services");
    await expect(page.getByRole("cell", { name: "Microsoft 365 Business Standard", exact: true })).toBeVisible();
  });

  test("bad input gets field errors and keeps what was typed", async ({ page }) => {
    await signIn(page, demo.northwind);
    const wizard = new NewCustomerWizard(page);
    await wizard.open();
    await wizard.fillDetails({ company: "!", domain: "contosopharma" });
    await page.getByLabel("Email").fill("someone@northwind.example");
    await expect(page.getByTestId("domain-status")).toHaveText("contosopharma.onmicrosoft.com is already taken.");
    await page.getByRole("button", { name: "Next: Subscriptions" }).click();
    await expect(page.getByText("The company name must be more than one character and not only punctuation.")).toBeVisible();
    await expect(page.getByLabel("Company name")).toHaveValue("!");
    await expect(page.getByLabel("City")).toHaveValue("Seattle");
    await page.getByLabel("Company name").fill("Contoso Again");
    await page.getByRole("button", { name: "Next: Subscriptions" }).click();
    await expect(page.getByTestId("domain-status")).toHaveText(
      "contosopharma.onmicrosoft.com is already taken. Choose another domain.",
    );
    await page.getByLabel("Primary domain").fill(`contoso${unique()}`);
    await page.getByRole("button", { name: "Next: Subscriptions" }).click();
    await expect(page.getByText("this email uses the provider's domain")).toBeVisible();
    await expect(page.getByLabel("Company name")).toHaveValue("Contoso Again");
  });

  test("Cancel throws the whole operation away and starts over", async ({ page }) => {
    const company = `Cancelled Co ${unique()}`;
    await signIn(page, demo.northwind);
    const wizard = new NewCustomerWizard(page);
    await wizard.open();
    await wizard.details({ company, domain: `cancelled${unique()}` });
    const draftUrl = page.url();
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page).toHaveURL(/\/provider\/customers\/new$/);
    await expect(page.getByLabel("Company name")).toHaveValue("");
    const response = await page.goto(draftUrl);
    expect(response?.status()).toBe(404);
    await page.goto(`/provider/customers?q=${encodeURIComponent(company)}`);
    await expect(page.getByText("No customers match these filters.")).toBeVisible();
  });
});

test.describe("add a subscription to an existing customer", () => {
  test("expand → Add subscription → Submit → support contact persisted after reload", async ({ page }) => {
    await signIn(page, demo.northwind);
    await page.goto("/provider/customers?q=Proseware");
    await page.getByRole("button", { name: "Show subscriptions of Proseware Inc" }).click();
    await expect(page.getByText("Office 365 E3")).toBeVisible();
    await page.getByRole("link", { name: "Add subscription" }).click();
    await expect(page.getByRole("heading", { name: "New subscription" })).toBeVisible();
    await page.getByLabel("Offer").selectOption("exchange-online-archiving");
    await page.getByLabel("Licenses").fill("40");
    await chooseReseller(page, "Adat", "Adatum IT Services");
    await page.getByRole("button", { name: "Submit" }).click();

    await expect(page.getByRole("heading", { name: "Proseware Inc" })).toBeVisible();
    const table = page.getByTestId("subscriptions-table");
    await expect(table.getByRole("row").filter({ hasText: "Exchange Online Archiving" })).toContainText("Adatum IT Services");
    const subscription = await SubscriptionPage.fromCustomer(page, "Exchange Online Archiving");

    await expect(subscription.support).toHaveText("Northwind Distribution");
    const contact = subscription.supportForm.getByRole("combobox", { name: "Assigned support contact" });
    await expect(contact).toHaveValue("Northwind Distribution (you)");
    await subscription.assignSupportContact("Adat", "Adatum IT Services");
    await page.reload();
    await expect(subscription.support).toHaveText("Adatum IT Services");
    await expect(contact).toHaveValue("Adatum IT Services");

    await subscription.submitLicenses(0);
    await expect(subscription.licensesForm.getByText("Enter at least 1 license.")).toBeVisible();
    await subscription.changeLicenses(45);
  });
});

test.describe("outsiders", () => {
  test("another provider, an unrelated reseller and another customer's admin get 404", async ({ page }) => {
    await signIn(page, demo.northwind);
    await page.goto("/provider/customers?q=Contoso");
    const href = await page.getByRole("link", { name: "Contoso Pharmaceuticals" }).getAttribute("href");
    await page.getByRole("link", { name: "Contoso Pharmaceuticals" }).click();
    const subHref = await page.getByTestId("subscriptions-table").getByRole("link").first().getAttribute("href");
    await signOut(page);

    for (const who of [demo.fabrikam, demo.tailspin, "admin@contosopharma.onmicrosoft.com"]) {
      await signIn(page, who);
      const urls = [href!, subHref!, `${href!}/subscriptions/new`];
      if (who !== demo.fabrikam) urls.push("/provider/customers/new", "/provider/customers");
      for (const url of urls) {
        const response = await page.goto(url);
        expect(response?.status(), `${who} → ${url}`).toBe(404);
        await expect(page.getByText("Contoso Pharmaceuticals")).toHaveCount(0);
      }
      const csv = await page.request.get("/provider/customers/export/customers");
      if (who.endsWith(".onmicrosoft.com")) expect(csv.status()).toBe(404);
      else expect(await csv.text()).not.toContain("Contoso");
      await signOut(page);
    }
  });

  test("Export customers honours the filter", async ({ page }) => {
    await signIn(page, demo.northwind);
    const all = await (await page.request.get("/provider/customers/export/customers")).text();
    expect(all.split("\r\n")[0]).toBe("\uFEFFCustomer ID,Company name,Primary domain,Indirect reseller,Indirect provider");
    expect(all).toContain("Proseware Inc");
    const none = await (await page.request.get("/provider/customers/export/customers?reseller=none")).text();
    expect(none).toContain("Proseware Inc");
    expect(none).not.toContain("Contoso Pharmaceuticals");
    const subs = await (await page.request.get("/provider/customers/export/subscriptions?q=Contoso")).text();
    expect(subs).toContain("Microsoft 365 Business Standard");
    expect(subs).not.toContain("Office 365 E3");
  });
});

test.describe("the same Submit twice at once", () => {
  test("two copies of the server-action request, sent together, create exactly one customer", async ({ page }) => {
    const company = `Twin Submit ${unique()}`;
    await signIn(page, demo.northwind);
    const wizard = new NewCustomerWizard(page);
    await wizard.open();
    await wizard.details({ company, domain: `twin${unique()}` });
    await wizard.lines([{ offer: "Office 365 E1", licenses: 5 }]);

    // Catch the browser's own Submit request (a POST carrying the Next-Action header) and keep it from the server.
    let submit: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
    await page.route("**/*", async (route) => {
      const r = route.request();
      if (r.method() === "POST" && r.headers()["next-action"]) {
        submit = { url: r.url(), headers: r.headers(), body: r.postDataBuffer()! };
        await route.abort();
      } else {
        await route.continue();
      }
    });
    await page.getByRole("button", { name: "Submit" }).click();
    await expect.poll(() => submit).toBeDefined();
    await page.unroute("**/*");

    // The same request twice at the same moment, with the session's cookies.
    const send = () => page.request.post(submit!.url, { headers: submit!.headers, data: submit!.body });
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.status(), b.status()]).toEqual([200, 200]);
    const bodies = [await a.text(), await b.text()];
    expect(bodies.filter((t) => t.includes("temporaryPassword"))).toHaveLength(1);
    expect(bodies.filter((t) => t.includes("This customer was already submitted."))).toHaveLength(1);

    await page.goto(`/provider/customers?q=${encodeURIComponent(company)}`);
    await expect(page.getByTestId("customer-row").filter({ hasText: company })).toHaveCount(1);
  });
});
