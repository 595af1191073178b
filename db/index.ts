import "server-only";
import { env } from "@/lib/env";
import { openDatabase, type Connection } from "./client";

/** The app's shared connection, opened on first use and cached on globalThis across dev reloads. */
const g = globalThis as unknown as { __partnerHubDb?: Promise<Connection> };

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

export async function getDb() {
  return (await connection()).db;
}

/** Lets tests point the app's data layer at their own database. */
export function setConnection(conn: Connection) {
  g.__partnerHubDb = Promise.resolve(conn);
}
