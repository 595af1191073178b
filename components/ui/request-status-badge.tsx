import type { SupportRequestStatus } from "@/db/schema";
import { requestStatusLabels } from "@/lib/support-requests";

const tone: Record<SupportRequestStatus, string> = {
  submitted: "badge-amber",
  in_review: "badge bg-blue-100 text-blue-800",
  completed: "badge-green",
  rejected: "badge-red",
};

export function RequestStatusBadge({ status }: { status: SupportRequestStatus }) {
  return (
    <span className={tone[status]} data-testid="request-status">
      {requestStatusLabels[status]}
    </span>
  );
}
