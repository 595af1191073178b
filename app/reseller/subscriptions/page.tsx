import Link from "next/link";
import { SubscriptionCells } from "@/components/ui/subscription-status";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { ResellerTabs } from "@/components/reseller-tabs";
import { assignedSubscriptions } from "@/db/queries/subscriptions";
import { requireViewer } from "@/lib/auth";
import { customerListSchema } from "@/lib/validation/customers";

/** The reseller's Subscriptions tab: the subscriptions where the reseller is partner of record or support contact, its customers' or not. */
export default async function AssignedSubscriptionsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await requireViewer("subscriptions.viewAssigned");
  const { after } = customerListSchema.parse(await searchParams);
  const page = await assignedSubscriptions(viewer, { after });
  return (
    <>
      <PageHeader
        title="Customers"
        description="Subscriptions where you are partner of record (incentive credit) or assigned support contact. Those of customers not associated with you are read-only."
      />
      <ResellerTabs current="/reseller/subscriptions" />
      <h2 className="mb-3 text-lg font-semibold">Subscriptions where you are partner of record or support contact</h2>
      {page.rows.length === 0 ? (
        <EmptyState>You are not partner of record or support contact of any subscription.</EmptyState>
      ) : (
        <DataTable
          testId="assigned-subscriptions"
          columns={[{ label: "Customer" }, { label: "Offer" }, { label: "Licenses", align: "right" }, { label: "Status" }, { label: "Indirect provider" }, { label: "Your role" }, { label: "Access" }]}
        >
          {page.rows.map(({ subscription: s, offer, customer, providerName, adminRights }) => (
            <tr key={s.id} data-testid="assigned-subscription">
              <td>
                {adminRights ? (
                  <Link className="link" href={`/reseller/customers/${customer.id}`}>
                    {customer.companyName}
                  </Link>
                ) : (
                  customer.companyName
                )}
              </td>
              <SubscriptionCells href={`/reseller/subscriptions/${s.id}`} offerName={offer.name} licenses={s.licenses} status={s.status} />
              <td>{providerName}</td>
              <td>{[s.resellerId === viewer.partnerId ? "Partner of record" : null, s.supportContactId === viewer.partnerId ? "Support contact" : null].filter(Boolean).join(", ")}</td>
              <td>{adminRights ? <span className="badge-green">Admin rights</span> : <span className="badge">Read-only</span>}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav className="mt-4 flex justify-between text-sm" aria-label="Pages">
        {after ? (
          <Link className="link" href="/reseller/subscriptions">
            ← First page
          </Link>
        ) : (
          <span />
        )}
        {page.next ? (
          <Link className="link" href={`/reseller/subscriptions?after=${page.next}`}>
            Next page →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
