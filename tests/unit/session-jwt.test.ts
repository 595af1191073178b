/** lib/session-jwt.ts reads exactly the tokens next-auth makes, and nothing else. */
import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSession } from "@/lib/session-jwt";

const secret = "a-test-secret-of-at-least-thirty-two-bytes";
const claims = { sub: "7d132e59-8e1a-44cd-b1a0-b28b8749722a", sid: "s1", authTime: 1_800_000_000 };

describe("decodeSession", () => {
  it("reads next-auth's own tokens, as next-auth's decode does", async () => {
    const token = await encode({ token: claims, secret, maxAge: 60 });
    const ours = await decodeSession({ token, secret });
    expect(ours).toMatchObject(claims);
    expect(ours).toEqual(await decode({ token, secret }));
    // The key is derived once per secret; a second call and a second secret still answer right.
    expect(await decodeSession({ token, secret })).toEqual(ours);
    const other = "another-test-secret-of-thirty-two-bytes!";
    expect(await decodeSession({ token: await encode({ token: claims, secret: other }), secret: other })).toMatchObject(claims);
  });

  it("refuses a token of another secret, a changed token and an expired one; no token is null", async () => {
    const token = await encode({ token: claims, secret, maxAge: 60 });
    await expect(decodeSession({ token, secret: `${secret}-other` })).rejects.toThrow();
    const parts = token.split(".");
    parts[3] = `${parts[3]!.slice(0, -2)}${parts[3]!.endsWith("AA") ? "BB" : "AA"}`;
    await expect(decodeSession({ token: parts.join("."), secret })).rejects.toThrow();
    // Past its expiry by more than the 15 s of clock tolerance next-auth allows.
    const expired = await encode({ token: claims, secret, maxAge: -30 });
    await expect(decodeSession({ token: expired, secret })).rejects.toThrow();
    const justExpired = await encode({ token: claims, secret, maxAge: -5 });
    expect(await decodeSession({ token: justExpired, secret })).toMatchObject(claims);
    expect(await decodeSession({ token: undefined, secret })).toBeNull();
  });
});
