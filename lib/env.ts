import { z } from "zod";

/**
 * Every environment variable the app reads, validated once. Documented in the README ("Configuration").
 * Empty strings count as unset so `FOO= npm start` behaves like no FOO at all.
 */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalString = z.preprocess(blank, z.string().optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(
    blank,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
      .optional(),
  ),
  PGLITE_DIR: z.preprocess(blank, z.string().default(".data/pglite")),
  NEXTAUTH_SECRET: optionalString,
  NEXTAUTH_URL: z.preprocess(blank, z.url().optional()),
  APP_URL: z.preprocess(blank, z.url().optional()),
  PORT: z.preprocess(blank, z.coerce.number().int().positive().default(3000)),
  TRUSTED_PROXIES: z.preprocess(blank, z.coerce.number().int().min(1).max(10).default(1)),
  SEED_DEMO: z.preprocess(blank, z.enum(["0", "1"]).optional()),
  // Read by the production server (scripts/serve.mjs) before the app loads; validated here too.
  WEB_CONCURRENCY: z.preprocess(blank, z.coerce.number().int().positive().default(1)),
  SHUTDOWN_TIMEOUT: z.preprocess(blank, z.coerce.number().positive().default(25)),
  LOG_FORMAT: z.preprocess(blank, z.enum(["json", "pretty"]).optional()),
  SMTP_URL: z.preprocess(
    blank,
    z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
      .optional(),
  ),
  MAIL_FROM: z.preprocess(blank, z.string().default("Partner Hub <no-reply@partnerhub.example>")),
  AZURE_AD_CLIENT_ID: optionalString,
  AZURE_AD_CLIENT_SECRET: optionalString,
  /** The one Entra ID tenant accepted (its id, not "common" or "organizations"). */
  AZURE_AD_TENANT_ID: z.preprocess(blank, z.uuid("must be the tenant's id (a GUID)").optional()),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment: ${lines.map((l) => l.trim()).join("; ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** The public base URL used in links we hand out (invitation links). */
export function appUrl(): string {
  const e = env();
  return (e.APP_URL ?? e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
}

export function entraIdConfigured(): boolean {
  const e = env();
  return Boolean(e.AZURE_AD_CLIENT_ID && e.AZURE_AD_CLIENT_SECRET && e.AZURE_AD_TENANT_ID);
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * What makes a configuration unfit to serve in production, one sentence each (empty when fine). The
 * production server checks this before migrating or serving and refuses to start on the first problem:
 * a missing or short session secret, or a public URL on http:// (the session cookie would not be
 * Secure behind the https:// address users see). Loopback URLs are a local run and pass.
 */
export function productionProblems(e: Env = env()): string[] {
  if (e.NODE_ENV !== "production") return [];
  const problems: string[] = [];
  if (!e.NEXTAUTH_SECRET) {
    problems.push(
      "NEXTAUTH_SECRET is not set: give every instance the same random secret of at least 32 bytes (openssl rand -base64 32).",
    );
  } else if (Buffer.byteLength(e.NEXTAUTH_SECRET) < 32) {
    problems.push(
      `NEXTAUTH_SECRET is ${Buffer.byteLength(e.NEXTAUTH_SECRET)} bytes; it must be at least 32 (openssl rand -base64 32).`,
    );
  }
  for (const name of ["NEXTAUTH_URL", "APP_URL"] as const) {
    const value = e[name];
    if (!value) continue;
    const url = new URL(value);
    if (url.protocol !== "https:" && !LOOPBACK.has(url.hostname)) {
      problems.push(
        `${name} is ${url.origin}: in production it must be the https:// address users see (or a localhost one for a local run).`,
      );
    }
  }
  return problems;
}
