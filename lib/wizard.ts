import type { Viewer } from "./auth";

/** Where the new-customer wizard lives for this viewer's role. */
export function wizardBase(viewer: Pick<Viewer, "role">): string {
  return viewer.role === "reseller" ? "/reseller/customers/new" : "/provider/customers/new";
}

export function customersHome(viewer: Pick<Viewer, "role">): string {
  return viewer.role === "reseller" ? "/reseller/customers" : "/provider/customers";
}

export function formatMoney(cents: number): string {
  return (cents / 100).toLocaleString("en-US", { style: "currency", currency: "USD" });
}
