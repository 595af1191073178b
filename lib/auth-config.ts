/**
 * next-auth configuration: JWT sessions (signed, so app instances stay stateless), an email + password
 * credentials provider, and Microsoft Entra ID when AZURE_AD_* are set (it signs in existing users only).
 */
import type { NextAuthOptions } from "next-auth";
import AzureADProvider from "next-auth/providers/azure-ad";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, SESSION_MAX_AGE } from "./auth-secret";
import { env, entraIdConfigured } from "./env";
import { findActiveUser, verifyCredentials } from "./sign-in";

export function authOptions(): NextAuthOptions {
  const e = env();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          const user = await verifyCredentials(credentials?.email ?? "", credentials?.password ?? "");
          return user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
        },
      }),
      ...(entraIdConfigured()
        ? [AzureADProvider({ clientId: e.AZURE_AD_CLIENT_ID!, clientSecret: e.AZURE_AD_CLIENT_SECRET!, tenantId: e.AZURE_AD_TENANT_ID! })]
        : []),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider === "credentials") return true;
        // External identities map onto users we already know; nobody is created implicitly.
        return Boolean(user.email && (await findActiveUser(user.email)));
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          const known = await findActiveUser(user.email ?? "");
          if (known) {
            token.sub = known.id;
            token.role = known.role;
          }
        }
        return token;
      },
      session({ session, token }) {
        session.user = { ...session.user, id: token.sub ?? "", role: token.role!, email: token.email ?? "", name: token.name ?? "" };
        return session;
      },
    },
  };
}
