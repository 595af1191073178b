import Link from "next/link";
import type { SubscriptionStatus as Status } from "@/db/schema";

const labels: Record<Status, string> = { active: "Active", suspended: "Suspended" };

/** A subscription's status, the same badge on every page (active green, suspended amber). */
export function SubscriptionStatus({ status, testId }: { status: Status; testId?: string }) {
  return (
    <span className={status === "active" ? "badge-green" : "badge-amber"} data-testid={testId}>
      {labels[status]}
    </span>
  );
}

/** The cells every subscriptions table starts with: the offer (a link to the subscription), licenses, status. */
export function SubscriptionCells({ href, offerName, licenses, status }: { href: string; offerName: string; licenses: number; status: Status }) {
  return (
    <>
      <td>
        <Link className="link" href={href}>
          {offerName}
        </Link>
      </td>
      <td className="text-right">{licenses}</td>
      <td>
        <SubscriptionStatus status={status} />
      </td>
    </>
  );
}
