import Link from "@/components/ui/link";
import { CustomersList } from "@/components/customers-list";
import { PageHeader } from "@/components/ui/page-header";
import { ResellerTabs } from "@/components/reseller-tabs";
import { activeProviders } from "@/db/queries/partners";
import { requireViewer } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { customerListSchema } from "@/lib/validation/customers";
import { getT } from "@/lib/i18n/server";

export default async function ResellerCustomersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  // The provider filter needs a reseller's providers (subscriptions.viewAssigned: every role of a reseller, no
  // one else); another role gets the 404 here, not an error.
  const viewer = await requireViewer("subscriptions.viewAssigned");
  const filter = customerListSchema.parse(await searchParams);
  const [providers, t] = await Promise.all([activeProviders(viewer), getT()]);
  return (
    <>
      <PageHeader
        title={t("customers.title")}
        description={t("customers.resellerIntro")}
        actions={
          can(viewer, "customers.create") ? (
            <Link
              className="btn-primary"
              href={`/reseller/customers/new${filter.provider ? `?provider=${filter.provider}` : ""}`}
            >
              {t("customers.addCustomer")}
            </Link>
          ) : null
        }
      />
      <ResellerTabs current="/reseller/customers" />
      <CustomersList
        viewer={viewer}
        filter={filter}
        basePath="/reseller/customers"
        filterField={{ name: "provider", label: t("customers.indirectProvider"), options: providers }}
      />
    </>
  );
}
