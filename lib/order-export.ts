import "server-only";
import { allOrders } from "@/db/queries/orders";
import { csvResponse } from "./csv";
import type { Workspace } from "./permissions";
import { routeViewer } from "./route-viewer";
import { orderKindLabels, orderListSchema } from "./validation/orders";

/** "Export orders": the viewer's orders with the list's filters. Checks the workspace itself (no layout runs). */
export async function exportOrdersCsv(request: Request, workspace: Workspace): Promise<Response> {
  const viewer = await routeViewer(`workspace.${workspace}`, "orders.view");
  if (!viewer) {
    return new Response("Not found", { status: 404 });
  }
  const filter = orderListSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return csvResponse(
    `orders-${new Date().toISOString().slice(0, 10)}.csv`,
    ["Order ID", "Placed at (UTC)", "Kind", "Status", "Customer ID", "Company name", "Placed by", "Indirect reseller", "Lines"],
    (async function* () {
      for await (const rows of allOrders(viewer, { ...filter, after: undefined })) {
        yield rows.map((o) => [
          o.id,
          o.createdAt,
          orderKindLabels[o.kind],
          o.status,
          o.customerId,
          o.customerName,
          o.placedBy,
          o.onBehalfOfName ?? "",
          o.lines.map((l) => `${l.quantity} × ${l.offerName}`).join("; "),
        ]);
      }
    })(),
  );
}
