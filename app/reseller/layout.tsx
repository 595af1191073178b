import { AppShell } from "@/components/app-shell";
import { requireViewer } from "@/lib/auth";
import { isPartnerViewer } from "@/lib/viewer";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export default async function Layout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer("workspace.reseller");
  const t = await getT();
  const pending = isPartnerViewer(viewer) && viewer.orgStatus === "pending";
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
