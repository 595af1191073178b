/** Where things live in each role's workspace: the paths pages and actions link and redirect to. */
import type { Viewer } from "./viewer";
import { homeFor } from "./permissions";

/** The viewer's customers list, in its own workspace. */
export function customersHome(viewer: Pick<Viewer, "role">): string {
  return `${homeFor(viewer.role)}/customers`;
}

/** Where the new-customer wizard lives for this viewer. */
export function wizardBase(viewer: Pick<Viewer, "role">): string {
  return `${customersHome(viewer)}/new`;
}

/** A subscription's page in the viewer's workspace. */
export function subscriptionHref(viewer: Pick<Viewer, "role">, subscriptionId: string): string {
  return `${homeFor(viewer.role)}/subscriptions/${subscriptionId}`;
}

/** The provider's reseller search (JSON for the Indirect reseller comboboxes): app/provider/customers/reseller-options. */
export const RESELLER_OPTIONS = "/provider/customers/reseller-options";
