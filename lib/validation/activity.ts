/** The Activity log's filters (page and CSV export read the same query string). */
import { z } from "./zod";
import { isoDay } from "@/lib/format";
import { hasControlCharacter } from "./text";

/** A yyyy-mm-dd day between 2000 and 2100 (the activity log has nothing earlier; later is a typo or an attack). */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => v >= "2000-01-01" && v <= "2100-12-31" && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !hasControlCharacter(v));

const activitySearchSchema = z.object({
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  action: text(100).optional().catch(undefined),
  customer: text(200).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});

export type ActivityFilters = {
  /** Inclusive start and exclusive end, in UTC. */
  from: Date;
  to: Date;
  action?: string;
  /** Part of the affected customer's company name. */
  customer?: string;
};

export type ActivitySearch = {
  filters: ActivityFilters;
  /** What the filter form shows (yyyy-mm-dd dates, texts). */
  values: { from: string; to: string; action: string; customer: string };
  cursor?: string;
};

const DAY = 24 * 60 * 60 * 1000;

/** Search params → filters; missing or malformed values fall back to the default: the last month. */
export function parseActivitySearch(params: Record<string, string | string[] | undefined>, now = new Date()): ActivitySearch {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const p = activitySearchSchema.parse(first);
  const today = isoDay(now);
  // The same day last month, or that month's last day (31 March → 28 February).
  const lastDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).getUTCDate();
  const monthAgo = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, Math.min(now.getUTCDate(), lastDay)));
  let from = p.from ?? isoDay(monthAgo);
  let to = p.to ?? today;
  if (from > to) [from, to] = [to, from];
  return {
    filters: {
      from: new Date(`${from}T00:00:00Z`),
      to: new Date(Date.parse(`${to}T00:00:00Z`) + DAY),
      action: p.action || undefined,
      customer: p.customer || undefined,
    },
    values: { from, to, action: p.action ?? "", customer: p.customer ?? "" },
    cursor: p.cursor || undefined,
  };
}

/** The query string of a search (without the cursor unless given), for links and the export. */
export function activityQuery(values: ActivitySearch["values"], cursor?: string): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) q.set(k, v);
  if (cursor) q.set("cursor", cursor);
  return q.toString();
}
