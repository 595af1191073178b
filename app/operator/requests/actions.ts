"use server";
import { applyProfileChange, entryForOperator } from "@/db/queries/profile";
import { PROVIDER_LIST_TAG } from "@/lib/provider-list";
import { openStatuses, transitionRequest } from "@/db/queries/support-requests";
import { ActionError } from "@/lib/errors";
import { action } from "@/lib/action";
import { changeAudit, requestedChanges } from "@/lib/support-requests";
import type { SupportRequestStatus } from "@/db/schema";
import { completeRequestSchema, rejectRequestSchema, requestIdSchema } from "@/lib/validation/profile";
import { msg } from "@/lib/i18n/message";

const revalidate = ["/operator", "/provider/profile"];

function alreadyResolved(status: SupportRequestStatus): never {
  throw new ActionError(msg("operator.requests.alreadyResolved", { status }));
}

export const markInReview = action(
  { name: "support_request.review", permission: "operator.requests", schema: requestIdSchema, revalidate },
  async ({ requestId }, { viewer, audit }) => {
    const { before, after } = await transitionRequest(viewer, requestId, ["submitted"], "in_review");
    if (!after) alreadyResolved(before.status);
    audit({
      providerId: before.providerId,
      targetType: "support_request",
      targetId: requestId,
      before: { status: "submitted" },
      after: { status: "in review" },
    });
    return { message: msg("operator.requests.markedInReview") };
  },
);

/** Applies exactly the requested fields to the public entry, in the transaction that completes the request. */
export const completeRequest = action(
  {
    name: "support_request.complete",
    permission: "operator.requests",
    schema: completeRequestSchema,
    revalidate: [...revalidate, "/providers"],
    revalidateTags: [PROVIDER_LIST_TAG],
  },
  async ({ requestId, reply }, { viewer, audit }) => {
    const { before: request, after } = await transitionRequest(viewer, requestId, openStatuses, "completed", reply);
    if (!after) alreadyResolved(request.status);
    const current = await entryForOperator(viewer, request.providerId);
    const change = { companyName: request.companyName, logoImageId: request.logoImageId, locations: request.locations };
    await applyProfileChange(viewer, request.providerId, { displayName: change.companyName, ...change });
    audit({
      providerId: request.providerId,
      targetType: "support_request",
      targetId: requestId,
      ...changeAudit(current, change),
      summary: `Completed the support request: ${requestedChanges(change).join(", ")} updated on the official list`,
    });
    return { message: msg("operator.requests.completed") };
  },
);

export const rejectRequest = action(
  { name: "support_request.reject", permission: "operator.requests", schema: rejectRequestSchema, revalidate },
  async ({ requestId, reason }, { viewer, audit }) => {
    const { before, after } = await transitionRequest(viewer, requestId, openStatuses, "rejected", reason);
    if (!after) alreadyResolved(before.status);
    audit({
      providerId: before.providerId,
      targetType: "support_request",
      targetId: requestId,
      summary: `Rejected the support request: ${reason}`,
    });
    return { message: msg("operator.requests.rejected") };
  },
);
