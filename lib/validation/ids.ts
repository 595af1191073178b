import { msg } from "../i18n/message";
import { z } from "./zod";

/**
 * Every id that comes from a request (path segment, query parameter, form field) is checked with this
 * before it reaches a query: PostgreSQL would answer a malformed uuid with an error, not "not found".
 */
export const idSchema = z.uuid(msg("errors.notFound"));

export function isUuid(value: unknown): value is string {
  return idSchema.safeParse(value).success;
}
