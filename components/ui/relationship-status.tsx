import { getFormat, getT } from "@/lib/i18n/server";

/** Active / Ended (with the date it ended), the same on both sides of a relationship. */
export async function RelationshipStatus({ status, endedAt }: { status: "active" | "ended"; endedAt: Date | null }) {
  const [t, f] = await Promise.all([getT(), getFormat()]);
  if (status === "active") return <span className="badge-green">{t("relationships.status.active")}</span>;
  return (
    <span className="badge">
      {endedAt ? t("relationships.status.endedOn", { date: f.date(endedAt) }) : t("relationships.status.ended")}
    </span>
  );
}
