import { CustomerOrders } from "@/components/orders-list";
import { SubscriptionStatus } from "@/components/ui/subscription-status";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { ownCustomer } from "@/db/queries/customers";
import { unsafeSubscriptionsOf } from "@/db/queries/subscriptions";
import { requireViewer } from "@/lib/auth";
import { orNotFound } from "@/lib/not-found";

export default async function CustomerHome() {
  const viewer = await requireViewer("ownAccount.view");
  const overview = await orNotFound(ownCustomer(viewer));
  const { customer } = overview;
  const subscriptions = await unsafeSubscriptionsOf(viewer, [customer.id]);
  return (
    <>
      <PageHeader title="Subscriptions" description={`${customer.companyName} · ${customer.domain}`} />
      <dl className="card mb-6 grid gap-4 p-5 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-500">Indirect provider</dt>
          <dd className="font-medium">{overview.providerName}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Indirect reseller</dt>
          <dd className="font-medium" data-testid="customer-reseller">
            {overview.resellerName ?? "None"}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Primary contact</dt>
          <dd className="font-medium">
            {customer.contactFirstName} {customer.contactLastName} · {customer.contactEmail}
          </dd>
        </div>
      </dl>
      {subscriptions.length === 0 ? (
        <EmptyState>No subscriptions yet.</EmptyState>
      ) : (
        <div className="card overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th>Offer</th>
                <th>Licenses</th>
                <th>Status</th>
                <th>Support contact</th>
              </tr>
            </thead>
            <tbody>
              {subscriptions.map((s) => (
                <tr key={s.id}>
                  <td>{s.offerName}</td>
                  <td>{s.licenses}</td>
                  <td>
                    <SubscriptionStatus status={s.status} />
                  </td>
                  <td>{s.supportContactName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CustomerOrders viewer={viewer} customerId={customer.id} />
    </>
  );
}
