/**
 * The authorization matrix of the pages and route handlers (SPEC §1): every `page.tsx` and `route.ts`
 * under `app/`, found in the code, requested by every actor against the demo data. A record of someone
 * else is a 404 (never a 403); signed out is a 307 to /sign-in. Every answer (and every page a redirect
 * leads to, none of which may leave the app's origin) is searched for each name, domain and id the actor
 * may not see, derived per actor from the demo data (tests/e2e/authorization-matrix.spec.ts → `secrets`).
 * Server actions: tests/integration/authorization-matrix.test.ts.
 * Reads only: it creates two wizard drafts (never customers) and, through Northwind's Users page, the two
 * users of the extra actors (a second Admin, and one given a temporary password); it changes nothing other
 * specs rely on.
 */
import { type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { actors, extraActors, only as onlyFor, type Actor, type ExtraActor } from "../support/actors";
import { discoverRoutes } from "../support/routes";
import { addUser, demo, emailedLink, expect, setPassword, signIn, test } from "./fixtures";
import { NewCustomerWizard } from "./pages/new-customer-wizard";

const stamp = Date.now().toString(36);
/**
 * Who each actor is in the demo data, relative to "the record": Contoso Pharmaceuticals (Northwind's,
 * associated with Adatum); the extra actors are users this spec adds to Northwind (`addExtraActors`).
 */
const accounts: Record<Exclude<MatrixActor, "signedOut">, { email: string; home: string }> = {
  provider: { email: demo.northwind, home: "/provider" },
  otherProvider: { email: demo.fabrikam, home: "/provider" },
  reseller: { email: demo.adatum, home: "/reseller" },
  unrelatedReseller: { email: demo.tailspin, home: "/reseller" },
  customerAdmin: { email: "admin@contosopharma.onmicrosoft.com", home: "/customer" },
  otherCustomerAdmin: { email: "admin@wideworldimporters.onmicrosoft.com", home: "/customer" },
  operator: { email: demo.operator, home: "/operator" },
  salesAgent: { email: demo.northwindSales, home: "/provider" },
  helpdeskAgent: { email: demo.northwindHelpdesk, home: "/provider" },
  colleague: { email: `colleague-${stamp}@northwind.example`, home: "/provider" },
  mustChangePassword: { email: `pending-${stamp}@northwind.example`, home: "/change-password" },
};
/**
 * The demo data's indirect providers, by the actors that sign in as them (Northwind: its two Admins and its
 * two agents; not the user with a temporary password, who may see nothing before it changes it).
 */
const providerActors: Record<string, MatrixActor[]> = {
  "Northwind Distribution": ["provider", "colleague", "salesAgent", "helpdeskAgent"],
  "Fabrikam Cloud Supply": ["otherProvider"],
};
/** The demo data's indirect resellers, by the actor that signs in as them (Litware: nobody's). */
const resellerActors: Record<string, Actor | undefined> = {
  "Adatum IT Services": "reseller",
  "Tailspin Consulting": "unrelatedReseller",
  "Litware Solutions": undefined,
};
/** The demo customers whose administrators are actors. */
const customerAdminActors: Record<string, Actor> = {
  "Contoso Pharmaceuticals": "customerAdmin",
  "Wide World Importers": "otherCustomerAdmin",
};

/**
 * allow: 200; not_found: 404; sign_in: 307 to /sign-in?callbackUrl=…; home: 307 to the actor's home;
 * change_password: 307 to /change-password itself (not by way of the home page, which would send it on), 200 there.
 */
type Outcome = "allow" | "not_found" | "sign_in" | "home" | "change_password";
type Row = Record<Actor, Outcome>;
type MatrixActor = Actor | ExtraActor;
const matrixActors: readonly MatrixActor[] = [...actors, ...extraActors];
type Ids = Awaited<ReturnType<typeof recordIds>>;
type Url = string | ((ids: Ids) => string);
/**
 * One route's row; `more` requests it again with other values (each its own row, same expectations unless
 * given). The extra actors' cells follow from the row (`withExtras`) unless `extra` gives them.
 */
type Extra = Partial<Record<ExtraActor, Outcome>>;
type Entry = { url: Url; expect: Row; extra?: Extra; more?: { label: string; url: Url; expect?: Row; extra?: Extra }[] };

const only = (allowed: Partial<Row>): Row => onlyFor<Outcome>(allowed);
const everyone = (o: Outcome, signedOut: Outcome = o): Row =>
  ({ ...Object.fromEntries(actors.map((a) => [a, o])), signedOut }) as Row;
/** A public page: shown to the signed-out visitor; a signed-in user is sent home. */
const publicPage = everyone("home", "allow");
const providers = only({ provider: "allow", otherProvider: "allow" });
const resellers = only({ reseller: "allow", unrelatedReseller: "allow" });
const theProvider = only({ provider: "allow" });
const theReseller = only({ reseller: "allow" });
/** The record's provider's agents (lib/permissions `orgRoles`): what each of them may open as well. */
const agents = { salesAgent: "allow", helpdeskAgent: "allow" } as const;
const sales = { salesAgent: "allow" } as const;
/** A wizard draft is its user's own: the colleague (another Admin of the provider) gets a 404. */
const privateDraft: Extra = { colleague: "not_found" };
/** Route handlers answer rather than redirect (lib/route-viewer.ts): a pending password change gets a 404. */
const handler: Extra = { mustChangePassword: "not_found" };

/**
 * Every actor's cell of a row: the colleague gets what `provider` gets; the user with a temporary password
 * is sent to /change-password wherever a signed-in user is admitted or sent home, and answered like
 * anyone elsewhere (public pages and files); `extra` where a row differs.
 */
function withExtras(row: Row, extra: Extra = {}): Record<MatrixActor, Outcome> {
  const pending: Outcome = row.signedOut === "sign_in" || row.provider === "home" ? "change_password" : row.provider;
  return { ...row, colleague: row.provider, mustChangePassword: pending, ...extra };
}

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

const routeMatrix: Record<string, Entry> = {
  "/": { url: "/", expect: publicPage },
  "/sign-in": { url: "/sign-in", expect: publicPage },
  "/enrol": { url: "/enrol", expect: publicPage },
  "/forgot-password": { url: "/forgot-password", expect: publicPage },
  // A well-formed link nobody issued: its own page ("not valid") for everyone.
  "/set-password/[token]": { url: `/set-password/${"A".repeat(43)}`, expect: everyone("allow") },
  "/operator/outbox": { url: "/operator/outbox", expect: only({ operator: "allow" }) },
  "/change-password": {
    url: "/change-password",
    expect: everyone("allow", "sign_in"),
    extra: { mustChangePassword: "allow" },
  },
  // A well-formed link nobody issued: its own page ("not valid") for everyone (but a pending password change).
  "/invitations/[token]": {
    url: `/invitations/${"A".repeat(43)}`,
    expect: everyone("allow"),
    extra: { mustChangePassword: "change_password" },
  },
  "/api/health": { url: "/api/health", expect: everyone("allow") },
  "/api/ready": { url: "/api/ready", expect: everyone("allow") },
  "/api/auth/[...nextauth]": { url: "/api/auth/session", expect: everyone("allow") },

  "/customer": { url: "/customer", expect: only({ customerAdmin: "allow", otherCustomerAdmin: "allow" }) },

  "/operator": { url: "/operator", expect: only({ operator: "allow" }) },
  "/operator/partners": { url: "/operator/partners", expect: only({ operator: "allow" }) },
  "/operator/providers": { url: "/operator/providers", expect: only({ operator: "allow" }) },

  "/provider": { url: "/provider", expect: { ...providers, ...agents } },
  "/provider/activity": { url: "/provider/activity", expect: providers },
  "/provider/profile": { url: "/provider/profile", expect: providers },
  "/provider/resellers": { url: "/provider/resellers", expect: providers },
  "/provider/resellers/[relationshipId]/end": {
    url: (ids) => `/provider/resellers/${ids.relationship}/end`,
    expect: theProvider,
  },
  "/provider/customers": {
    url: "/provider/customers",
    expect: { ...providers, ...agents },
    // Another provider's reseller in the filter: no name of it, no customer of it (the leak check), for everyone.
    more: [
      { label: "?reseller= of another provider", url: (ids) => `/provider/customers?reseller=${ids.tailspin}` },
      { label: "?reseller= of the record", url: (ids) => `/provider/customers?reseller=${ids.adatum}` },
    ],
  },
  "/provider/customers/[id]": { url: (ids) => `/provider/customers/${ids.customer}`, expect: { ...theProvider, ...agents } },
  "/provider/customers/[id]/summary": {
    url: (ids) => `/provider/customers/${ids.customer}/summary`,
    expect: { ...theProvider, ...agents },
    extra: handler,
    more: [
      {
        label: "another provider's customer",
        url: (ids) => `/provider/customers/${ids.wideWorld}/summary`,
        expect: only({ otherProvider: "allow" }),
        extra: handler,
      },
      {
        label: "an unknown id",
        url: `/provider/customers/${UNKNOWN_ID}/summary`,
        expect: everyone("not_found", "sign_in"),
        extra: handler,
      },
    ],
  },
  "/provider/customers/[id]/subscriptions/new": {
    url: (ids) => `/provider/customers/${ids.customer}/subscriptions/new`,
    expect: { ...theProvider, ...sales },
  },
  "/provider/customers/export/[kind]": {
    url: "/provider/customers/export/subscriptions",
    expect: { ...providers, ...agents },
    extra: handler,
    more: [
      { label: "customers", url: "/provider/customers/export/customers" },
      {
        label: "an unknown kind",
        url: "/provider/customers/export/partners",
        expect: everyone("not_found", "sign_in"),
        extra: handler,
      },
      {
        label: "customers ?reseller= of another provider",
        url: (ids) => `/provider/customers/export/customers?reseller=${ids.tailspin}`,
      },
      {
        label: "subscriptions ?reseller= of the record",
        url: (ids) => `/provider/customers/export/subscriptions?reseller=${ids.adatum}`,
      },
      {
        label: "subscriptions ?reseller= of another provider",
        url: (ids) => `/provider/customers/export/subscriptions?reseller=${ids.tailspin}`,
      },
    ],
  },
  "/provider/customers/reseller-options": {
    url: "/provider/customers/reseller-options?q=a",
    expect: { ...providers, ...agents },
    extra: handler,
  },
  "/provider/licenses": { url: "/provider/licenses", expect: { ...providers, ...agents } },
  "/provider/customers/new": { url: "/provider/customers/new", expect: { ...providers, ...sales } },
  "/provider/customers/new/[draftId]": {
    url: (ids) => `/provider/customers/new/${ids.providerDraft}`,
    expect: theProvider,
    extra: privateDraft,
  },
  "/provider/customers/new/[draftId]/subscriptions": {
    url: (ids) => `/provider/customers/new/${ids.providerDraft}/subscriptions`,
    expect: theProvider,
    extra: privateDraft,
  },
  "/provider/customers/new/[draftId]/review": {
    url: (ids) => `/provider/customers/new/${ids.providerDraft}/review`,
    expect: theProvider,
    extra: privateDraft,
  },
  "/provider/subscriptions/[id]": {
    url: (ids) => `/provider/subscriptions/${ids.subscription}`,
    expect: { ...theProvider, ...agents },
  },
  // Users of the organisation: its Admins only (the agents' menu has no Users).
  "/provider/users": { url: "/provider/users", expect: providers },
  "/reseller/users": { url: "/reseller/users", expect: resellers },
  "/operator/users": { url: "/operator/users", expect: only({ operator: "allow" }) },
  // Order history: a provider's every role, a reseller's (its customers' orders); customers see theirs on /customer.
  // Filters naming another organisation's customer or reseller: still no name of it (the leak check).
  "/provider/orders": {
    url: "/provider/orders",
    expect: { ...providers, ...agents },
    more: [
      { label: "?customer= of another provider", url: (ids) => `/provider/orders?customer=${ids.wideWorld}` },
      { label: "?reseller= of another provider", url: (ids) => `/provider/orders?reseller=${ids.tailspin}` },
    ],
  },
  "/provider/orders/export": {
    url: "/provider/orders/export",
    expect: { ...providers, ...agents },
    extra: handler,
    more: [
      { label: "?customer= of another provider", url: (ids) => `/provider/orders/export?customer=${ids.wideWorld}` },
      { label: "?reseller= of another provider", url: (ids) => `/provider/orders/export?reseller=${ids.tailspin}` },
    ],
  },
  "/reseller/orders": {
    url: "/reseller/orders",
    expect: resellers,
    more: [{ label: "?customer= of another reseller", url: (ids) => `/reseller/orders?customer=${ids.wideWorld}` }],
  },
  "/reseller/orders/export": {
    url: "/reseller/orders/export",
    expect: resellers,
    extra: handler,
    more: [{ label: "?customer= of another reseller", url: (ids) => `/reseller/orders/export?customer=${ids.wideWorld}` }],
  },

  // The public list of indirect providers: everyone, signed in or not.
  "/providers": { url: "/providers", expect: everyone("allow") },
  // The demo data has no logos or support requests, and creating them here would change what
  // profile.spec.ts relies on (Northwind has none, Fabrikam exactly one): these rows check the refusal of an
  // unknown id and of a real id of another record for every actor; the allowed cells are in profile.spec.ts
  // and tests/integration/profile-requests.test.ts.
  "/api/logos/[id]": {
    url: `/api/logos/${UNKNOWN_ID}`,
    expect: everyone("not_found"),
    more: [{ label: "a customer's id", url: (ids) => `/api/logos/${ids.customer}` }],
  },
  "/provider/profile/requests/[id]": {
    url: `/provider/profile/requests/${UNKNOWN_ID}`,
    expect: everyone("not_found", "sign_in"),
    more: [{ label: "a customer's id", url: (ids) => `/provider/profile/requests/${ids.customer}` }],
  },
  "/operator/requests/[id]": {
    url: `/operator/requests/${UNKNOWN_ID}`,
    expect: everyone("not_found", "sign_in"),
    more: [{ label: "a customer's id", url: (ids) => `/operator/requests/${ids.customer}` }],
  },
  "/api/activity/export": {
    url: "/api/activity/export",
    expect: { ...providers, reseller: "allow", unrelatedReseller: "allow" },
    extra: handler,
    more: [{ label: "?customer= of another provider", url: "/api/activity/export?customer=Wide+World+Importers" }],
  },

  "/reseller": { url: "/reseller", expect: resellers },
  "/reseller/activity": { url: "/reseller/activity", expect: resellers },
  "/reseller/providers": { url: "/reseller/providers", expect: resellers },
  "/reseller/customers": {
    url: "/reseller/customers",
    expect: resellers,
    more: [
      { label: "?provider= of another reseller", url: (ids) => `/reseller/customers?provider=${ids.fabrikam}` },
      { label: "?provider= of the record", url: (ids) => `/reseller/customers?provider=${ids.northwind}` },
    ],
  },
  "/reseller/customers/[id]": { url: (ids) => `/reseller/customers/${ids.customer}`, expect: theReseller },
  "/reseller/customers/[id]/summary": {
    url: (ids) => `/reseller/customers/${ids.customer}/summary`,
    expect: theReseller,
    extra: handler,
    more: [
      {
        label: "an unknown id",
        url: `/reseller/customers/${UNKNOWN_ID}/summary`,
        expect: everyone("not_found", "sign_in"),
        extra: handler,
      },
    ],
  },

  "/reseller/customers/export/[kind]": {
    url: "/reseller/customers/export/subscriptions",
    expect: resellers,
    extra: handler,
    more: [
      { label: "customers", url: "/reseller/customers/export/customers" },
      {
        label: "an unknown kind",
        url: "/reseller/customers/export/partners",
        expect: everyone("not_found", "sign_in"),
        extra: handler,
      },
      {
        label: "customers ?provider= of another reseller",
        url: (ids) => `/reseller/customers/export/customers?provider=${ids.fabrikam}`,
      },
      {
        label: "subscriptions ?provider= of another reseller",
        url: (ids) => `/reseller/customers/export/subscriptions?provider=${ids.fabrikam}`,
      },
    ],
  },
  "/reseller/customers/new": { url: "/reseller/customers/new", expect: resellers },
  "/reseller/customers/new/[draftId]": { url: (ids) => `/reseller/customers/new/${ids.resellerDraft}`, expect: theReseller },
  "/reseller/customers/new/[draftId]/subscriptions": {
    url: (ids) => `/reseller/customers/new/${ids.resellerDraft}/subscriptions`,
    expect: theReseller,
  },
  "/reseller/customers/new/[draftId]/review": {
    url: (ids) => `/reseller/customers/new/${ids.resellerDraft}/review`,
    expect: theReseller,
  },
  "/reseller/subscriptions": { url: "/reseller/subscriptions", expect: resellers },
  "/reseller/subscriptions/[id]": { url: (ids) => `/reseller/subscriptions/${ids.subscription}`, expect: theReseller },
};

// ── discovery: the routes as the code has them ─────────────────────────────────────────────────────

function missingRowsMessage(routes: string[]): string {
  return [
    `${routes.length} route(s) have no row in the authorization matrix. Add to \`routeMatrix\` in tests/e2e/authorization-matrix.spec.ts:`,
    ...routes.map(
      (r) =>
        `  "${r}": { url: ${r.includes("[") ? `(ids) => \`${r.replace(/\[[^\]]+\]/g, "${ids./* a demo record: add it to recordIds() */}")}\`` : `"${r}"`}, expect: only({ /* provider: "allow", … */ }) },`,
    ),
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

/** The rows of a CSV export (no quoted commas in the demo data), without the header. */
async function csvRows(page: Page, url: string): Promise<string[][]> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.text())
    .split("\r\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(","));
}

async function csvColumn(page: Page, url: string): Promise<string> {
  const row = (await csvRows(page, url))[0];
  if (!row) throw new Error(`no rows in ${url}`);
  return row[0]!;
}

/** The value of the option labelled `label` in the list filter `field` of this page. */
async function optionValue(page: Page, url: string, field: string, label: string): Promise<string> {
  await page.goto(url);
  const value = await page.getByLabel(field).locator("option", { hasText: label }).getAttribute("value");
  if (!value) throw new Error(`no option ${label} in ${field} of ${url}`);
  return value;
}

/** A wizard draft of whoever is signed in on this page (details only; never submitted). */
async function makeDraft(page: Page, workspace: "provider" | "reseller"): Promise<string> {
  const id = `matrix${Date.now().toString(36)}`;
  const wizard = new NewCustomerWizard(page);
  await wizard.open(workspace);
  await wizard.details({ company: `Matrix Draft ${id}`, domain: id });
  await expect(page).toHaveURL(/\/new\/[0-9a-f-]{36}\/subscriptions$/);
  return wizard.draftId();
}

/** A provider's reseller id as its Indirect reseller combobox finds it (the combobox's own source). */
async function resellerOption(page: Page, name: string): Promise<string> {
  const res = await page.request.get(`/provider/customers/reseller-options?q=${encodeURIComponent(name)}`);
  const match = ((await res.json()) as { id: string; name: string }[]).find((o) => o.name === name);
  if (!match) throw new Error(`no reseller ${name} among the provider's options`);
  return match.id;
}

/**
 * The ids the dynamic routes are requested with: Contoso, one of its subscriptions, Northwind–Adatum, two
 * drafts, the partners; and Wide World Importers (Fabrikam's), a foreign value for the filters.
 */
async function recordIds(pages: Record<MatrixActor, Page>) {
  const { provider, reseller } = pages;
  await provider.goto("/provider/resellers");
  const end = await provider
    .getByTestId("reseller-row")
    .filter({ hasText: "Adatum IT Services" })
    .getByRole("link", { name: "End relationship" })
    .getAttribute("href");
  return {
    customer: await csvColumn(provider, "/provider/customers/export/customers?q=Contoso%20Pharmaceuticals"),
    wideWorld: await csvColumn(pages.otherProvider, "/provider/customers/export/customers?q=Wide%20World%20Importers"),
    subscription: await csvColumn(provider, "/provider/customers/export/subscriptions?q=Contoso%20Pharmaceuticals"),
    relationship: /\/provider\/resellers\/([0-9a-f-]{36})\/end/.exec(end ?? "")![1]!,
    providerDraft: await makeDraft(provider, "provider"),
    resellerDraft: await makeDraft(reseller, "reseller"),
    adatum: await resellerOption(provider, "Adatum IT Services"),
    tailspin: await resellerOption(pages.otherProvider, "Tailspin Consulting"),
    northwind: await optionValue(reseller, "/reseller/customers", "Indirect provider", "Northwind Distribution"),
    fabrikam: await optionValue(pages.unrelatedReseller, "/reseller/customers", "Indirect provider", "Fabrikam Cloud Supply"),
  };
}

/**
 * What each actor may never read, derived from the data: every customer (company name, domain, id, its
 * subscriptions' ids) of both providers' exports, unless the actor is its provider, its associated
 * reseller or its administrator; every indirect reseller's name, unless the actor is that reseller, one of
 * its providers (it is named on that provider's customers) or the administrator of a customer it serves.
 * The operator sees partners, not customers; provider names are public (the official list).
 */
/**
 * Per actor, the values it may not see; and every customer's own values (id, name, domain, subscription ids),
 * which no 404 may carry, whoever asks.
 */
async function secretsPerActor(
  pages: Record<MatrixActor, Page>,
): Promise<{ secrets: Record<MatrixActor, string[]>; records: Set<string> }> {
  const visible = new Map<string, Set<MatrixActor>>();
  const records = new Set<string>();
  const secret = (value: string, seenBy: (MatrixActor | undefined)[]) => {
    if (!value) return;
    const set = visible.get(value) ?? new Set<MatrixActor>();
    for (const a of seenBy) if (a) set.add(a);
    visible.set(value, set);
  };
  for (const providerActor of ["provider", "otherProvider"] as const) {
    const page = pages[providerActor];
    const subscriptions = await csvRows(page, "/provider/customers/export/subscriptions");
    for (const [id, name, domain, resellerName, providerName] of await csvRows(page, "/provider/customers/export/customers")) {
      // Who may see it comes from the customer's own columns, not from whose export listed it.
      const seenBy = [...(providerActors[providerName!] ?? []), resellerActors[resellerName!], customerAdminActors[name!]];
      for (const value of [id!, name!, domain!, ...subscriptions.filter((sub) => sub[1] === id).map((sub) => sub[0]!)]) {
        secret(value, seenBy);
        records.add(value);
      }
      if (resellerName) secret(resellerName, [...seenBy, "operator"]);
    }
  }
  for (const [name, actor] of Object.entries(resellerActors)) secret(name, [actor, "operator"]);
  expect(visible.has("Contoso Pharmaceuticals") && visible.has("Wide World Importers") && visible.has("Litware Solutions")).toBe(
    true,
  );
  const secrets = Object.fromEntries(
    matrixActors.map((a) => [a, [...visible].filter(([, seenBy]) => !seenBy.has(a)).map(([value]) => value)]),
  ) as Record<MatrixActor, string[]>;
  return { secrets, records };
}

/**
 * The extra actors' users, made the way an Admin makes them, on Northwind's Users page: a second Admin, who
 * chooses its password through the emailed link (signed in on `colleague`), and another Admin whose
 * password the first one resets to a temporary one (signed in with it on `pending`, which the app sends to
 * /change-password).
 */
async function addExtraActors(admin: Page, colleague: Page, pending: Page) {
  const since = Date.now();
  await addUser(admin, "Colin Colleague", accounts.colleague.email, "Admin");
  await setPassword(colleague, await emailedLink(accounts.colleague.email, since), `colleague-pass-${stamp}`);
  await addUser(admin, "Pat Pending", accounts.mustChangePassword.email, "Admin");
  const row = admin.getByTestId("user-row").filter({ hasText: accounts.mustChangePassword.email });
  await row.getByRole("button", { name: "Reset password" }).click();
  await expect(row.getByTestId("temporary-password")).toBeVisible();
  const temporary = (await row.getByTestId("temporary-password").textContent())!.trim();
  await signIn(pending, accounts.mustChangePassword.email, temporary);
  await expect(pending).toHaveURL(/\/change-password$/);
}

// ── the cells ─────────────────────────────────────────────────────────────────────────────────────

test.describe("authorization matrix: pages and route handlers", () => {
  const contexts: BrowserContext[] = [];
  const requests = {} as Record<MatrixActor, APIRequestContext>;
  let ids: Ids;
  let secrets: Record<MatrixActor, string[]>;
  let records: Set<string>;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    const pages = {} as Record<MatrixActor, Page>;
    // One after another: sign-ins in flight count as failures of this address until they succeed (lib/sign-in-throttle.ts).
    for (const actor of matrixActors) {
      const context = await browser.newContext();
      contexts.push(context);
      pages[actor] = await context.newPage();
      if (actor !== "signedOut" && !(extraActors as readonly string[]).includes(actor))
        await signIn(pages[actor], accounts[actor].email);
      requests[actor] = pages[actor].request;
    }
    await addExtraActors(pages.provider, pages.colleague, pages.mustChangePassword);
    ids = await recordIds(pages);
    ({ secrets, records } = await secretsPerActor(pages));
  });
  test.afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  /**
   * One request, never on a reused connection: the cells take turns between a dozen actors, so each actor's
   * kept-alive socket sat idle for seconds, and a socket the server's keep-alive timer (5 s, Node's default)
   * closes while our request is already on its way ends in `read ECONNRESET`.
   */
  const get = (actor: MatrixActor, url: string) =>
    requests[actor].get(url, { maxRedirects: 0, headers: { connection: "close" } });

  /** One cell: what is wrong with `actor`'s answer for `url` (nothing: an empty list). */
  async function cell(actor: MatrixActor, outcome: Outcome, url: string, baseURL: string): Promise<string[]> {
    const where = `${actor} → ${outcome}: GET ${url}`;
    const response = await get(actor, url);
    const status = response.status();
    const location = response.headers().location;
    const target = location ? new URL(location, baseURL) : undefined;
    const wrong: string[] = [];
    const expected = { allow: 200, not_found: 404, sign_in: 307, home: 307, change_password: 307 }[outcome];
    if (status !== expected) wrong.push(`${where}: ${status} (→ ${location ?? "no redirect"}), expected ${expected}`);
    if (
      outcome === "sign_in" &&
      status === 307 &&
      (target?.pathname !== "/sign-in" || target.searchParams.get("callbackUrl") !== url)
    )
      wrong.push(`${where}: redirected to ${location}, expected /sign-in?callbackUrl=${url}`);
    if (outcome === "change_password" && status === 307 && target?.pathname !== "/change-password")
      wrong.push(`${where}: redirected to ${location}, expected /change-password`);
    if (outcome === "home" && status === 307) {
      const home = accounts[actor as Exclude<MatrixActor, "signedOut">].home;
      if (target?.pathname !== home) wrong.push(`${where}: redirected to ${location}, expected ${home}`);
    }
    // Every answer on the way, redirects followed one by one and never off the app's origin.
    const answers = [{ url, status, text: await response.text() }];
    for (let next = target, hops = 0; next; hops++) {
      if (next.origin !== new URL(baseURL).origin) {
        wrong.push(`${where}: a redirect leaves the app (${next.href})`);
        break;
      }
      if (hops >= 5) {
        wrong.push(`${where}: more than 5 redirects`);
        break;
      }
      const hop = await get(actor, next.pathname + next.search);
      answers.push({ url: next.pathname + next.search, status: hop.status(), text: await hop.text() });
      const to = hop.headers().location;
      next = to ? new URL(to, baseURL) : undefined;
    }
    const last = answers.at(-1)!;
    if (outcome === "change_password" && status === 307 && (last.url !== "/change-password" || last.status !== 200))
      wrong.push(`${where}: the redirects end on ${last.url} (${last.status}), expected /change-password (200)`);
    for (const answer of answers) {
      // A value the actor typed into the URL itself may come back; nothing else it may not see.
      const leaked = secrets[actor].filter((value) => !url.includes(value) && answer.text.includes(value));
      if (leaked.length) wrong.push(`${where}: ${answer.url} shows what ${actor} may not see: ${leaked.join(", ")}`);
      // A 404 says nothing of any customer, even one the actor may see elsewhere (a customer's own name is
      // its admin's organisation, in the page's header). A layout's refusal does not stop its page from
      // rendering, so a page that checks less than its layout would answer 404 with the record inside.
      if (answer.status === 404) {
        const own = Object.keys(customerAdminActors).filter((name) => customerAdminActors[name] === actor);
        const inside = [...records].filter((v) => !url.includes(v) && !own.includes(v) && answer.text.includes(v));
        if (inside.length) wrong.push(`${where}: ${answer.url} answers 404 with record data: ${inside.join(", ")}`);
      }
    }
    return wrong;
  }

  // One test per row: every actor's cell is checked, and the failure lists every wrong cell of the row.
  // (A test per cell cost this suite about two minutes of per-test overhead for 800 requests.)
  for (const [route, entry] of Object.entries(routeMatrix)) {
    for (const row of [
      { label: "", url: entry.url, expect: withExtras(entry.expect, entry.extra) },
      ...(entry.more ?? []).map((m) => ({
        label: ` [${m.label}]`,
        url: m.url,
        expect: withExtras(m.expect ?? entry.expect, m.extra ?? entry.extra),
      })),
    ]) {
      const summary = matrixActors.map((a) => `${a} ${row.expect[a]}`).join(", ");
      test(`${route}${row.label} · ${summary}`, async ({ baseURL }) => {
        const url = typeof row.url === "string" ? row.url : row.url(ids);
        const wrong: string[] = [];
        for (const actor of matrixActors) wrong.push(...(await cell(actor, row.expect[actor], url, baseURL!)));
        expect(wrong, `${route}${row.label}: cells that are wrong`).toEqual([]);
      });
    }
  }
});
