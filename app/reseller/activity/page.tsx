import { ComingSoon } from "@/components/coming-soon";
import { requireViewer } from "@/lib/auth";

export default async function Page() {
  await requireViewer("activity.view");
  return <ComingSoon title="Activity log">Your organisation's activity records will be here.</ComingSoon>;
}
