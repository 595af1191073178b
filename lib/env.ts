import { z } from "zod";

/**
 * Every environment variable the app reads, validated once. Documented in the README ("Configuration").
 * Empty strings count as unset so `FOO= npm start` behaves like no FOO at all.
 */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalString = z.preprocess(blank, z.string().optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(blank, z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL").optional()),
  PGLITE_DIR: z.preprocess(blank, z.string().default(".data/pglite")),
  NEXTAUTH_SECRET: optionalString,
  NEXTAUTH_URL: z.preprocess(blank, z.url().optional()),
  APP_URL: z.preprocess(blank, z.url().optional()),
  PORT: z.preprocess(blank, z.coerce.number().int().positive().default(3000)),
  SEED_DEMO: z.preprocess(blank, z.enum(["0", "1"]).optional()),
  AZURE_AD_CLIENT_ID: optionalString,
  AZURE_AD_CLIENT_SECRET: optionalString,
  AZURE_AD_TENANT_ID: optionalString,
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment:\n${lines.join("\n")}`);
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
