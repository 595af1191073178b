import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

const keys = new Map<string, Uint8Array>();

/** next-auth's encryption key for `secret` (HKDF-SHA256, its own info string), derived once per secret. */
function encryptionKey(secret: string | Buffer): Uint8Array {
  const material = typeof secret === "string" ? secret : secret.toString("base64");
  let key = keys.get(material);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    keys.set(material, key);
  }
  return key;
}

/**
 * next-auth's `decode` (an A256GCM JWE, 15 s of clock tolerance) without deriving the key again for every
 * call: next-auth runs HKDF per decode, and every signed-in request decodes its token twice (proxy.ts and
 * lib/auth.ts) — about 0.7 ms of CPU per page at load. Tokens are still made by next-auth's `encode`.
 */
export async function decodeSession({ token, secret }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 });
  return payload;
}
