import { WizardLinesStep } from "@/components/customer-wizard/pages";
import { requireViewer } from "@/lib/auth";

export default async function NewCustomerSubscriptionsPage({ params }: { params: Promise<{ draftId: string }> }) {
  const viewer = await requireViewer("customers.create");
  return <WizardLinesStep viewer={viewer} draftId={(await params).draftId} />;
}
