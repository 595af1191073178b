import { AppShell } from "@/components/app-shell";
import { ownEnrolmentStatus } from "@/db/queries/partners";
import { requireViewer } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export default async function Layout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer("workspace.reseller");
  const [status, t] = await Promise.all([ownEnrolmentStatus(viewer), getT()]);
  const pending = status === "pending";
  return (
    <AppShell viewer={viewer}>
      {pending ? (
        <div className="notice notice-info mb-6" role="status" data-testid="enrolment-pending">
          {t("relationships.enrolmentPending")}
        </div>
      ) : null}
      {children}
    </AppShell>
  );
}
