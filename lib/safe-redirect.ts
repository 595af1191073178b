import { appUrl } from "./env";
import { hasControlCharacter } from "./validation/text";

const MAX_LENGTH = 2000;

/**
 * The one check for every redirect target that comes from a request (`callbackUrl` of sign-in,
 * sign-out, enrolment, Entra ID): the same-origin path to go to, or undefined (go home instead).
 * Refused: control characters (browsers drop tab and newline from URLs, which turns
 * `/<TAB>/evil.example` into `//evil.example`) and backslashes, also percent-encoded (up to three encodings deep),
 * protocol-relative `//host`, and anything that does not resolve to APP_URL's origin. Returns a path,
 * never an absolute URL, so the browser cannot be sent elsewhere.
 */
export function safeRedirect(target: unknown, base: string = appUrl()): string | undefined {
  if (typeof target !== "string" || target.length === 0 || target.length > MAX_LENGTH) return undefined;
  let decoded = target;
  for (let depth = 0; depth < 4; depth++) {
    if (hasControlCharacter(decoded) || decoded.includes("\\") || decoded.startsWith("//")) return undefined;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return undefined;
    }
    if (next === decoded) break;
    if (depth === 3) return undefined;
    decoded = next;
  }
  let origin: string;
  let url: URL;
  try {
    origin = new URL(base).origin;
    url = new URL(target, origin + "/");
  } catch {
    return undefined;
  }
  if (url.origin !== origin || !(target.startsWith("/") || target.startsWith(origin + "/"))) return undefined;
  return url.pathname + url.search + url.hash;
}
