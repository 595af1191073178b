import { ComingSoon } from "@/components/coming-soon";
import { requireViewer } from "@/lib/auth";

export default async function Page() {
  await requireViewer("operator.providers");
  return <ComingSoon title="Providers">The official list of indirect providers will be managed here.</ComingSoon>;
}
