import { ComingSoon } from "@/components/coming-soon";
import { requireViewer } from "@/lib/auth";

export default async function OperatorHome() {
  await requireViewer("operator.requests");
  return <ComingSoon title="Requests">Provider profile support requests will be queued here for review.</ComingSoon>;
}
