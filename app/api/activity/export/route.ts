import type { NextRequest } from "next/server";
import { activityBatches } from "@/db/queries/activity";
import { activityCsvCells, activityCsvHeaderIn } from "@/lib/activity-format";
import { getT } from "@/lib/i18n/server";
import { CSV_BOM, csvRow } from "@/lib/csv";
import { routeViewer } from "@/lib/route-viewer";
import { parseActivitySearch } from "@/lib/validation/activity";

export const dynamic = "force-dynamic";

/**
 * Export of the Activity log (CSV, the columns of the page) with the page's filters, streamed in keyset batches.
 * Only a signed-in role with the Activity log sees it, and only its organisation's records.
 */
export async function GET(req: NextRequest) {
  const viewer = await routeViewer("activity.view");
  if (!viewer) {
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const { filters, values } = parseActivitySearch(Object.fromEntries(req.nextUrl.searchParams));
  // Headers and action names in the requesting user's language; the data as stored.
  const t = await getT();
  const encoder = new TextEncoder();
  const batches = activityBatches(viewer, filters);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvRow(activityCsvHeaderIn(t))));
    },
    async pull(controller) {
      const batch = await batches.next();
      if (batch.done) return controller.close();
      const lines = batch.value.map((r) => csvRow(activityCsvCells(r, t)));
      controller.enqueue(encoder.encode(lines.join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="activity-${values.from}-to-${values.to}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
