import { WizardDetailsStep } from "@/components/customer-wizard/pages";
import { requireViewer } from "@/lib/auth";

export default async function NewCustomerPage({ searchParams }: { searchParams: Promise<{ reseller?: string }> }) {
  const viewer = await requireViewer("customers.create");
  const { reseller } = await searchParams;
  return <WizardDetailsStep viewer={viewer} presetReseller={reseller} />;
}
