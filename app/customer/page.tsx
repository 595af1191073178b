import { CustomerOrders } from "@/components/orders-list";
import { SubscriptionStatus } from "@/components/ui/subscription-status";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { ownCustomer } from "@/db/queries/customers";
import { unsafeSubscriptionsOf } from "@/db/queries/subscriptions";
import { requireViewer } from "@/lib/auth";
import { orNotFound } from "@/lib/not-found";
import { getFormat, getT } from "@/lib/i18n/server";

export default async function CustomerHome() {
  const viewer = await requireViewer("ownAccount.view");
  const overview = await orNotFound(ownCustomer(viewer));
  const { customer } = overview;
  const [subscriptions, t, f] = await Promise.all([unsafeSubscriptionsOf(viewer, [customer.id]), getT(), getFormat()]);
  return (
    <>
      <PageHeader title={t("subscriptions.customer.title")} description={`${customer.companyName} · ${customer.domain}`} />
      <dl className="card mb-6 grid gap-4 p-5 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">{t("subscriptions.customer.provider")}</dt>
          <dd className="font-medium">{overview.providerName}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("subscriptions.customer.reseller")}</dt>
          <dd className="font-medium" data-testid="customer-reseller">
            {overview.resellerName ?? t("shell.none")}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("subscriptions.customer.primaryContact")}</dt>
          <dd className="font-medium">
            {customer.contactFirstName} {customer.contactLastName} · {customer.contactEmail}
          </dd>
        </div>
      </dl>
      {subscriptions.length === 0 ? (
        <EmptyState>{t("subscriptions.customer.empty")}</EmptyState>
      ) : (
        <div className="card overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th>{t("customers.fields.offer")}</th>
                <th>{t("customers.fields.licenses")}</th>
                <th>{t("subscriptions.detail.status")}</th>
                <th>{t("subscriptions.customer.supportContact")}</th>
              </tr>
            </thead>
            <tbody>
              {subscriptions.map((s) => (
                <tr key={s.id}>
                  <td>{s.offerName}</td>
                  <td>{f.number(s.licenses)}</td>
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
