import { CustomerDetail } from "./customer-detail";
import { SubscriptionDetail } from "./subscription-detail";
import { requireViewer } from "@/lib/auth";
import { customersHome } from "@/lib/routes";

// A customer's and a subscription's page, the same in the provider's and the reseller's workspace (each
// page.tsx re-exports these; its layout checks the workspace, the scoped queries the record).

export async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("customers.view");
  return <CustomerDetail viewer={viewer} customerId={(await params).id} basePath={customersHome(viewer)} />;
}

export async function SubscriptionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("customers.view");
  return <SubscriptionDetail viewer={viewer} subscriptionId={(await params).id} />;
}
