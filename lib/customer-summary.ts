import "server-only";
import { customerForViewer } from "@/db/queries/customers";
import { unsafeSubscriptionsOf } from "@/db/queries/subscriptions";
import { orNull } from "./not-found";
import { can, type Workspace } from "./permissions";
import { routeViewer } from "./route-viewer";
import { subscriptionHref } from "./routes";

/** What an expanded row of the Customers list shows (components/subscription-summary.tsx renders it). */
export type CustomerSummary = {
  subscriptions: { id: string; href: string; offerName: string; licenses: number; status: "active" | "suspended" }[];
  /** "Add subscription", when the viewer may add one. */
  addHref: string | null;
};

/**
 * GET …/customers/[id]/summary: the subscriptions of one customer the viewer may see, loaded when its row in
 * the Customers list is expanded (rendering every row's summary into each page cost the page most of its
 * payload). Another organisation's customer, another role's workspace, the signed out: 404, like the pages.
 */
export async function customerSummaryResponse(
  id: string,
  workspace: Extract<Workspace, "provider" | "reseller">,
): Promise<Response> {
  const viewer = await routeViewer(`workspace.${workspace}`, "customers.view");
  const found = viewer && (await orNull(customerForViewer(viewer, id)));
  if (!viewer || !found) return new Response("Not found", { status: 404 });
  const subs = await unsafeSubscriptionsOf(viewer, [found.customer.id]);
  const body: CustomerSummary = {
    subscriptions: subs.map((s) => ({
      id: s.id,
      href: subscriptionHref(viewer, s.id),
      offerName: s.offerName,
      licenses: s.licenses,
      status: s.status,
    })),
    addHref: can(viewer, "subscriptions.create") ? `/${workspace}/customers/${found.customer.id}/subscriptions/new` : null,
  };
  return Response.json(body, { headers: { "cache-control": "private, no-store" } });
}
