import { AppShell } from "@/components/app-shell";
import { ownEnrolmentStatus } from "@/db/queries/partners";
import { requireViewer } from "@/lib/auth";

export const dynamic = "force-dynamic";

export default async function Layout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer("workspace.reseller");
  const pending = (await ownEnrolmentStatus(viewer)) === "pending";
  return (
    <AppShell viewer={viewer}>
      {pending ? (
        <div className="notice notice-info mb-6" role="status" data-testid="enrolment-pending">
          Your enrolment as an indirect reseller is waiting for the program operator to activate it. Until then you cannot accept a provider&apos;s relationship request; open the
          request link again once you are active.
        </div>
      ) : null}
      {children}
    </AppShell>
  );
}
