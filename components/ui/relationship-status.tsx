import { formatDate } from "@/lib/format";

/** Active / Ended (with the date it ended), the same on both sides of a relationship. */
export function RelationshipStatus({ status, endedAt }: { status: "active" | "ended"; endedAt: Date | null }) {
  if (status === "active") return <span className="badge-green">Active</span>;
  return (
    <span className="badge" title={endedAt ? `Ended on ${formatDate(endedAt)}` : undefined}>
      Ended{endedAt ? ` ${formatDate(endedAt)}` : ""}
    </span>
  );
}
