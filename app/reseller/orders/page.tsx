import type { Metadata } from "next";
import { OrdersList } from "@/components/orders-list";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { orderListSchema } from "@/lib/validation/orders";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("orders.title") };
}

export default async function ResellerOrdersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await requireViewer("orders.view");
  // A reseller's page (subscriptions.viewAssigned: every role of a reseller, no one else); another role gets the 404 here too.
  if (!can(viewer, "subscriptions.viewAssigned")) notFound();
  const filter = orderListSchema.parse(await searchParams);
  const t = await getT();
  return (
    <>
      <PageHeader title={t("orders.title")} description={t("orders.resellerIntro")} />
      <OrdersList viewer={viewer} filter={filter} />
    </>
  );
}
