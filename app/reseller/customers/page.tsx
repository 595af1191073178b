import Link from "next/link";
import { CustomersList } from "@/components/customers-list";
import { PageHeader } from "@/components/ui/page-header";
import { ResellerTabs } from "@/components/reseller-tabs";
import { activeProviders } from "@/db/queries/partners";
import { requireViewer } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { customerListSchema } from "@/lib/validation/customers";

export default async function ResellerCustomersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  // The provider filter needs a reseller's providers (subscriptions.viewAssigned: every role of a reseller, no
  // one else); another role gets the 404 here, not an error.
  const viewer = await requireViewer("subscriptions.viewAssigned");
  const filter = customerListSchema.parse(await searchParams);
  const providers = await activeProviders(viewer);
  return (
    <>
      <PageHeader
        title="Customers"
        description="The customers your indirect providers associated with you: you have admin rights over their subscriptions. Expand a row to see its subscriptions."
        actions={
          can(viewer, "customers.create") ? (
            <Link className="btn-primary" href={`/reseller/customers/new${filter.provider ? `?provider=${filter.provider}` : ""}`}>
              Add customer
            </Link>
          ) : null
        }
      />
      <ResellerTabs current="/reseller/customers" />
      <CustomersList viewer={viewer} filter={filter} basePath="/reseller/customers" filterField={{ name: "provider", label: "Indirect provider", options: providers }} />
    </>
  );
}
