import { ilike, type Column, type SQL } from "drizzle-orm";

const literally = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Case-insensitive "contains", with the user's % and _ taken literally. */
export function contains(column: Column, text: string): SQL {
  return ilike(column, `%${literally(text)}%`);
}

/** Case-insensitive "starts with", with the user's % and _ taken literally. */
export function startsWith(column: Column, text: string): SQL {
  return ilike(column, `${literally(text)}%`);
}
