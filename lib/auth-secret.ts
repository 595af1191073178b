import { randomBytes } from "node:crypto";
import { env } from "./env";

/** Session token settings shared by sign-in (lib/auth.ts), next-auth (lib/auth-config.ts) and proxy.ts. */
/** Idle lifetime: a token expires this long after it was issued or last renewed (`/api/auth/session`). */
export const SESSION_MAX_AGE = 8 * 60 * 60;
/** Absolute lifetime: however often it was renewed, a session ends this long after sign-in (lib/sessions.ts). */
export const SESSION_ABSOLUTE_MAX_AGE = 12 * 60 * 60;

const processSecret = globalThis as { partnerHubAuthSecret?: string };

/**
 * NEXTAUTH_SECRET; without it, outside production, a random key made once per process (nothing is
 * hard-coded: sessions simply end when the dev server restarts). Production refuses to run without it.
 */
export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (secret) return secret;
  if (env().NODE_ENV !== "production") return (processSecret.partnerHubAuthSecret ??= randomBytes(32).toString("base64url"));
  throw new Error("NEXTAUTH_SECRET is not set (npm start creates one in .data/; set it yourself when deploying).");
}

export function sessionCookieName(): string {
  const secure = (env().NEXTAUTH_URL ?? env().APP_URL ?? "").startsWith("https://");
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}
