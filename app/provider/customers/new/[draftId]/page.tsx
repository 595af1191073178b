import { WizardDetailsStep } from "@/components/customer-wizard/pages";
import { requireViewer } from "@/lib/auth";

export default async function NewCustomerDraftPage({ params }: { params: Promise<{ draftId: string }> }) {
  const viewer = await requireViewer("customers.create");
  return <WizardDetailsStep viewer={viewer} draftId={(await params).draftId} />;
}
