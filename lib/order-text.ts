import "server-only";
import type { PlacedBy } from "@/db/queries/orders";
import { partnerName, type Translator } from "./i18n/server";

/**
 * Who placed an order, in the reader's words (the Orders tables and the orders CSV): "Ada Tumelo · Adatum
 * IT Services through Northwind Distribution", "Samir Patel · Northwind Distribution for Adatum IT Services".
 * Names stay as stored; the data layer's stand-in for a reseller the viewer may not name is worded too.
 */
export function placedByText(p: PlacedBy, t: Translator): string {
  const org = p.org === null ? t("shell.programName") : partnerName(p.org, t);
  const who = p.name ? `${p.name} · ${org}` : org;
  if (p.through) return t("orders.placedThrough", { who, provider: p.through });
  if (p.for) return t("orders.placedFor", { who, reseller: partnerName(p.for, t) });
  return who;
}
