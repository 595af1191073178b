import type { Metadata } from "next";
import { OrdersList } from "@/components/orders-list";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { orderListSchema } from "@/lib/validation/orders";

export const metadata: Metadata = { title: "Orders · Partner Hub" };

export default async function ResellerOrdersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await requireViewer("orders.view");
  // A reseller's page (subscriptions.viewAssigned: every role of a reseller, no one else); another role gets the 404 here too.
  if (!can(viewer, "subscriptions.viewAssigned")) notFound();
  const filter = orderListSchema.parse(await searchParams);
  return (
    <>
      <PageHeader title="Orders" description="The orders of the customers associated with you, whoever placed them." />
      <OrdersList viewer={viewer} filter={filter} />
    </>
  );
}
