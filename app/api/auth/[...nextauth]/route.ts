import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { withSafeCallback } from "@/lib/auth-request";
import { authOptions } from "@/lib/auth-config";

// next-auth's own endpoints (session, CSRF, and the Microsoft Entra ID sign-in when configured).
// Options are built per request so that `next build` never needs the environment.
type RouteContext = { params: Promise<{ nextauth: string[] }> };
type Handler = (req: NextRequest, ctx: RouteContext) => Promise<Response>;

async function handler(req: NextRequest, ctx: RouteContext): Promise<Response> {
  // next-auth answers a callbackUrl it refuses with a 500: refuse it first, as a bad request.
  const checked = await withSafeCallback(req);
  if (!checked)
    return new Response("Bad request: callbackUrl must be a path of this site.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  return (NextAuth(authOptions()) as Handler)(checked, ctx);
}

export { handler as GET, handler as POST };
