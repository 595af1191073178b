import Link from "next/link";
import { SubscriptionCells } from "@/components/ui/subscription-status";
import { ActionForm } from "@/components/ui/action-form";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { CustomerOrders } from "@/components/orders-list";
import { customerForViewer } from "@/db/queries/customers";
import { unsafeSubscriptionsOf } from "@/db/queries/subscriptions";
import { associateCustomerReseller } from "@/lib/actions/subscriptions";
import type { Viewer } from "@/lib/viewer";
import { orNotFound } from "@/lib/not-found";
import { can, homeFor } from "@/lib/permissions";
import { countryName } from "@/lib/countries";
import { RESELLER_OPTIONS, subscriptionHref } from "@/lib/routes";

const NONE = { id: "", name: "None" };

/** A customer's page: account details, its indirect reseller, and its Subscriptions. */
export async function CustomerDetail({ viewer, customerId, basePath }: { viewer: Viewer; customerId: string; basePath: string }) {
  const { customer: c, resellerName, providerName } = await orNotFound(customerForViewer(viewer, customerId));
  const subs = await unsafeSubscriptionsOf(viewer, [c.id]);
  const canAssociate = can(viewer, "customers.associateReseller");
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href={basePath} className="link">
          ← Customers
        </Link>
      </nav>
      <PageHeader
        title={c.companyName}
        description={c.domain}
        actions={
          can(viewer, "subscriptions.create") ? (
            <Link className="btn-primary" href={`${basePath}/${c.id}/subscriptions/new`}>
              Add subscription
            </Link>
          ) : null
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <section className="card p-5 lg:col-span-2">
          <h2 className="mb-3 font-semibold">Account</h2>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-500">Customer ID</dt>
              <dd className="font-mono text-xs">{c.id}</dd>
            </div>
            <div>
              <dt className="text-slate-500">Indirect provider</dt>
              <dd>{providerName}</dd>
            </div>
            <div>
              <dt className="text-slate-500">Address</dt>
              <dd>
                {[c.addressLine1, c.addressLine2, c.city, c.state, c.postalCode].filter(Boolean).join(", ")}
                <br />
                {countryName(c.country)}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">Primary contact</dt>
              <dd>
                {c.contactFirstName} {c.contactLastName}
                <br />
                {c.contactEmail}
                {c.contactPhone ? (
                  <>
                    <br />
                    {c.contactPhone}
                  </>
                ) : null}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">Added</dt>
              <dd>{c.createdAt.toISOString().slice(0, 10)}</dd>
            </div>
          </dl>
        </section>
        <section className="card p-5">
          <h2 className="mb-1 font-semibold">Indirect reseller</h2>
          <p className="mb-3 text-sm" data-testid="customer-reseller">
            {resellerName ?? "None"}
          </p>
          {canAssociate ? (
            <>
              <p className="hint mb-3">An associated reseller manages this customer&apos;s account with admin rights over its subscriptions.</p>
              <ActionForm
                action={associateCustomerReseller}
                hidden={{ customerId: c.id }}
                fields={[
                  {
                    kind: "partner",
                    name: "resellerId",
                    label: "Indirect reseller",
                    source: RESELLER_OPTIONS,
                    selected: c.resellerId ? { id: c.resellerId, name: resellerName ?? "" } : NONE,
                    fixed: [NONE],
                  },
                ]}
                label="Submit"
                variant="secondary"
                testId="associate-reseller"
              />
            </>
          ) : null}
        </section>
      </div>
      <h2 className="mt-8 mb-3 text-lg font-semibold">Subscriptions</h2>
      {subs.length === 0 ? (
        <EmptyState>No subscriptions yet.</EmptyState>
      ) : (
        <div className="card overflow-x-auto">
          <table className="table" data-testid="subscriptions-table">
            <thead>
              <tr>
                <th>Offer</th>
                <th className="text-right">Licenses</th>
                <th>Status</th>
                <th>Indirect reseller</th>
                <th>Assigned support contact</th>
              </tr>
            </thead>
            <tbody>
              {subs.map((s) => (
                <tr key={s.id}>
                  <SubscriptionCells href={subscriptionHref(viewer, s.id)} offerName={s.offerName} licenses={s.licenses} status={s.status} />
                  <td>{s.resellerName ?? "None"}</td>
                  <td>{s.supportContactName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {can(viewer, "orders.view") ? <CustomerOrders viewer={viewer} customerId={c.id} allHref={`${homeFor(viewer.role)}/orders?customer=${c.id}`} /> : null}
    </>
  );
}
