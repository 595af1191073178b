import type { Metadata } from "next";
import { OrdersList } from "@/components/orders-list";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { activeReseller } from "@/db/queries/partners";
import { requireViewer } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { orderListSchema } from "@/lib/validation/orders";

export const metadata: Metadata = { title: "Orders · Partner Hub" };

export default async function ProviderOrdersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await requireViewer("orders.view");
  // The reseller filter needs a provider's resellers: another role gets the 404 here, not an error.
  if (!can(viewer, "customers.viewAll")) notFound();
  const filter = orderListSchema.parse(await searchParams);
  // Only the chosen reseller is rendered; the combobox loads matches from reseller-options as the user types.
  const chosen = filter.reseller && filter.reseller !== "none" ? await activeReseller(viewer, filter.reseller) : undefined;
  const selected =
    filter.reseller === "none"
      ? { id: "none", name: "None" }
      : chosen
        ? { id: chosen.id, name: chosen.name }
        : { id: "", name: "All" };
  return (
    <>
      <PageHeader
        title="Orders"
        description="Every order for your customers: new customers, new subscriptions, license changes and upgrades, and who placed each."
      />
      <OrdersList viewer={viewer} filter={filter} resellers={{ selected }} />
    </>
  );
}
