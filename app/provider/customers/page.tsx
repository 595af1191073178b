import Link from "next/link";
import { CustomersList } from "@/components/customers-list";
import { PageHeader } from "@/components/ui/page-header";
import { activeReseller } from "@/db/queries/partners";
import { requireViewer } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { RESELLER_OPTIONS } from "@/lib/routes";
import { customerListSchema } from "@/lib/validation/customers";

export default async function ProviderCustomersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  // The reseller filter needs a provider's customers and resellers: another role gets the 404 here, not an error.
  const viewer = await requireViewer("customers.viewAll");
  const filter = customerListSchema.parse(await searchParams);
  // Only the chosen reseller is rendered; the combobox loads matches from reseller-options as the user types.
  const chosen = filter.reseller && filter.reseller !== "none" ? await activeReseller(viewer, filter.reseller) : undefined;
  const selected = filter.reseller === "none" ? { id: "none", name: "None" } : chosen ? { id: chosen.id, name: chosen.name } : { id: "", name: "All" };
  return (
    <>
      <PageHeader
        title="Customers"
        description="Your customers and the indirect resellers associated with them. Expand a row to see its subscriptions."
        actions={
          can(viewer, "customers.create") ? (
            <Link className="btn-primary" href="/provider/customers/new">
              Add customer
            </Link>
          ) : null
        }
      />
      <CustomersList viewer={viewer} filter={filter} basePath="/provider/customers" filterField={{ name: "reseller", label: "Indirect reseller", search: { source: RESELLER_OPTIONS, selected }, allowNone: true }} />
    </>
  );
}
