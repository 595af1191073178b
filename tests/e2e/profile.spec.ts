import { type Page } from "@playwright/test";
import { demo, expect, signIn, signOut, test } from "./fixtures";

// One story, in order: Northwind asks for a change, the operator completes it, the public list shows it.
test.describe.configure({ mode: "serial" });

const NEW_NAME = "Northwind Cloud Distribution";
const NEW_US_URL = "https://northwind.example/us/find-a-reseller";
// A 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

let northwindRequest = "";

async function openProfile(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Provider profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Provider profile" })).toBeVisible();
}

test("a provider sees its public entry and asks for a profile change", async ({ page }) => {
  await signIn(page, demo.northwind);
  await openProfile(page);
  await expect(page.getByTestId("provider-card")).toContainText("Northwind Distribution");
  await expect(page.getByTestId("profile-timing")).toContainText("two to three weeks");

  // Nothing changed → refused; a bad URL → a message next to it. Nothing saved either time.
  await page.getByRole("button", { name: "Submit support request" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Change at least one thing");
  await page.getByLabel("Target URL").nth(1).fill("http://northwind.example/us");
  await page.getByRole("button", { name: "Submit support request" }).click();
  await expect(page.getByText("Enter a valid https:// URL.")).toBeVisible();
  // A file that is not an image is refused by its bytes, whatever its name says.
  await page
    .getByLabel("Logo")
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("not really a png") });
  await page.getByLabel("Target URL").nth(1).fill(NEW_US_URL);
  await page.getByRole("button", { name: "Submit support request" }).click();
  await expect(page.locator("#field-logo-error")).toHaveText("Upload a PNG, JPEG, WebP, SVG or GIF image.");
  await expect(page.getByText("You have not submitted any support requests.")).toBeVisible();

  // Add and remove a location row; the rows keep what was typed.
  await page.getByRole("button", { name: "Add location" }).click();
  await expect(page.getByTestId("location-row")).toHaveCount(3);
  await page.getByRole("button", { name: "Remove location 3" }).click();
  await expect(page.getByTestId("location-row")).toHaveCount(2);
  await expect(page.getByLabel("Target URL").nth(1)).toHaveValue(NEW_US_URL);

  await page.getByLabel("Company name").fill(NEW_NAME);
  await page.getByLabel("Logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Submit support request" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Your support request was submitted");
  const requests = page.getByTestId("support-requests");
  await expect(requests.getByRole("row")).toHaveCount(2);
  await expect(requests).toContainText("company name, logo, locations");
  await expect(requests.getByTestId("request-status")).toHaveText("Submitted");
  // The public entry does not change before the operator acts.
  await expect(page.getByTestId("provider-card")).toContainText("Northwind Distribution");

  await requests.getByRole("link", { name: "View" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Support request" })).toBeVisible();
  await expect(page.getByTestId("requested-company-name")).toHaveText(NEW_NAME);
  northwindRequest = new URL(page.url()).pathname.split("/").pop()!;
  await signOut(page);
});

test("the operator reviews and completes it, and the public list shows the change", async ({ page }) => {
  expect(northwindRequest).not.toBe("");
  await signIn(page, demo.operator);
  await expect(page.getByRole("heading", { level: 1, name: "Requests" })).toBeVisible();
  const queue = page.getByTestId("request-queue");
  await expect(queue).toContainText("Northwind Distribution");
  await page.getByRole("link", { name: "Submitted" }).click();
  await expect(page).toHaveURL(/status=submitted/);
  await queue.getByRole("link", { name: /Open the request of Northwind Distribution/ }).click();
  await expect(page).toHaveURL(new RegExp(`/operator/requests/${northwindRequest}$`));
  await expect(page.getByTestId("profile-comparison")).toContainText(NEW_US_URL);
  await expect(page.getByTestId("requested-company-name")).toHaveText(NEW_NAME);

  await page.getByRole("button", { name: "Mark in review" }).click();
  await expect(page.getByRole("main").getByTestId("request-status").first()).toHaveText("In review");
  await page.getByLabel("Reply to the provider (optional)").fill("Updated as requested.");
  await page.getByRole("button", { name: "Complete" }).click();
  await expect(page.getByRole("main").getByTestId("request-status").first()).toHaveText("Completed");
  await expect(page.getByRole("button", { name: "Complete" })).toHaveCount(0);
  await signOut(page);

  // Signed out: the public list has the new name, logo and URL at once.
  await page.goto("/providers");
  await expect(page.getByRole("heading", { level: 1, name: "Find an indirect provider" })).toBeVisible();
  const card = page.getByRole("article", { name: NEW_NAME });
  await expect(card).toBeVisible();
  await expect(card.getByRole("link", { name: "United States" })).toHaveAttribute("href", NEW_US_URL);
  const logo = card.getByRole("img", { name: `${NEW_NAME} logo` });
  await expect(logo).toBeVisible();
  const response = await page.request.get((await logo.getAttribute("src"))!);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["cache-control"]).toContain("immutable");
  await expect(page.getByRole("article", { name: "Northwind Distribution" })).toHaveCount(0);

  // Filter by country/region.
  await page.getByLabel("Country/region").selectOption({ label: "United Kingdom" });
  await page.getByRole("button", { name: "Show providers" }).click();
  await expect(page).toHaveURL(/country=GB/);
  await expect(page.getByRole("article", { name: "Fabrikam Cloud Supply" })).toBeVisible();
  await expect(page.getByRole("article", { name: NEW_NAME })).toHaveCount(0);
  await page.goto("/providers?country=US");
  await expect(page.getByRole("article", { name: NEW_NAME })).toBeVisible();
  await expect(page.getByRole("article", { name: "Fabrikam Cloud Supply" })).toHaveCount(0);
});

test("the provider sees the completed request and its new entry", async ({ page }) => {
  await signIn(page, demo.northwind);
  await openProfile(page);
  await expect(page.getByTestId("provider-card")).toContainText(NEW_NAME);
  await expect(page.getByTestId("support-requests").getByTestId("request-status")).toHaveText("Completed");
  await expect(page.getByTestId("support-requests")).toContainText("Updated as requested.");
});

test("a rejection needs a reason, which the provider then reads", async ({ page }) => {
  await signIn(page, demo.fabrikam);
  await openProfile(page);
  await page.getByLabel("Company name").fill("Fabrikam Supply Co");
  await page.getByRole("button", { name: "Submit support request" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Your support request was submitted");
  await signOut(page);

  await signIn(page, demo.operator);
  await page
    .getByTestId("request-queue")
    .getByRole("link", { name: /Open the request of Fabrikam Cloud Supply/ })
    .click();
  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByText("Give the provider a reason.")).toBeVisible();
  await page.getByLabel("Reason").fill("Use the company's registered name.");
  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByRole("main").getByTestId("request-status").first()).toHaveText("Rejected");
  await signOut(page);

  await signIn(page, demo.fabrikam);
  await openProfile(page);
  await expect(page.getByTestId("support-requests").getByTestId("request-status")).toHaveText("Rejected");
  await expect(page.getByTestId("support-requests")).toContainText("Use the company's registered name.");
  await expect(page.getByTestId("provider-card")).toContainText("Fabrikam Cloud Supply");
});

test("the operator unlists and lists a provider, and sees every partner", async ({ page }) => {
  await signIn(page, demo.operator);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Providers" }).click();
  const fabrikam = page.getByTestId("provider-list").getByRole("row").filter({ hasText: "Fabrikam Cloud Supply" });
  await fabrikam.getByRole("button", { name: "Unlist" }).click();
  await expect(fabrikam.getByText("Unlisted", { exact: true })).toBeVisible();
  await page.goto("/providers");
  await expect(page.getByRole("article", { name: NEW_NAME })).toBeVisible();
  await expect(page.getByRole("article", { name: "Fabrikam Cloud Supply" })).toHaveCount(0);
  await page.goto("/operator/providers");
  await fabrikam.getByRole("button", { name: "List", exact: true }).click();
  await expect(fabrikam.getByText("Listed", { exact: true })).toBeVisible();
  await page.goto("/providers");
  await expect(page.getByRole("article", { name: "Fabrikam Cloud Supply" })).toBeVisible();

  await page.goto("/operator/partners");
  const partners = page.getByTestId("partner-list");
  for (const name of [
    "Northwind Distribution",
    "Fabrikam Cloud Supply",
    "Adatum IT Services",
    "Litware Solutions",
    "Tailspin Consulting",
  ]) {
    await expect(partners).toContainText(name);
  }
  await page.getByLabel("Kind").selectOption({ label: "Indirect reseller" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(partners).not.toContainText("Northwind Distribution");
  await expect(partners.getByRole("row").filter({ hasText: "Adatum IT Services" })).toContainText("5200100");
});

test.describe("outsiders", () => {
  const providerPages = ["/provider/profile", `/provider/profile/requests/REQUEST`];
  const operatorPages = ["/operator", "/operator/providers", "/operator/partners", `/operator/requests/REQUEST`];
  const url = (p: string) => p.replace("REQUEST", northwindRequest);

  test("signed out, every page here goes to sign-in; the public list does not", async ({ page }) => {
    for (const p of [...providerPages, ...operatorPages]) {
      await page.goto(url(p));
      await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    }
    await page.goto("/providers");
    await expect(page).toHaveURL(/\/providers$/);
    const missing = await page.request.get("/api/logos/00000000-0000-4000-8000-000000000000");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("a reseller gets 404 on provider and operator pages", async ({ page }) => {
    await signIn(page, demo.adatum);
    for (const p of [...providerPages, ...operatorPages]) {
      const response = await page.goto(url(p));
      expect(response?.status(), p).toBe(404);
    }
  });

  test("a provider gets 404 on operator pages and on another provider's request", async ({ page }) => {
    await signIn(page, demo.fabrikam);
    for (const p of [...operatorPages, `/provider/profile/requests/REQUEST`, "/provider/profile/requests/not-a-uuid"]) {
      const response = await page.goto(url(p));
      expect(response?.status(), p).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    }
  });
});
