/**
 * Security hardening in the browser (issue 11): security headers and a nonce-based CSP with no violations,
 * sessions that end everywhere on Sign out, and no open redirect. The generated-input sweep of every page
 * and route handler: hostile-input.spec.ts.
 */
import { type APIRequestContext } from "@playwright/test";
import { demo, expect, signIn, signOut, test } from "./fixtures";

async function securityHeaders(request: APIRequestContext, url: string) {
  const res = await request.get(url, { maxRedirects: 0 });
  return { status: res.status(), headers: res.headers() };
}

test("every kind of response carries the security headers; scripts need this request's nonce", async ({ page, request }) => {
  const html = await page.request.get("/sign-in");
  const staticFile = /\/_next\/static\/[^"]+\.js/.exec(await html.text())?.[0];
  expect(staticFile).toBeTruthy();
  const nonces = new Set<string>();
  for (const url of ["/sign-in", "/providers", "/provider/customers", "/api/health", "/api/auth/session", "/no-such-page"]) {
    const { headers } = await securityHeaders(request, url);
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, url).toContain("frame-ancestors 'none'");
    expect(csp, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp, url).not.toContain("unsafe-inline' 'self'");
    nonces.add(/'nonce-([^']+)'/.exec(csp)![1]!);
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], url).toContain("camera=()");
    expect(headers["x-frame-options"], url).toBe("DENY");
    // Served over http here: no HSTS (it is sent when the request came over https).
    expect(headers["strict-transport-security"], url).toBeUndefined();
  }
  expect(nonces.size, "a fresh nonce per request").toBe(6);
  const { headers } = await securityHeaders(request, staticFile!);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // Every script in a page carries the nonce of that response's policy.
  const res = await page.request.get("/sign-in");
  const nonce = /'nonce-([^']+)'/.exec(res.headers()["content-security-policy"]!)![1]!;
  const body = await res.text();
  const scripts = body.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

test("the app runs under its Content-Security-Policy without a single violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI} in ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
  });
  await signIn(page, demo.northwind);
  for (const url of [
    "/provider",
    "/provider/customers",
    "/provider/customers/new",
    "/provider/activity",
    "/provider/profile",
    "/provider/resellers",
    "/providers",
  ]) {
    await page.goto(url);
    await expect(page.locator("h1").first()).toBeVisible();
  }
  // Client-side navigation works, so the nonce'd scripts ran.
  await page.goto("/provider");
  await page.getByRole("link", { name: "Customers" }).first().click();
  await expect(page).toHaveURL(/\/provider\/customers/);
  await signOut(page);
  expect(violations).toEqual([]);
});

test("Sign out ends the session on every device: a copied cookie gets nothing, and is not renewed", async ({ browser }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const pa = await a.newPage();
  const pb = await b.newPage();
  await signIn(pa, demo.fabrikam);
  await signIn(pb, demo.fabrikam);
  const stolen = await a.cookies();
  await signOut(pa);

  const thief = await browser.newContext();
  await thief.addCookies(stolen);
  const res = await thief.request.get("/provider/customers", { maxRedirects: 0 });
  expect(res.status() === 307 || res.status() === 200).toBe(true);
  if (res.status() === 307) expect(res.headers().location).toContain("/sign-in");
  else expect(await res.text()).not.toContain("Customers ·");
  const session = await thief.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  const renewed = (session.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie") ?? []).map((h) => h.value);
  expect(renewed.filter((c) => /session-token=[^;]+/.test(c) && !/session-token=;/.test(c))).toEqual([]);
  // The other device is signed out as well.
  await pb.goto("/provider/customers");
  await expect(pb).toHaveURL(/\/sign-in/);
  for (const c of [a, b, thief]) await c.close();
});

test("no open redirect: a callbackUrl that leaves the site is ignored", async ({ page }) => {
  await signIn(page, demo.northwind);
  for (const evil of [
    "%2F%09%2Fevil.example",
    "%2F%0A%2Fevil.example",
    "%2F%5Cevil.example",
    "%2F%2Fevil.example",
    "https%3A%2F%2Fevil.example",
    "%2F%252F%2Fevil.example",
  ]) {
    const res = await page.request.get(`/sign-in?callbackUrl=${evil}`, { maxRedirects: 0 });
    // A control character in the query is a 400 from proxy.ts; anything else goes home, never away.
    if (res.status() === 400) continue;
    expect(res.status(), evil).toBe(307);
    expect(res.headers().location, evil).toBe("/provider");
  }
  const ok = await page.request.get(`/sign-in?callbackUrl=${encodeURIComponent("/provider/customers?q=a")}`, { maxRedirects: 0 });
  expect(ok.headers().location).toBe("/provider/customers?q=a");
});
