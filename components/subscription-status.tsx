import Link from "next/link";

/** A subscription's status as a coloured badge (active green, suspended amber). */
export function SubscriptionStatus({ status, testId }: { status: string; testId?: string }) {
  return (
    <span className={status === "active" ? "badge-green" : "badge-amber"} data-testid={testId}>
      {status}
    </span>
  );
}

/** The cells every subscriptions table starts with: the offer (a link to the subscription), licenses, status. */
export function SubscriptionCells({ href, offerName, licenses, status }: { href: string; offerName: string; licenses: number; status: string }) {
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
