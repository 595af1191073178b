import type { SubscriptionStatus as Status } from "@/db/schema";

const labels: Record<Status, string> = { active: "Active", suspended: "Suspended" };

/** A subscription's status, the same badge on every page. */
export function SubscriptionStatus({ status, testId }: { status: Status; testId?: string }) {
  return (
    <span className={status === "active" ? "badge-green" : "badge-amber"} data-testid={testId}>
      {labels[status]}
    </span>
  );
}
