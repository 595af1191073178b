import { SubscriptionDetail } from "@/components/subscription-detail";
import { requireViewer } from "@/lib/auth";

export default async function ProviderSubscriptionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("customers.view");
  return <SubscriptionDetail viewer={viewer} subscriptionId={(await params).id} />;
}
