import { ComingSoon } from "@/components/coming-soon";
import { requireViewer } from "@/lib/auth";

export default async function Page() {
  await requireViewer("customers.create");
  return <ComingSoon title="New customer">The new-customer wizard (details, subscriptions, review, setup information) will be here.</ComingSoon>;
}
