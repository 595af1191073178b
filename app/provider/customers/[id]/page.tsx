import { CustomerDetail } from "@/components/customer-detail";
import { requireViewer } from "@/lib/auth";

export default async function ProviderCustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("customers.view");
  return <CustomerDetail viewer={viewer} customerId={(await params).id} basePath="/provider/customers" />;
}
