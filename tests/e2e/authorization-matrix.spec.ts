/**
 * The authorization matrix of the pages and route handlers (SPEC §1): every `page.tsx` and `route.ts`
 * under `app/`, found in the code, requested by every actor with redirects not followed, against the
 * demo data. A record of someone else is a 404 (never a 403, never its name in the answer); signed out
 * is a 307 to /sign-in. Server actions: tests/integration/authorization-matrix.test.ts.
 * Reads only: it creates two wizard drafts (never customers) and changes nothing other specs rely on.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { actors, only as onlyFor, type Actor } from "../support/actors";
import { demo, fillCustomerDetails, signIn } from "./fixtures";


/** Who each actor is in the demo data, relative to "the record": Contoso Pharmaceuticals (Northwind's, associated with Adatum). */
const accounts: Record<Exclude<Actor, "signedOut">, { email: string; home: string }> = {
  provider: { email: demo.northwind, home: "/provider" },
  otherProvider: { email: demo.fabrikam, home: "/provider" },
  reseller: { email: demo.adatum, home: "/reseller" },
  unrelatedReseller: { email: demo.tailspin, home: "/reseller" },
  customerAdmin: { email: "admin@contosopharma.onmicrosoft.com", home: "/customer" },
  otherCustomerAdmin: { email: "admin@wideworldimporters.onmicrosoft.com", home: "/customer" },
  operator: { email: demo.operator, home: "/operator" },
};
/** Those who must never read the record's name anywhere. */
const outsiders: Actor[] = ["signedOut", "otherProvider", "unrelatedReseller", "otherCustomerAdmin", "operator"];
const RECORD_NAME = /Contoso Pharmaceuticals|contosopharma/;

/** allow: 200; not_found: 404; sign_in: 307 to /sign-in?callbackUrl=…; home: 307 to the actor's home. */
type Outcome = "allow" | "not_found" | "sign_in" | "home";
type Row = Record<Actor, Outcome>;
type Ids = Awaited<ReturnType<typeof recordIds>>;
type Entry = { url: string | ((ids: Ids) => string); expect: Row };

const only = (allowed: Partial<Row>): Row => onlyFor<Outcome>(allowed);
const everyone = (o: Outcome, signedOut: Outcome = o): Row => ({ ...Object.fromEntries(actors.map((a) => [a, o])), signedOut }) as Row;
/** A public page: shown to the signed-out visitor; a signed-in user is sent home. */
const publicPage = everyone("home", "allow");
const providers = only({ provider: "allow", otherProvider: "allow" });
const resellers = only({ reseller: "allow", unrelatedReseller: "allow" });
const theProvider = only({ provider: "allow" });
const theReseller = only({ reseller: "allow" });

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

