import { WizardReviewStep } from "@/components/customer-wizard/pages";
import { requireViewer } from "@/lib/auth";

export default async function NewCustomerReviewPage({ params }: { params: Promise<{ draftId: string }> }) {
  const viewer = await requireViewer("customers.create");
  return <WizardReviewStep viewer={viewer} draftId={(await params).draftId} />;
}
