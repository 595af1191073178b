import Link from "@/components/ui/link";
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
import { subscriptionHref } from "@/lib/routes";
import { resellerField } from "@/components/reseller-field";
import { getFormat, getT, partnerName } from "@/lib/i18n/server";

/** A customer's page: account details, its indirect reseller, and its Subscriptions. */
export async function CustomerDetail({ viewer, customerId, basePath }: { viewer: Viewer; customerId: string; basePath: string }) {
  const { customer: c, resellerName, providerName } = await orNotFound(customerForViewer(viewer, customerId));
  const [subs, t, f] = await Promise.all([unsafeSubscriptionsOf(viewer, [c.id]), getT(), getFormat()]);
  const canAssociate = can(viewer, "customers.associateReseller");
  const NONE = { id: "", name: t("shell.none") };
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href={basePath} className="link">
          {t("customers.detail.back")}
        </Link>
      </nav>
      <PageHeader
        title={c.companyName}
        description={c.domain}
        actions={
          can(viewer, "subscriptions.create") ? (
            <Link className="btn-primary" href={`${basePath}/${c.id}/subscriptions/new`}>
              {t("customers.list.addSubscription")}
            </Link>
          ) : null
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <section className="card p-5 lg:col-span-2">
          <h2 className="mb-3 font-semibold">{t("customers.detail.account")}</h2>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-600">{t("customers.detail.customerId")}</dt>
              <dd className="font-mono text-xs">{c.id}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("customers.fields.indirectProvider")}</dt>
              <dd>{providerName}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("customers.detail.address")}</dt>
              <dd>
                {[c.addressLine1, c.addressLine2, c.city, c.state, c.postalCode].filter(Boolean).join(", ")}
                <br />
                {countryName(c.country, f.locale)}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("customers.detail.primaryContact")}</dt>
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
              <dt className="text-slate-600">{t("customers.detail.added")}</dt>
              <dd>{f.date(c.createdAt)}</dd>
            </div>
          </dl>
        </section>
        <section className="card p-5">
          <h2 className="mb-1 font-semibold">{t("customers.fields.indirectReseller")}</h2>
          <p className="mb-3 text-sm" data-testid="customer-reseller">
            {resellerName ?? t("shell.none")}
          </p>
          {canAssociate ? (
            <>
              <p className="hint mb-3">{t("customers.detail.resellerHint")}</p>
              <ActionForm
                action={associateCustomerReseller}
                hidden={{ customerId: c.id }}
                fields={[
                  resellerField(
                    "resellerId",
                    t("customers.fields.indirectReseller"),
                    c.resellerId ? { id: c.resellerId, name: resellerName ?? "" } : null,
                    NONE,
                  ),
                ]}
                label={t("customers.detail.submit")}
                variant="secondary"
                testId="associate-reseller"
              />
            </>
          ) : null}
        </section>
      </div>
      <h2 className="mt-8 mb-3 text-lg font-semibold">{t("customers.detail.subscriptions")}</h2>
      {subs.length === 0 ? (
        <EmptyState>{t("customers.detail.noSubscriptions")}</EmptyState>
      ) : (
        <div className="card overflow-x-auto">
          <table className="table" data-testid="subscriptions-table">
            <thead>
              <tr>
                <th>{t("customers.detail.offer")}</th>
                <th className="text-right">{t("customers.detail.licenses")}</th>
                <th>{t("customers.detail.status")}</th>
                <th>{t("customers.fields.indirectReseller")}</th>
                <th>{t("customers.detail.supportContact")}</th>
              </tr>
            </thead>
            <tbody>
              {subs.map((s) => (
                <tr key={s.id}>
                  <SubscriptionCells
                    href={subscriptionHref(viewer, s.id)}
                    offerName={s.offerName}
                    licenses={s.licenses}
                    status={s.status}
                  />
                  <td>{partnerName(s.resellerName, t) ?? t("shell.none")}</td>
                  <td>{partnerName(s.supportContactName, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {can(viewer, "orders.view") ? (
        <CustomerOrders viewer={viewer} customerId={c.id} allHref={`${homeFor(viewer.role)}/orders?customer=${c.id}`} />
      ) : null}
    </>
  );
}