const routeMatrix: Record<string, Entry> = {
  "/": { url: "/", expect: publicPage },
  "/sign-in": { url: "/sign-in", expect: publicPage },
  "/enrol": { url: "/enrol", expect: publicPage },
  "/change-password": { url: "/change-password", expect: everyone("allow", "sign_in") },
  // A well-formed link nobody issued: its own page ("not valid") for everyone.
  "/invitations/[token]": { url: `/invitations/${"A".repeat(43)}`, expect: everyone("allow") },
  "/api/health": { url: "/api/health", expect: everyone("allow") },
  "/api/ready": { url: "/api/ready", expect: everyone("allow") },
  "/api/auth/[...nextauth]": { url: "/api/auth/session", expect: everyone("allow") },

  "/customer": { url: "/customer", expect: only({ customerAdmin: "allow", otherCustomerAdmin: "allow" }) },

  "/operator": { url: "/operator", expect: only({ operator: "allow" }) },
  "/operator/partners": { url: "/operator/partners", expect: only({ operator: "allow" }) },
  "/operator/providers": { url: "/operator/providers", expect: only({ operator: "allow" }) },

  "/provider": { url: "/provider", expect: providers },
  "/provider/activity": { url: "/provider/activity", expect: providers },
  "/provider/profile": { url: "/provider/profile", expect: providers },
  "/provider/resellers": { url: "/provider/resellers", expect: providers },
  "/provider/resellers/[relationshipId]/end": { url: (ids) => `/provider/resellers/${ids.relationship}/end`, expect: theProvider },
  "/provider/customers": { url: "/provider/customers", expect: providers },
  "/provider/customers/[id]": { url: (ids) => `/provider/customers/${ids.customer}`, expect: theProvider },
  "/provider/customers/[id]/subscriptions/new": { url: (ids) => `/provider/customers/${ids.customer}/subscriptions/new`, expect: theProvider },
  "/provider/customers/export/[kind]": { url: "/provider/customers/export/subscriptions", expect: providers },
  "/provider/customers/new": { url: "/provider/customers/new", expect: providers },
  "/provider/customers/new/[draftId]": { url: (ids) => `/provider/customers/new/${ids.providerDraft}`, expect: theProvider },
  "/provider/customers/new/[draftId]/subscriptions": { url: (ids) => `/provider/customers/new/${ids.providerDraft}/subscriptions`, expect: theProvider },
  "/provider/customers/new/[draftId]/review": { url: (ids) => `/provider/customers/new/${ids.providerDraft}/review`, expect: theProvider },
  "/provider/subscriptions/[id]": { url: (ids) => `/provider/subscriptions/${ids.subscription}`, expect: theProvider },

  // The public list of indirect providers: everyone, signed in or not.
  "/providers": { url: "/providers", expect: everyone("allow") },
  // The demo data has no logos or support requests, and creating them here would change what
  // profile.spec.ts relies on: these rows check the refusal of an unknown id for every actor; the allowed
  // cells are in profile.spec.ts and tests/integration/profile-requests.test.ts.
  "/api/logos/[id]": { url: `/api/logos/${UNKNOWN_ID}`, expect: everyone("not_found") },
  "/provider/profile/requests/[id]": { url: `/provider/profile/requests/${UNKNOWN_ID}`, expect: everyone("not_found", "sign_in") },
  "/operator/requests/[id]": { url: `/operator/requests/${UNKNOWN_ID}`, expect: everyone("not_found", "sign_in") },
  "/api/activity/export": { url: "/api/activity/export", expect: { ...providers, reseller: "allow", unrelatedReseller: "allow" } },

  "/reseller": { url: "/reseller", expect: resellers },
  "/reseller/activity": { url: "/reseller/activity", expect: resellers },
  "/reseller/providers": { url: "/reseller/providers", expect: resellers },
  "/reseller/customers": { url: "/reseller/customers", expect: resellers },
  "/reseller/customers/[id]": { url: (ids) => `/reseller/customers/${ids.customer}`, expect: theReseller },
  "/reseller/customers/export/[kind]": { url: "/reseller/customers/export/subscriptions", expect: resellers },
  "/reseller/customers/new": { url: "/reseller/customers/new", expect: resellers },
  "/reseller/customers/new/[draftId]": { url: (ids) => `/reseller/customers/new/${ids.resellerDraft}`, expect: theReseller },
  "/reseller/customers/new/[draftId]/subscriptions": { url: (ids) => `/reseller/customers/new/${ids.resellerDraft}/subscriptions`, expect: theReseller },
  "/reseller/customers/new/[draftId]/review": { url: (ids) => `/reseller/customers/new/${ids.resellerDraft}/review`, expect: theReseller },
  "/reseller/subscriptions": { url: "/reseller/subscriptions", expect: resellers },
  "/reseller/subscriptions/[id]": { url: (ids) => `/reseller/subscriptions/${ids.subscription}`, expect: theReseller },
};

// ── discovery: the routes as the code has them ─────────────────────────────────────────────────────

const appDir = path.resolve(__dirname, "../../app");

/** `app/(auth)/sign-in/page.tsx` → `/sign-in`; route groups and parallel-route slots are not in the URL. */
function discoverRoutes(): string[] {
  const routes = new Set<string>();
  for (const file of fs.readdirSync(appDir, { recursive: true, encoding: "utf8" })) {
    const parts = file.split(path.sep);
    if (!/^(page\.(tsx|ts|jsx|js)|route\.(ts|js))$/.test(parts.pop()!)) continue;
    routes.add(`/${parts.filter((p) => !/^\(.*\)$/.test(p) && !p.startsWith("@")).join("/")}`);
  }
  return [...routes].sort();
}

