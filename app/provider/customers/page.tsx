import Link from "next/link";
import { CustomersList } from "@/components/customers-list";
import { PageHeader } from "@/components/page-header";
import { activeResellers } from "@/db/queries/partners";
import { requireViewer } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { customerListSchema } from "@/lib/validation/customers";

export default async function ProviderCustomersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await requireViewer("customers.view");
  const filter = customerListSchema.parse(await searchParams);
  const resellers = await activeResellers(viewer);
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
      <CustomersList viewer={viewer} filter={filter} basePath="/provider/customers" filterField={{ name: "reseller", label: "Indirect reseller", options: resellers, allowNone: true }} />
    </>
  );
}
