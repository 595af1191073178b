/**
 * The one module that decides which database we talk to: PostgreSQL through `postgres` when
 * DATABASE_URL is set, otherwise embedded PGlite in PGLITE_DIR. Everything else sees the same `Db`.
 * Opening is lazy so `next build` never touches a database.
 */
import fs from "node:fs";
import path from "node:path";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import * as schema from "./schema";

export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** The shared handle or an open transaction: for the few callers that hold a handle themselves (seed, migrations, test support). */
export type DbOrTx = Db | Tx;
export type DbKind = "pglite" | "postgres";

export type Connection = { db: Db; kind: DbKind; close: () => Promise<void> };

/**
 * `npm run bench:http` only: with SQL_CAPTURE_FILE set, while `<file>.on` exists every statement the app
 * runs is appended to the file (one JSON line: sql and params), so the benchmark can replay exactly the
 * SQL a page ran as that page's database floor. Unset (always, outside the benchmark): no logger at all.
 */
function captureLogger() {
  const file = process.env.SQL_CAPTURE_FILE;
  if (!file) return undefined;
  return {
    logQuery(query: string, params: unknown[]) {
      if (fs.existsSync(`${file}.on`)) fs.appendFileSync(file, `${JSON.stringify({ sql: query, params })}\n`);
    },
  };
}

/** PGlite has no lock of its own: two processes on one folder silently lose data. */
function acquirePgliteLock(dir: string): () => void {
  const lockFile = path.join(path.dirname(path.resolve(dir)), `${path.basename(dir)}.pid`);
  try {
    const other = Number(fs.readFileSync(lockFile, "utf8"));
    if (other && other !== process.pid) {
      let alive = true;
      try {
        process.kill(other, 0);
      } catch {
        alive = false;
      }
      if (alive) throw new Error(`The PGlite folder ${dir} is in use by process ${other}; stop it first or set PGLITE_DIR.`);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  const release = () => {
    try {
      if (Number(fs.readFileSync(lockFile, "utf8")) === process.pid) fs.unlinkSync(lockFile);
    } catch {
      /* already gone */
    }
  };
  process.once("exit", release);
  return release;
}

export async function openDatabase(opts: {
  url?: string;
  dir?: string;
  memory?: boolean;
  poolSize?: number;
}): Promise<Connection> {
  if (opts.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(opts.url, { max: opts.poolSize ?? Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {} });
    return {
      db: drizzle({ client, schema, casing: "snake_case", logger: captureLogger() }),
      kind: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const extensions = { pg_trgm };
  const { drizzle } = await import("drizzle-orm/pglite");
  let release = () => {};
  let client;
  if (opts.memory || !opts.dir) {
    client = new PGlite({ extensions });
  } else {
    fs.mkdirSync(path.dirname(path.resolve(opts.dir)), { recursive: true });
    release = acquirePgliteLock(opts.dir);
    client = new PGlite(opts.dir, { extensions });
  }
  await client.waitReady;
  const db = drizzle({ client, schema, casing: "snake_case", logger: captureLogger() }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** The rows of a raw `db.execute(sql…)`: postgres-js returns the rows, PGlite an object holding them. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

/** The Postgres error code behind a drizzle error (drizzle wraps driver errors in `cause`). */
export function pgErrorCode(err: unknown): { code?: string; constraint?: string; message?: string } {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === "object"; i++) {
    const o = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown; message?: unknown; cause?: unknown };
    if (typeof o.code === "string" && /^[0-9A-Z]{5}$/.test(o.code)) {
      const constraint = (o.constraint_name ?? o.constraint) as string | undefined;
      return { code: o.code, constraint, message: typeof o.message === "string" ? o.message : undefined };
    }
    e = o.cause;
  }
  return {};
}

/**
 * An unexpected error as one log line, without query parameters (drizzle puts them in its message; they
 * can hold password hashes or personal data): the database's code and message, or the error's first lines.
 */
export function errorForLog(err: unknown): string {
  const pg = pgErrorCode(err);
  if (pg.code) return `database error ${pg.code}${pg.constraint ? ` on ${pg.constraint}` : ""}: ${pg.message ?? ""}`;
  if (!(err instanceof Error)) return String(err).split("\nparams:")[0]!;
  const where =
    err.stack
      ?.split("\n")
      .filter((l) => l.trimStart().startsWith("at "))
      .slice(0, 5)
      .join("\n") ?? "";
  return `${err.name}: ${err.message.split("\nparams:")[0]}${where ? `\n${where}` : ""}`;
}
