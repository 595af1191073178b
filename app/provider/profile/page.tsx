import { ComingSoon } from "@/components/coming-soon";
import { requireViewer } from "@/lib/auth";

export default async function Page() {
  await requireViewer("profile.view");
  return <ComingSoon title="Provider profile">Your entry on the official list of indirect providers, and support requests to change it, will be here.</ComingSoon>;
}
