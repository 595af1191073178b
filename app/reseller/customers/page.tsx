import { ComingSoon } from "@/components/coming-soon";
import { requireViewer } from "@/lib/auth";

export default async function Page() {
  await requireViewer("customers.view");
  return <ComingSoon title="Customers">The customers your indirect providers delegated to you will be listed here.</ComingSoon>;
}
