import type { Metadata } from "next";
import { OrdersList } from "@/components/orders-list";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { activeReseller } from "@/db/queries/partners";
import { resellerFilterChoice } from "@/components/reseller-field";
import { requireViewer } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { orderListSchema } from "@/lib/validation/orders";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("orders.title") };
}

export default async function ProviderOrdersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await requireViewer("orders.view");
  // The reseller filter needs a provider's resellers: another role gets the 404 here, not an error.
  if (!can(viewer, "customers.viewAll")) notFound();
  const filter = orderListSchema.parse(await searchParams);
  // Only the chosen reseller is rendered; the combobox loads matches from reseller-options as the user types.
  const chosen = filter.reseller && filter.reseller !== "none" ? await activeReseller(viewer, filter.reseller) : undefined;
  const t = await getT();
  const selected = resellerFilterChoice(filter.reseller, chosen, t);
  return (
    <>
      <PageHeader title={t("orders.title")} description={t("orders.providerIntro")} />
      <OrdersList viewer={viewer} filter={filter} resellers={{ selected }} />
    </>
  );
}
