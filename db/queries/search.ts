import { ilike, type Column, type SQL } from "drizzle-orm";

/** Case-insensitive "contains", with the user's % and _ taken literally. */
export function contains(column: Column, text: string): SQL {
  return ilike(column, `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
