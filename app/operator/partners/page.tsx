import { ComingSoon } from "@/components/coming-soon";
import { requireViewer } from "@/lib/auth";

export default async function Page() {
  await requireViewer("operator.partners");
  return <ComingSoon title="Partners">All enrolled partners will be listed here.</ComingSoon>;
}
