import { NextRequest } from "next/server";
import { safeRedirect } from "./safe-redirect";

const CALLBACK_COOKIE = /^(__Secure-)?next-auth\.callback-url$/;

/**
 * A request to next-auth's own endpoints with every `callbackUrl` it would read checked first (query,
 * form body, the callback cookie). next-auth answers an invalid one with a 500 and a logged error, so an
 * outsider could make the server fail at will: here an unsafe value in the query or the body is a 400
 * (`null`), and an unsafe cookie (one the visitor set on themselves) is dropped from the request.
 */
export async function withSafeCallback<R extends Request>(req: R): Promise<R | NextRequest | null> {
  const url = new URL(req.url);
  for (const value of url.searchParams.getAll("callbackUrl")) if (!safeRedirect(value)) return null;
  if (req.method === "POST" && (req.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded")) {
    // A clone: next-auth reads the body itself.
    for (const value of new URLSearchParams(await req.clone().text()).getAll("callbackUrl"))
      if (!safeRedirect(value)) return null;
  }
  const cookie = req.headers.get("cookie");
  if (cookie) {
    const kept = cookie
      .split(";")
      .map((c) => c.trim())
      .filter((c) => {
        const eq = c.indexOf("=");
        if (eq < 0 || !CALLBACK_COOKIE.test(c.slice(0, eq))) return true;
        let value: string;
        try {
          value = decodeURIComponent(c.slice(eq + 1));
        } catch {
          return false;
        }
        return Boolean(safeRedirect(value));
      });
    if (
      kept.join("; ") !==
      cookie
        .split(";")
        .map((c) => c.trim())
        .join("; ")
    ) {
      // Only then is the request rebuilt (as the NextRequest next-auth expects: it reads `nextUrl`).
      const headers = new Headers(req.headers);
      if (kept.length) headers.set("cookie", kept.join("; "));
      else headers.delete("cookie");
      return new NextRequest(req.url, {
        method: req.method,
        headers,
        body: req.method === "GET" || req.method === "HEAD" ? undefined : await req.text(),
      });
    }
  }
  return req;
}
