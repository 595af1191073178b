import "server-only";
import { allOrders } from "@/db/queries/orders";
import { csvResponse } from "./csv";
import { getT, partnerName } from "./i18n/server";
import { placedByText } from "./order-text";
import type { Workspace } from "./permissions";
import { routeViewer } from "./route-viewer";
import { orderListSchema } from "./validation/orders";

/**
 * "Export orders": the viewer's orders with the list's filters. Checks the workspace itself (no layout runs).
 * Headers, kinds and "placed by" in the requesting user's language; names, ids and offers as stored.
 */
export async function exportOrdersCsv(request: Request, workspace: Workspace): Promise<Response> {
  const viewer = await routeViewer(`workspace.${workspace}`, "orders.view");
  if (!viewer) {
    return new Response("Not found", { status: 404 });
  }
  const filter = orderListSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const t = await getT();
  return csvResponse(
    `orders-${new Date().toISOString().slice(0, 10)}.csv`,
    [
      t("orders.csv.orderId"),
      t("orders.csv.placedAt"),
      t("orders.csv.kind"),
      t("orders.csv.status"),
      t("orders.csv.customerId"),
      t("orders.csv.companyName"),
      t("orders.csv.placedBy"),
      t("orders.csv.reseller"),
      t("orders.csv.lines"),
    ],
    (async function* () {
      for await (const rows of allOrders(viewer, { ...filter, after: undefined })) {
        yield rows.map((o) => [
          o.id,
          o.createdAt,
          t(`orders.kinds.${o.kind}`),
          o.status,
          o.customerId,
          o.customerName,
          placedByText(o.placedBy, t),
          partnerName(o.onBehalfOfName, t) ?? "",
          o.lines.map((l) => `${l.quantity} × ${l.offerName}`).join("; "),
        ]);
      }
    })(),
  );
}
