import Link from "@/components/ui/link";
import { CustomersList } from "@/components/customers-list";
import { PageHeader } from "@/components/ui/page-header";
import { activeReseller } from "@/db/queries/partners";
import { resellerFilterChoice } from "@/components/reseller-field";
import { requireViewer } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { RESELLER_OPTIONS } from "@/lib/routes";
import { customerListSchema } from "@/lib/validation/customers";
import { getT } from "@/lib/i18n/server";

export default async function ProviderCustomersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  // The reseller filter needs a provider's customers and resellers: another role gets the 404 here, not an error.
  const viewer = await requireViewer("customers.viewAll");
  const filter = customerListSchema.parse(await searchParams);
  // Only the chosen reseller is rendered; the combobox loads matches from reseller-options as the user types.
  const chosen = filter.reseller && filter.reseller !== "none" ? await activeReseller(viewer, filter.reseller) : undefined;
  const t = await getT();
  const selected = resellerFilterChoice(filter.reseller, chosen, t);
  return (
    <>
      <PageHeader
        title={t("customers.title")}
        description={t("customers.providerIntro")}
        actions={
          can(viewer, "customers.create") ? (
            <Link className="btn-primary" href="/provider/customers/new">
              {t("customers.addCustomer")}
            </Link>
          ) : null
        }
      />
      <CustomersList
        viewer={viewer}
        filter={filter}
        basePath="/provider/customers"
        filterField={{
          name: "reseller",
          label: t("customers.indirectReseller"),
          search: { source: RESELLER_OPTIONS, selected },
          allowNone: true,
        }}
      />
    </>
  );
}
