import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { env } from "@/lib/env";
import { openDatabase, type Connection, type DbOrTx, type Tx } from "./client";

/**
 * The app's shared connection, opened on first use, and the transaction of the action running now.
 * Both live on globalThis: across dev reloads, and across the bundles Next makes of this module
 * (and scripts/serve.mjs closes the connection there when the server stops).
 */
const g = globalThis as unknown as { __partnerHubDb?: Promise<Connection>; __partnerHubTx?: AsyncLocalStorage<Tx> };
const openTransaction = (g.__partnerHubTx ??= new AsyncLocalStorage<Tx>());

export function connection(): Promise<Connection> {
  if (!g.__partnerHubDb) {
    const e = env();
    g.__partnerHubDb = openDatabase({ url: e.DATABASE_URL, dir: e.PGLITE_DIR });
    g.__partnerHubDb.catch(() => {
      g.__partnerHubDb = undefined;
    });
  }
  return g.__partnerHubDb;
}

/**
 * The handle every query uses: inside `inTransaction` (every server action's body runs in one) the
 * open transaction, so a query joins it without being handed anything; elsewhere the shared handle.
 */
export async function getDb(): Promise<DbOrTx> {
  return openTransaction.getStore() ?? (await connection()).db;
}

/**
 * Runs `fn` in a transaction that every `getDb()` below it returns. Inside one already open, `fn`
 * simply joins it (one action, one transaction); otherwise a new one commits when `fn` resolves and
 * rolls back when it throws.
 */
export async function inTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const open = openTransaction.getStore();
  if (open) return fn(open);
  const { db } = await connection();
  return db.transaction((tx) => openTransaction.run(tx, () => fn(tx)));
}

/** Lets tests point the app's data layer at their own database. */
export function setConnection(conn: Connection) {
  g.__partnerHubDb = Promise.resolve(conn);
}
