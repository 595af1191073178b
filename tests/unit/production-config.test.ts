import { describe, expect, it } from "vitest";
import { productionProblems, type Env } from "@/lib/env";
import { errorForLog, redactQueryParams } from "@/lib/redact";

const SECRET = "0123456789abcdef0123456789abcdef"; // 32 bytes
const config = (over: Partial<Env>): Env => ({ NODE_ENV: "production", NEXTAUTH_SECRET: SECRET, ...over }) as Env;

describe("a production configuration fails fast", () => {
  it("passes a complete one, and anything outside production", () => {
    expect(productionProblems(config({ NEXTAUTH_URL: "https://hub.example.com" }))).toEqual([]);
    expect(
      productionProblems(config({ NODE_ENV: "development", NEXTAUTH_SECRET: undefined, NEXTAUTH_URL: "http://hub.example.com" })),
    ).toEqual([]);
  });
  it("needs a secret of at least 32 bytes", () => {
    expect(productionProblems(config({ NEXTAUTH_SECRET: undefined }))).toEqual([
      expect.stringMatching(/^NEXTAUTH_SECRET is not set/),
    ]);
    expect(productionProblems(config({ NEXTAUTH_SECRET: SECRET.slice(1) }))).toEqual([
      expect.stringMatching(/^NEXTAUTH_SECRET is 31 bytes; it must be at least 32/),
    ]);
    // Bytes, not characters: 16 two-byte characters are enough.
    expect(productionProblems(config({ NEXTAUTH_SECRET: "é".repeat(16) }))).toEqual([]);
  });
  it("refuses a public http:// URL but lets a local run use localhost", () => {
    expect(productionProblems(config({ NEXTAUTH_URL: "http://hub.example.com" }))).toEqual([
      expect.stringMatching(/^NEXTAUTH_URL is http:\/\/hub\.example\.com: in production it must be the https:\/\//),
    ]);
    expect(productionProblems(config({ APP_URL: "http://10.0.0.5:3000" }))).toEqual([
      expect.stringMatching(/^APP_URL is http:\/\/10\.0\.0\.5:3000/),
    ]);
    expect(productionProblems(config({ NEXTAUTH_URL: "http://localhost:3000", APP_URL: "http://127.0.0.1:3000" }))).toEqual([]);
  });
});

describe("logs never carry query parameters", () => {
  it("keeps the SQL of a failed query and drops its values", () => {
    const message = 'Failed query: insert into "users" ("email") values ($1)\nparams: mia@harbor.example,$argon2id$v=19$secret';
    expect(redactQueryParams(message)).toBe('Failed query: insert into "users" ("email") values ($1)\nparams: [not logged]');
  });
  it("logs an error's message, cause and stack frames, never the parameters in them", () => {
    const err = new Error("Failed query: select 1\nparams: private@example.com", { cause: new Error("connection refused") });
    const logged = errorForLog(err);
    expect(logged.error).toBe("Error: Failed query: select 1\nparams: [not logged]");
    expect(logged.cause).toBe("connection refused");
    expect(logged.stack).toMatch(/^\s+at /);
    expect(JSON.stringify(logged)).not.toContain("private@example.com");
  });
});
