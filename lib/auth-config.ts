/**
 * next-auth configuration: JWT sessions (signed, so app instances stay stateless), an email + password
 * credentials provider, and Microsoft Entra ID when AZURE_AD_* are set (it signs in existing users only).
 * Sessions are revocable (lib/sessions.ts): next-auth's own routes (`/api/auth/session` renewing a token,
 * `/api/auth/signout`) honour the user's session version like every page does.
 */
import type { NextAuthOptions } from "next-auth";
import AzureADProvider from "next-auth/providers/azure-ad";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, SESSION_MAX_AGE } from "./auth-secret";
import { clientAddress } from "./client-address";
import { entraIdentity, findEntraUser } from "./entra";
import { env, entraIdConfigured } from "./env";
import { safeRedirect } from "./safe-redirect";
import { revokeSessions, sessionClaims, sessionIsCurrent, sessionVersionOf } from "./sessions";
import { attemptSignIn } from "./sign-in";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function authOptions(): NextAuthOptions {
  const e = env();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    // A revoked token read by /api/auth/session is an expected event, not an error worth a stack trace.
    logger: {
      error(code, metadata) {
        if (code !== "JWT_SESSION_ERROR") console.error(`[next-auth] ${code}`, metadata instanceof Error ? metadata.message : "");
      },
      warn() {},
      debug() {},
    },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        // The same throttled, recorded attempt as the Sign in form (lib/sign-in.ts).
        async authorize(credentials, req) {
          const email = typeof credentials?.email === "string" ? credentials.email : "";
          const password = typeof credentials?.password === "string" ? credentials.password : "";
          if (!email || !password) return null;
          const outcome = await attemptSignIn(email, password, clientAddress(req?.headers));
          if (!outcome.ok && outcome.throttled) throw new Error(outcome.message);
          if (!outcome.ok) return null;
          const u = outcome.user;
          return { id: u.id, email: u.email, name: u.name, role: u.role, sessionVersion: u.sessionVersion };
        },
      }),
      ...(entraIdConfigured()
        ? [
            AzureADProvider({
              clientId: e.AZURE_AD_CLIENT_ID!,
              clientSecret: e.AZURE_AD_CLIENT_SECRET!,
              tenantId: e.AZURE_AD_TENANT_ID!,
            }),
          ]
        : []),
    ],
    callbacks: {
      // next-auth's own redirects (Entra ID, its sign-in and sign-out routes) get the same check as ours.
      redirect({ url, baseUrl }) {
        return baseUrl + (safeRedirect(url, baseUrl) ?? "/");
      },
      async signIn({ account, profile }) {
        if (account?.provider === "credentials") return true;
        // External identities map onto users we already know (lib/entra.ts); nobody is created implicitly.
        const identity = entraIdentity(profile);
        return Boolean(identity && (await findEntraUser(identity)));
      },
      async jwt({ token, user, account, profile }) {
        if (user && account) {
          const known = account.provider === "credentials" ? user : await findEntraUser(entraIdentity(profile));
          if (!known?.role) throw new Error("Unknown user.");
          const { id, email, name, role, sessionVersion } = known;
          return {
            ...token,
            ...sessionClaims({ id, email: email ?? "", name: name ?? "", role, sessionVersion: sessionVersion ?? 0 }),
          };
        }
        // Every later read, e.g. /api/auth/session renewing the cookie: a revoked or too old session is not renewed.
        const version = token.sub && UUID.test(token.sub) ? await sessionVersionOf(token.sub) : null;
        if (version === null || !sessionIsCurrent(token, { sessionVersion: version })) throw new Error("The session has ended.");
        return token;
      },
      session({ session, token }) {
        session.user = {
          ...session.user,
          id: token.sub ?? "",
          role: token.role!,
          email: token.email ?? "",
          name: token.name ?? "",
        };
        return session;
      },
    },
    events: {
      // next-auth's own sign-out route ends every session of the user, like the Sign out button.
      async signOut({ token }) {
        if (token?.sub && UUID.test(token.sub)) await revokeSessions(token.sub);
      },
    },
  };
}
