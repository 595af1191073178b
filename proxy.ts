import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret, sessionCookieName } from "@/lib/auth-secret";

// Only redirects (STYLE #6): the real role and ownership checks live in pages and actions.
const PUBLIC = [/^\/$/, /^\/sign-in$/, /^\/forgot-password$/, /^\/set-password\/[^/]+$/, /^\/enrol$/, /^\/providers(\/.*)?$/, /^\/invitations\/.*/, /^\/api\/(health|ready|auth|logos)(\/.*)?$/];

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const forwarded = new Headers(req.headers);
  forwarded.set("x-pathname", pathname + search);
  if (!PUBLIC.some((re) => re.test(pathname))) {
    const token = await getToken({ req, secret: authSecret(), cookieName: sessionCookieName() }).catch(() => null);
    if (!token) {
      const url = new URL("/sign-in", req.url);
      url.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(url);
    }
  }
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
