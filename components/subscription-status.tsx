/** A subscription's status as a coloured badge (active green, suspended amber). */
export function SubscriptionStatus({ status, testId }: { status: string; testId?: string }) {
  return (
    <span className={status === "active" ? "badge-green" : "badge-amber"} data-testid={testId}>
      {status}
    </span>
  );
}
