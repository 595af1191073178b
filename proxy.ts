import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret, sessionCookieName } from "@/lib/auth-secret";
import { decodeSession } from "@/lib/session-jwt";
import { entraIdConfigured } from "@/lib/env";
import { contentSecurityPolicy, HSTS, newNonce, STATIC_SECURITY_HEADERS } from "@/lib/security-headers";
import { hasControlCharacter } from "@/lib/validation/text";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/config";
import { catalogues } from "@/lib/i18n/messages";

// Only redirects signed-out visitors: a proxy is no security boundary, so the real role and ownership
// checks live in pages, route handlers and actions. It also refuses malformed addresses (a 400) and puts
// the security headers (lib/security-headers.ts) on every response.
const PUBLIC = [
  /^\/$/,
  /^\/sign-in$/,
  /^\/forgot-password$/,
  /^\/set-password\/[^/]+$/,
  /^\/enrol$/,
  /^\/providers(\/.*)?$/,
  /^\/invitations\/.*/,
  /^\/api\/(health|ready|auth|logos)(\/.*)?$/,
];

/** A path with broken percent-encoding, or a path or query parameter with a control character (NUL, …). */
function malformed(req: NextRequest): boolean {
  let path: string;
  try {
    path = decodeURIComponent(req.nextUrl.pathname);
  } catch {
    return true;
  }
  if (hasControlCharacter(path)) return true;
  for (const [key, value] of req.nextUrl.searchParams) if (hasControlCharacter(key) || hasControlCharacter(value)) return true;
  return false;
}

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const nonce = newNonce();
  const https = req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https, entraId: entraIdConfigured() });
  const secure = (res: NextResponse) => {
    res.headers.set("Content-Security-Policy", csp);
    for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) res.headers.set(name, value);
    if (https) res.headers.set("Strict-Transport-Security", HSTS);
    return res;
  };

  // Refused before any page, export or route reads it (a 400, never a 500 from deep inside).
  if (malformed(req)) {
    const chosen = req.cookies.get(LOCALE_COOKIE)?.value;
    const locale = isLocale(chosen) ? chosen : (negotiateLocale(req.headers.get("accept-language")) ?? DEFAULT_LOCALE);
    return secure(
      new NextResponse(catalogues[locale].errors.badAddress, {
        status: 400,
        headers: { "content-type": "text/plain; charset=utf-8" },
      }),
    );
  }
  if (!PUBLIC.some((re) => re.test(pathname))) {
    const token = await getToken({ req, secret: authSecret(), cookieName: sessionCookieName(), decode: decodeSession }).catch(
      () => null,
    );
    if (!token) {
      const url = new URL("/sign-in", req.url);
      url.searchParams.set("callbackUrl", pathname + search);
      return secure(NextResponse.redirect(url));
    }
  }
  const forwarded = new Headers(req.headers);
  forwarded.set("x-pathname", pathname + search);
  // Next.js takes the nonce for its own scripts from the request's policy.
  forwarded.set("Content-Security-Policy", csp);
  forwarded.set("x-nonce", nonce);
  return secure(NextResponse.next({ request: { headers: forwarded } }));
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
