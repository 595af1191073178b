import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth-config";

// next-auth's own endpoints (session, CSRF, and the Microsoft Entra ID sign-in when configured).
// Options are built per request so that `next build` never needs the environment.
type RouteContext = { params: Promise<{ nextauth: string[] }> };
type Handler = (req: Request, ctx: RouteContext) => Promise<Response>;

function handler(req: Request, ctx: RouteContext): Promise<Response> {
  return (NextAuth(authOptions()) as Handler)(req, ctx);
}

export { handler as GET, handler as POST };
