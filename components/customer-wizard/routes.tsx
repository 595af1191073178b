import { requireViewer } from "@/lib/auth";
import { WizardDetailsStep, WizardLinesStep, WizardReviewStep } from "./pages";

// The wizard's pages, the same for the provider (/provider/customers/new/…) and the reseller
// (/reseller/customers/new/…): each workspace's page.tsx re-exports these; its layout checks the workspace.

type DraftParams = { params: Promise<{ draftId: string }> };

export async function NewCustomerPage({ searchParams }: { searchParams: Promise<{ reseller?: string; provider?: string }> }) {
  const viewer = await requireViewer("customers.create");
  const { reseller, provider } = await searchParams;
  return <WizardDetailsStep viewer={viewer} presetReseller={reseller} presetProvider={provider} />;
}

export async function NewCustomerDraftPage({ params }: DraftParams) {
  const viewer = await requireViewer("customers.create");
  return <WizardDetailsStep viewer={viewer} draftId={(await params).draftId} />;
}

export async function NewCustomerSubscriptionsPage({ params }: DraftParams) {
  const viewer = await requireViewer("customers.create");
  return <WizardLinesStep viewer={viewer} draftId={(await params).draftId} />;
}

export async function NewCustomerReviewPage({ params }: DraftParams) {
  const viewer = await requireViewer("customers.create");
  return <WizardReviewStep viewer={viewer} draftId={(await params).draftId} />;
}
