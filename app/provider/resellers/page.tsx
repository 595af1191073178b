import { ComingSoon } from "@/components/coming-soon";
import { requireViewer } from "@/lib/auth";

export default async function Page() {
  await requireViewer("resellers.view");
  return <ComingSoon title="Indirect resellers">Your indirect resellers, with Request a reseller relationship, will be listed here.</ComingSoon>;
}
