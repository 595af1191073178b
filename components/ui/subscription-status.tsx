import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { SubscriptionStatus as Status } from "@/db/schema";

/** A subscription's status, the same badge on every page (active green, suspended amber). */
export function SubscriptionStatus({ status, testId }: { status: Status; testId?: string }) {
  const t = useTranslations();
  return (
    <span className={status === "active" ? "badge-green" : "badge-amber"} data-testid={testId}>
      {t(`subscriptions.status.${status}`)}
    </span>
  );
}

/** The cells every subscriptions table starts with: the offer (a link to the subscription), licenses, status. */
export function SubscriptionCells({
  href,
  offerName,
  licenses,
  status,
}: {
  href: string;
  offerName: string;
  licenses: number;
  status: Status;
}) {
  return (
    <>
      <td>
        <Link className="link" href={href}>
          {offerName}
        </Link>
      </td>
      <td className="text-right tabular-nums">{licenses}</td>
      <td>
        <SubscriptionStatus status={status} />
      </td>
    </>
  );
}
