import type { Metadata } from "next";
import { OrdersList } from "@/components/orders-list";
import { PageHeader } from "@/components/ui/page-header";
import { activeResellers } from "@/db/queries/partners";
import { requireViewer } from "@/lib/auth";
import { orderListSchema } from "@/lib/validation/orders";

export const metadata: Metadata = { title: "Orders · Partner Hub" };

export default async function ProviderOrdersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await requireViewer("orders.view");
  const filter = orderListSchema.parse(await searchParams);
  const resellers = await activeResellers(viewer);
  return (
    <>
      <PageHeader title="Orders" description="Every order for your customers: new customers, new subscriptions, license changes and upgrades, and who placed each." />
      <OrdersList viewer={viewer} filter={filter} resellers={resellers} />
    </>
  );
}
