import { env } from "./env";

/** Session token settings shared by sign-in (lib/auth.ts), next-auth (lib/auth-config.ts) and proxy.ts. */
export const SESSION_MAX_AGE = 8 * 60 * 60;

export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (secret) return secret;
  if (env().NODE_ENV !== "production") return "partner-hub-development-secret-not-for-production";
  throw new Error("NEXTAUTH_SECRET is not set (npm start creates one in .data/; set it yourself when deploying).");
}

export function sessionCookieName(): string {
  const secure = (env().NEXTAUTH_URL ?? env().APP_URL ?? "").startsWith("https://");
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}
