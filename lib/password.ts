import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id (Algorithm.Argon2id = 2; const enums cannot be imported under isolatedModules), OWASP parameters.
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const symbols = "!#$%*+-=?@";

/** A temporary password from the CSPRNG: 18 characters, always with upper, lower, digit and symbol. */
export function generateTemporaryPassword(length = 18): string {
  const pick = (set: string) => set[randomInt(set.length)]!;
  const chars = [pick("ABCDEFGHJKLMNPQRSTUVWXYZ"), pick("abcdefghijkmnopqrstuvwxyz"), pick("23456789"), pick(symbols)];
  while (chars.length < length) chars.push(pick(alphabet));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join("");
}
