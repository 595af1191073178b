import { describe, expect, it } from "vitest";
import { formDataToObject, MAX_FORM_FIELDS } from "@/lib/action";
import { withSafeCallback } from "@/lib/auth-request";
import { appUrl } from "@/lib/env";
import { safeRedirect } from "@/lib/safe-redirect";
import { parseActivitySearch } from "@/lib/validation/activity";
import { detectImageType } from "@/lib/validation/profile";

describe("image type detection (issue 11 #1)", () => {
  it("answers in milliseconds for comment-heavy text that used to backtrack for an hour", () => {
    for (const text of [
      "<!---->".repeat(40) + "x",
      "<!---->".repeat(585) + "x",
      "<!--".repeat(1000),
      "<?xml".repeat(800) + "<svg>",
    ]) {
      const started = performance.now();
      expect(detectImageType(Buffer.from(text))).toBeNull();
      expect(performance.now() - started).toBeLessThan(50);
    }
  });
  it("still knows SVG after a BOM, declaration, comments and doctype, in any case", () => {
    const svg = (s: string) => detectImageType(Buffer.from(s));
    expect(svg("<!---->".repeat(40) + "<svg/>")).toBe("image/svg+xml");
    expect(
      svg('\uFEFF<?xml version="1.0"?>\n<!-- a -- b -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN">\n<SVG xmlns="x">'),
    ).toBe("image/svg+xml");
    expect(svg("<svgfoo>")).toBeNull();
    expect(svg("<!-- never closed <svg>")).toBeNull();
    expect(svg("x<svg>")).toBeNull();
    expect(svg("<svg\u0000>")).toBeNull();
  });
});

describe("safeRedirect (issue 11 #2)", () => {
  const base = "https://hub.example";
  const go = (s: unknown) => safeRedirect(s, base);
  it("keeps same-origin paths, with their query and fragment", () => {
    expect(go("/provider/customers?q=a%20b#top")).toBe("/provider/customers?q=a%20b#top");
    expect(go("/invitations/abc")).toBe("/invitations/abc");
    expect(go("https://hub.example/reseller?x=1")).toBe("/reseller?x=1");
  });
  it("refuses control characters, backslashes and protocol-relative forms, also encoded", () => {
    for (const bad of [
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/%09/evil.example",
      "/%0a/evil.example",
      "/%2509/evil.example",
      "/\\evil.example",
      "/%5cevil.example",
      "\\\\evil.example",
      "//evil.example",
      "/%2F/evil.example",
      "%2F%2Fevil.example",
      "/\u0000",
      "/%E0%A4%A",
    ]) {
      expect(go(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });
  it("refuses other origins and schemes", () => {
    for (const bad of [
      "https://evil.example/",
      "http://hub.example/",
      "https://hub.example.evil.example/",
      "https://hub.example@evil.example/",
      "javascript:alert(1)",
      "data:text/html,x",
      "https:evil.example",
      "evil.example",
      "",
      undefined,
      ["/a", "/b"],
      "/" + "a".repeat(3000),
    ]) {
      expect(go(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });
});

describe("next-auth's endpoints see only safe callbackUrls (issue 11 #5: next-auth answers a bad one with a 500)", () => {
  const origin = appUrl();
  it("refuses an unsafe callbackUrl in the query or the form body, keeps a safe one", async () => {
    for (const bad of ["------------------------------------", "https://evil.example/", "/\tevil", "//evil.example"]) {
      expect(
        await withSafeCallback(new Request(`${origin}/api/auth/signin?callbackUrl=${encodeURIComponent(bad)}`)),
        bad,
      ).toBeNull();
      const post = new Request(`${origin}/api/auth/signin/azure-ad`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `csrfToken=x&callbackUrl=${encodeURIComponent(bad)}`,
      });
      expect(await withSafeCallback(post), bad).toBeNull();
    }
    const ok = await withSafeCallback(new Request(`${origin}/api/auth/signin?callbackUrl=%2Fprovider%2Fcustomers`));
    expect(ok && new URL(ok.url).searchParams.get("callbackUrl")).toBe("/provider/customers");
    const okPost = await withSafeCallback(
      new Request(`${origin}/api/auth/signin/azure-ad`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "callbackUrl=%2Fprovider",
      }),
    );
    expect(await okPost!.text()).toBe("callbackUrl=%2Fprovider");
  });
  it("drops an unsafe callback cookie and keeps every other cookie", async () => {
    const req = new Request(`${origin}/api/auth/session`, {
      headers: {
        cookie: "a=1; next-auth.callback-url=https%3A%2F%2Fevil.example; __Secure-next-auth.callback-url=%2Fprovider; b=2",
      },
    });
    expect((await withSafeCallback(req))!.headers.get("cookie")).toBe("a=1; __Secure-next-auth.callback-url=%2Fprovider; b=2");
  });
});

describe("form bodies (issue 11 #5)", () => {
  it("reads a form in one pass and refuses one with too many fields", () => {
    const huge = new FormData();
    for (let i = 0; i < 35_000; i++) huge.append(`f${i}`, "x");
    const started = performance.now();
    expect(formDataToObject(huge)).toBeNull();
    expect(performance.now() - started).toBeLessThan(200);
    const many = new FormData();
    for (let i = 0; i < MAX_FORM_FIELDS; i++) many.append(i % 2 ? `f${i}` : "offer[]", "x");
    const t2 = performance.now();
    expect(Object.keys(formDataToObject(many)!)).toHaveLength(MAX_FORM_FIELDS / 2 + 1);
    expect(performance.now() - t2).toBeLessThan(200);
  });
  it("is null for anything that is not a form, and keeps odd keys as plain fields", () => {
    for (const body of [null, undefined, "email=a", 42, ["a"], new Date(), new Map()]) expect(formDataToObject(body)).toBeNull();
    const fd = new FormData();
    fd.append("__proto__", "x");
    fd.append("constructor", "y");
    const o = formDataToObject(fd)!;
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(o, "__proto__")?.value).toBe("x");
  });
});

describe("activity filters (issue 11 #5)", () => {
  it("fall back to the default for out-of-range dates and texts with control characters", () => {
    const now = new Date("2026-11-27T12:00:00Z");
    const d = parseActivitySearch({}, now);
    const hostile = parseActivitySearch(
      { from: "0000-01-01", to: "9999-12-31", customer: "a\u0000b", action: ["x\u001b", "y"] },
      now,
    );
    expect(hostile.filters).toEqual(d.filters);
    expect(parseActivitySearch({ from: "2026-01-31", to: "2026-02-01" }, now).values).toMatchObject({
      from: "2026-01-31",
      to: "2026-02-01",
    });
  });
});
