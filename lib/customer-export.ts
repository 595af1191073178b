import "server-only";
import { allCustomerSubscriptions, allCustomers } from "@/db/queries/customers";
import { csvResponse } from "./csv";
import { getT } from "./i18n/server";
import type { Workspace } from "./permissions";
import { routeViewer } from "./route-viewer";
import { customerListSchema } from "./validation/customers";

/**
 * "Export customers" / "Export subscriptions": the viewer's customers, honouring the list's filters.
 * A route handler runs without its workspace's layout, so the workspace is checked here too: another
 * role's export URL is a 404 like its pages.
 */
export async function exportCustomersCsv(request: Request, kind: string, workspace: Workspace): Promise<Response> {
  const viewer = await routeViewer(`workspace.${workspace}`, "customers.view");
  if (!viewer || (kind !== "customers" && kind !== "subscriptions")) {
    return new Response("Not found", { status: 404 });
  }
  const filter = customerListSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const day = new Date().toISOString().slice(0, 10);
  // Headers in the requesting user's language; the data stays as stored.
  const t = await getT();
  if (kind === "customers") {
    return csvResponse(
      `customers-${day}.csv`,
      [
        t("customers.csv.customerId"),
        t("customers.csv.companyName"),
        t("customers.csv.primaryDomain"),
        t("customers.csv.reseller"),
        t("customers.csv.provider"),
      ],
      (async function* () {
        for await (const rows of allCustomers(viewer, filter)) {
          yield rows.map((c) => [c.id, c.companyName, c.domain, c.resellerName ?? "", c.providerName]);
        }
      })(),
    );
  }
  return csvResponse(
    `subscriptions-${day}.csv`,
    [
      t("customers.csv.subscriptionId"),
      t("customers.csv.customerId"),
      t("customers.csv.companyName"),
      t("customers.csv.offer"),
      t("customers.csv.licenses"),
      t("customers.csv.status"),
      t("customers.csv.reseller"),
      t("customers.detail.supportContact"),
    ],
    (async function* () {
      for await (const rows of allCustomerSubscriptions(viewer, filter)) {
        yield rows.map((s) => [
          s.id,
          s.customerId,
          s.companyName,
          s.offerName,
          s.licenses,
          s.status,
          s.resellerName ?? "",
          s.supportContactName,
        ]);
      }
    })(),
  );
}
