import Link from "@/components/ui/link";
import { SubscriptionCells } from "@/components/ui/subscription-status";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { ResellerTabs } from "@/components/reseller-tabs";
import { assignedSubscriptions } from "@/db/queries/subscriptions";
import { requireViewer } from "@/lib/auth";
import { customerListSchema } from "@/lib/validation/customers";
import { getT } from "@/lib/i18n/server";

/** The reseller's Subscriptions tab: the subscriptions where the reseller is partner of record or support contact, its customers' or not. */
export default async function AssignedSubscriptionsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await requireViewer("subscriptions.viewAssigned");
  const { after } = customerListSchema.parse(await searchParams);
  const [page, t] = await Promise.all([assignedSubscriptions(viewer, { after }), getT()]);
  return (
    <>
      <PageHeader title={t("customers.title")} description={t("subscriptions.assigned.intro")} />
      <ResellerTabs current="/reseller/subscriptions" />
      <h2 className="mb-3 text-lg font-semibold">{t("subscriptions.assigned.heading")}</h2>
      {page.rows.length === 0 ? (
        <EmptyState>{t("subscriptions.assigned.empty")}</EmptyState>
      ) : (
        <DataTable
          testId="assigned-subscriptions"
          columns={[
            { label: t("subscriptions.assigned.customer") },
            { label: t("customers.fields.offer") },
            { label: t("customers.fields.licenses"), align: "right" },
            { label: t("subscriptions.detail.status") },
            { label: t("customers.fields.indirectProvider") },
            { label: t("subscriptions.assigned.yourRole") },
            { label: t("subscriptions.assigned.access") },
          ]}
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
              <SubscriptionCells
                href={`/reseller/subscriptions/${s.id}`}
                offerName={offer.name}
                licenses={s.licenses}
                status={s.status}
              />
              <td>{providerName}</td>
              <td>
                {[
                  s.resellerId === viewer.partnerId ? t("subscriptions.assigned.partnerOfRecord") : null,
                  s.supportContactId === viewer.partnerId ? t("subscriptions.assigned.supportContact") : null,
                ]
                  .filter(Boolean)
                  .join(", ")}
              </td>
              <td>
                {adminRights ? (
                  <span className="badge-green">{t("subscriptions.assigned.adminRights")}</span>
                ) : (
                  <span className="badge">{t("subscriptions.assigned.readOnly")}</span>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav className="mt-4 flex justify-between text-sm" aria-label={t("customers.list.pages")}>
        {after ? (
          <Link className="link" href="/reseller/subscriptions">
            {t("customers.list.firstPage")}
          </Link>
        ) : (
          <span />
        )}
        {page.next ? (
          <Link className="link" href={`/reseller/subscriptions?after=${page.next}`}>
            {t("customers.list.nextPage")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
