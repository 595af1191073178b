import { ComingSoon } from "@/components/coming-soon";
import { requireViewer } from "@/lib/auth";

export default async function Page() {
  await requireViewer("customers.view");
  return <ComingSoon title="Customers">Your customers, with Add customer, the Indirect reseller filter and the exports, will be listed here.</ComingSoon>;
}
