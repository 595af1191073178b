import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/action";
import { generateTemporaryPassword, hashPassword, verifyPassword } from "@/lib/password";
import { changePasswordSchema, signInSchema } from "@/lib/validation/account";

describe("sign-in input", () => {
  it("requires a valid email and a password", () => {
    const r = signInSchema.safeParse({ email: "nope", password: "" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["email", "password"]);
  });
});

describe("password change input", () => {
  it("requires 12+ characters, a match, and a change", () => {
    const err = (v: object) => changePasswordSchema.safeParse(v).error?.issues.map((i) => i.path[0]);
    expect(err({ currentPassword: "a", newPassword: "short1", confirmPassword: "short1" })).toContain("newPassword");
    expect(err({ currentPassword: "a", newPassword: "long-enough-123", confirmPassword: "other-123456789" })).toEqual([
      "confirmPassword",
    ]);
    expect(
      err({ currentPassword: "same-password-1", newPassword: "same-password-1", confirmPassword: "same-password-1" }),
    ).toEqual(["newPassword"]);
    expect(
      changePasswordSchema.safeParse({ currentPassword: "a", newPassword: "long-enough-123", confirmPassword: "long-enough-123" })
        .success,
    ).toBe(true);
  });
});

describe("passwords", () => {
  it("hashes with argon2id and verifies", async () => {
    const h = await hashPassword("correct horse battery");
    expect(h.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(h, "correct horse battery")).toBe(true);
    expect(await verifyPassword(h, "wrong")).toBe(false);
    expect(await verifyPassword(null, "anything")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
  it("generates strong, distinct temporary passwords", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generateTemporaryPassword();
      expect(p).toHaveLength(18);
      expect(p).toMatch(/[A-Z]/);
      expect(p).toMatch(/[a-z]/);
      expect(p).toMatch(/[0-9]/);
      expect(p).toMatch(/[^A-Za-z0-9]/);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});

describe("form data", () => {
  it("turns repeated and [] keys into arrays and drops Next's action fields", () => {
    const fd = new FormData();
    fd.append("a", "1");
    fd.append("b", "x");
    fd.append("b", "y");
    fd.append("c[]", "only");
    fd.append("$ACTION_ID_123", "");
    expect(formDataToObject(fd)).toEqual({ a: "1", b: ["x", "y"], c: ["only"] });
  });
});