function missingRowsMessage(routes: string[]): string {
  return [
    `${routes.length} route(s) have no row in the authorization matrix. Add to \`routeMatrix\` in tests/e2e/authorization-matrix.spec.ts:`,
    ...routes.map((r) => `  "${r}": { url: ${r.includes("[") ? `(ids) => \`${r.replace(/\[[^\]]+\]/g, "${ids./* a demo record: add it to recordIds() */}")}\`` : `"${r}"`}, expect: only({ /* provider: "allow", … */ }) },`),
    "`only({...})`: signed out → sign_in, every actor not listed → not_found; `publicPage` and `everyone(…)` for public routes.",
  ].join("\n");
}

test("every page and route handler has a row in the authorization matrix", () => {
  const found = discoverRoutes();
  expect(found.length).toBeGreaterThanOrEqual(30);
  const missing = found.filter((r) => !(r in routeMatrix));
  expect(missing, missingRowsMessage(missing)).toEqual([]);
  const stale = Object.keys(routeMatrix).filter((r) => !found.includes(r));
  expect(stale, "Rows for routes that no longer exist: remove them from `routeMatrix`.").toEqual([]);
});

// ── the records, from the demo data ───────────────────────────────────────────────────────────────

async function csvColumn(page: Page, url: string): Promise<string> {
  const text = await (await page.request.get(url)).text();
  const row = text.split("\r\n")[1];
  if (!row) throw new Error(`no rows in ${url}`);
  return row.split(",")[0]!;
}

/** A wizard draft of whoever is signed in on this page (details only; never submitted). */
async function makeDraft(page: Page, base: string): Promise<string> {
  const id = `matrix${Date.now().toString(36)}`;
  await page.goto(`${base}/customers/new`);
  await fillCustomerDetails(page, { company: `Matrix Draft ${id}`, domain: id });
  await page.getByRole("button", { name: "Next: Subscriptions" }).click();
  await expect(page).toHaveURL(/\/new\/[0-9a-f-]{36}\/subscriptions$/);
  return /\/new\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
}

/** The ids the dynamic routes are requested with: Contoso, one of its subscriptions, Northwind–Adatum, two drafts. */
async function recordIds(pages: { provider: Page; reseller: Page }) {
  const { provider, reseller } = pages;
  await provider.goto("/provider/resellers");
  const end = await provider.getByTestId("reseller-row").filter({ hasText: "Adatum IT Services" }).getByRole("link", { name: "End relationship" }).getAttribute("href");
  return {
    customer: await csvColumn(provider, "/provider/customers/export/customers?q=Contoso%20Pharmaceuticals"),
    subscription: await csvColumn(provider, "/provider/customers/export/subscriptions?q=Contoso%20Pharmaceuticals"),
    relationship: /\/provider\/resellers\/([0-9a-f-]{36})\/end/.exec(end ?? "")![1]!,
    providerDraft: await makeDraft(provider, "/provider"),
    resellerDraft: await makeDraft(reseller, "/reseller"),
  };
}

// ── the cells ─────────────────────────────────────────────────────────────────────────────────────

test.describe("authorization matrix: pages and route handlers", () => {
  const contexts: BrowserContext[] = [];
  const requests = {} as Record<Actor, APIRequestContext>;
  let ids: Ids;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    const pages = {} as Record<Actor, Page>;
    for (const actor of actors) {
      const context = await browser.newContext();
      contexts.push(context);
      pages[actor] = await context.newPage();
      if (actor !== "signedOut") await signIn(pages[actor], accounts[actor].email);
      requests[actor] = pages[actor].request;
    }
    ids = await recordIds(pages);
  });
  test.afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  for (const [route, entry] of Object.entries(routeMatrix)) {
    for (const actor of actors) {
      const outcome = entry.expect[actor];
      test(`${route} · ${actor} → ${outcome}`, async () => {
        const url = typeof entry.url === "string" ? entry.url : entry.url(ids);
        const response = await requests[actor].get(url, { maxRedirects: 0 });
        const where = `${actor} GET ${url}`;
        const location = response.headers().location;
        const target = location ? new URL(location, "http://app.invalid") : undefined;
        if (outcome === "allow") expect(response.status(), `${where} (→ ${location ?? "no redirect"})`).toBe(200);
        if (outcome === "not_found") expect(response.status(), `${where} (→ ${location ?? "no redirect"})`).toBe(404);
        if (outcome === "sign_in" || outcome === "home") {
          expect(response.status(), where).toBe(307);
          if (outcome === "sign_in") {
            expect(target?.pathname, where).toBe("/sign-in");
            expect(target?.searchParams.get("callbackUrl"), where).toBe(url);
          } else {
            expect(target?.pathname, where).toBe(accounts[actor as Exclude<Actor, "signedOut">].home);
          }
        }
        if (outsiders.includes(actor)) expect(await response.text(), `${where}: the record's name leaked`).not.toMatch(RECORD_NAME);
      });
    }
  }
});
