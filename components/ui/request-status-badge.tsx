import type { SupportRequestStatus } from "@/db/schema";
import { useTranslations } from "next-intl";

const tone: Record<SupportRequestStatus, string> = {
  submitted: "badge-amber",
  in_review: "badge bg-blue-100 text-blue-800",
  completed: "badge-green",
  rejected: "badge-red",
};

export function RequestStatusBadge({ status }: { status: SupportRequestStatus }) {
  const t = useTranslations();
  return (
    <span className={tone[status]} data-testid="request-status">
      {t(`profile.status.${status}`)}
    </span>
  );
}
