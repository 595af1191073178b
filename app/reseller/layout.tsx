import { AppShell } from "@/components/app-shell";
import { requireViewer } from "@/lib/auth";

export const dynamic = "force-dynamic";

export default async function Layout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer("workspace.reseller");
  return <AppShell viewer={viewer}>{children}</AppShell>;
}
