import { searchActiveResellers } from "@/db/queries/partners";
import { routeViewer } from "@/lib/route-viewer";

/**
 * The Indirect reseller combobox's matches (customers filter, new-customer wizard): up to 20 of the signed-in
 * provider's active resellers whose name or partner ID contains `q`. Another role: 404, like its pages.
 */
export async function GET(request: Request) {
  const viewer = await routeViewer("workspace.provider", "customers.viewAll");
  if (!viewer) return new Response("Not found", { status: 404 });
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  const rows = await searchActiveResellers(viewer, q);
  return Response.json(
    rows.map((r) => ({ id: r.id, name: r.name, detail: r.partnerNumber })),
    { headers: { "cache-control": "private, no-store" } },
  );
}
