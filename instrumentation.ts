import type { Instrumentation } from "next";
import { errorForLog } from "@/lib/redact";

/**
 * Every error a request hits on the server, as one record with the request id that scripts/serve.mjs
 * gave the request (and returns in the `x-request-id` header): the production server prints it as a
 * JSON line, `next dev` as an object. The path is logged without its query string, the error without
 * query parameters, and nothing of the request's body, cookies or other headers.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const requestId = request.headers["x-request-id"];
  console.error({
    msg: "request failed",
    level: "error",
    requestId: typeof requestId === "string" ? requestId : undefined,
    method: request.method,
    route: context.routePath,
    path: request.path.split("?")[0],
    routeType: context.routeType,
    digest: (error as { digest?: string }).digest,
    ...errorForLog(error),
  });
};

/**
 * Once per server instance: the email outbox worker (lib/outbox.ts) looks for due mail every few seconds,
 * besides the kick after each committed action, so retries happen without traffic.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { kickOutbox } = await import("./lib/outbox");
  setInterval(kickOutbox, 5_000).unref();
}
