/**
 * The generated-input sweep of the pages and route handlers (issue 11): every `page.tsx` and `route.ts`
 * the code has (tests/support/routes.ts, the same discovery as the authorization matrix), requested by a
 * visitor and by one account of each role with every dynamic segment replaced by hostile values, and with
 * every query parameter the pages read set to hostile values (once each, and repeated). No answer may be a
 * 5xx, and none may carry a stack trace. Server actions: tests/integration/hostile-input.test.ts.
 * Reads only: GET requests change nothing.
 */
import { type APIRequestContext } from "@playwright/test";
import { discoverRoutes } from "../support/routes";
import { demo, expect, signIn, test } from "./fixtures";

/** Path segments as an attacker would send them (already URL-encoded where they must be). */
const HOSTILE_SEGMENTS = [
  "-".repeat(36),
  "00000000-0000-0000-0000-00000000000g",
  "%00",
  "%F0%28%8C%BC",
  "..%2F..%2Fetc%2Fpasswd",
  "A".repeat(2000),
];

/** Query values: out-of-range dates, malformed cursors, control characters, open-redirect attempts. */
const HOSTILE_VALUES = [
  "-".repeat(36),
  "a%00b",
  "0000-01-01",
  "9999-12-31",
  "%F0%28%8C%BC",
  "eyJrZXkiOjEsImlkIjoiJyJ9",
  "%2F%09%2Fevil.example",
  "https%3A%2F%2Fevil.example",
  "x".repeat(4000),
];

/** Every query parameter a page or route handler reads (grep `searchParams` and lib/validation). */
const PARAMS = [
  "q",
  "after",
  "cursor",
  "from",
  "to",
  "reseller",
  "provider",
  "action",
  "customer",
  "callbackUrl",
  "status",
  "kind",
  "error",
  "ended",
  "token",
];

const ACCOUNTS = {
  provider: demo.northwind,
  reseller: demo.adatum,
  customerAdmin: "admin@contosopharma.onmicrosoft.com",
  operator: demo.operator,
} as const;
const WORKSPACE: Record<keyof typeof ACCOUNTS, string> = {
  provider: "/provider",
  reseller: "/reseller",
  customerAdmin: "/customer",
  operator: "/operator",
};

/**
 * The routes one sweeper requests: signed out, every route (each must send it to sign-in or answer on its
 * own); signed in, its own workspace's and the shared ones — another workspace is a 404 from its layout
 * before any parameter is read, which the authorization matrix already checks for every actor.
 */
function routesOf(who: "signedOut" | keyof typeof ACCOUNTS, routes: string[]): string[] {
  if (who === "signedOut") return routes;
  return routes.filter(
    (r) =>
      !/^\/(provider|reseller|customer|operator)(\/|$)/.test(r) || r === WORKSPACE[who] || r.startsWith(`${WORKSPACE[who]}/`),
  );
}
const sweepers = ["signedOut", ...Object.keys(ACCOUNTS)] as ("signedOut" | keyof typeof ACCOUNTS)[];

/** The URLs of one route: hostile segments, then (with a well-formed unknown id) hostile query strings. */
function urlsFor(route: string): string[] {
  const urls: string[] = [];
  const dynamic = route.includes("[");
  const fill = (value: string) => route.replace(/\[\[?\.{0,3}[^\]]+\]\]?/g, value);
  if (dynamic) for (const value of HOSTILE_SEGMENTS) urls.push(fill(value));
  const base = dynamic ? fill("00000000-0000-4000-8000-000000000000") : route;
  for (const value of HOSTILE_VALUES) urls.push(`${base}?${PARAMS.map((p) => `${p}=${value}`).join("&")}`);
  urls.push(`${base}?${PARAMS.map((p) => `${p}=a&${p}=b&${p}[]=c`).join("&")}`);
  return urls;
}

/** What a stack trace or an internal error page looks like in a body. */
const STACK = /\n\s+at .+[:(]\d+:\d+|node_modules[\\/]|webpack-internal:|Internal Server Error/;

for (const who of sweepers) {
  test(`hostile paths and parameters on every page and route handler · ${who}: no 5xx, no stack trace`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      if (who !== "signedOut") await signIn(page, ACCOUNTS[who]);
      const request: APIRequestContext = page.request;
      const routes = discoverRoutes();
      expect(routes.length).toBeGreaterThanOrEqual(30);
      const bad: string[] = [];
      let sent = 0;
      for (const route of routesOf(who, routes)) {
        for (const url of urlsFor(route)) {
          // One request per connection: see the keep-alive note in authorization-matrix.spec.ts.
          const response = await request.get(url, { maxRedirects: 0, headers: { connection: "close" }, failOnStatusCode: false });
          sent += 1;
          const body = await response.text();
          if (response.status() >= 500 || STACK.test(body))
            bad.push(`${response.status()} ${url.slice(0, 160)}${STACK.test(body) ? " (stack trace in the body)" : ""}`);
          const location = response.headers().location;
          if (location && new URL(location, baseURL).origin !== new URL(baseURL!).origin)
            bad.push(`redirect off the app: ${url.slice(0, 160)} → ${location}`);
        }
      }
      // Server actions called over HTTP with an id nobody issued and bodies that are not their form.
      for (const body of ["", "not a form", '{"a":1}', "0=%00", "[".repeat(5000)]) {
        for (const id of ["0".repeat(42), "%00", "x".repeat(200)]) {
          const response = await request.post(who === "signedOut" ? "/sign-in" : "/", {
            headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", connection: "close" },
            data: body,
            maxRedirects: 0,
            failOnStatusCode: false,
          });
          sent += 1;
          const text = await response.text();
          if (response.status() >= 500 || STACK.test(text))
            bad.push(`${response.status()} POST next-action=${id.slice(0, 20)} body=${JSON.stringify(body.slice(0, 20))}`);
        }
      }
      expect(sent).toBeGreaterThan(routesOf(who, routes).length * HOSTILE_VALUES.length);
      expect(bad, `${bad.length} of ${sent} hostile requests answered badly`).toEqual([]);
    } finally {
      await context.close();
    }
  });
}
