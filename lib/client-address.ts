import { env } from "./env";

/**
 * The client's address for sign-in throttling. Next.js puts the socket's address in X-Forwarded-For when
 * the request has none; each proxy in front of the app appends the address it saw. With TRUSTED_PROXIES
 * proxies in front (default 1: a load balancer), the entry that many from the right is the client; the
 * entries left of it are the client's own claim and are ignored. Anything that is not an address counts
 * as "unknown" (one shared bucket).
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const list = (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const hops = Math.max(1, env().TRUSTED_PROXIES);
  const address = list[Math.max(0, list.length - hops)] ?? "";
  return /^[0-9a-fA-F:.]{2,45}$/.test(address) ? address.toLowerCase() : "unknown";
}
