import { ComingSoon } from "@/components/coming-soon";
import { requireViewer } from "@/lib/auth";

export default async function Page() {
  await requireViewer("providers.viewOwn");
  return <ComingSoon title="Indirect providers">The indirect providers you have authorized, with View customers, will be listed here.</ComingSoon>;
}
