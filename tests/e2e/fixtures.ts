import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-pass-2026";

export const demo = {
  northwind: "admin@northwind.example",
  fabrikam: "admin@fabrikam.example",
  adatum: "admin@adatum.example",
  litware: "admin@litware.example",
  tailspin: "admin@tailspin.example",
  operator: "operator@partnerhub.example",
} as const;

/** Signs in through the real form; lands wherever the app sends this account. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export async function signOut(page: Page) {
  // From any page, including a 404 (which has no menu): the home page sends a signed-in user home.
  if ((await page.getByLabel("User menu").count()) === 0) await page.goto("/");
  await page.getByLabel("User menu").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}
