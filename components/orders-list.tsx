import Link from "@/components/ui/link";
import { PartnerCombobox, type ComboOption } from "@/components/partner-combobox";
import { PageLinks } from "@/components/ui/page-links";
import { listOrders, type OrderFilter, type OrderRow } from "@/db/queries/orders";
import type { Viewer } from "@/lib/viewer";
import { getFormat, getT } from "@/lib/i18n/server";
import { can, homeFor } from "@/lib/permissions";
import { orderKind } from "@/db/schema";
import { placedByText } from "@/lib/order-text";
import { subscriptionHref } from "@/lib/routes";
import { EmptyState } from "@/components/ui/page-header";

function query(f: OrderFilter, extra: Record<string, string | undefined> = {}) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({
    customer: f.customer,
    reseller: f.reseller,
    kind: f.kind,
    from: f.from,
    to: f.to,
    ...extra,
  }))
    if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** Orders as a table: time, kind, customer, lines, who placed it, status. Subscriptions link where the viewer may open them. */
export async function OrdersTable({
  viewer,
  rows,
  customerLink,
}: {
  viewer: Viewer;
  rows: OrderRow[];
  customerLink?: (o: OrderRow) => string;
}) {
  const linkSubscriptions = can(viewer, "customers.view");
  const [t, f] = await Promise.all([getT(), getFormat()]);
  return (
    <div className="card overflow-x-auto">
      <table className="table" data-testid="orders-table">
        <thead>
          <tr>
            <th>{t("orders.placed")}</th>
            <th>{t("orders.kind")}</th>
            {customerLink ? <th>{t("orders.customer")}</th> : null}
            <th>{t("orders.lines")}</th>
            <th>{t("orders.placedBy")}</th>
            <th>{t("orders.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id} data-testid="order-row">
              <td className="whitespace-nowrap">{f.dateTime(o.createdAt)}</td>
              <td data-testid="order-kind">{t(`orders.kinds.${o.kind}`)}</td>
              {/* Names and offers are data in their own words (translate="no"), like the Customers list's. */}
              {customerLink ? (
                <td translate="no">
                  <Link className="link" href={customerLink(o)}>
                    {o.customerName}
                  </Link>
                </td>
              ) : null}
              <td translate="no">
                <ul>
                  {o.lines.map((l, i) => (
                    <li key={i}>
                      {l.quantity} ×{" "}
                      {linkSubscriptions && l.subscriptionId ? (
                        <Link className="link" href={subscriptionHref(viewer, l.subscriptionId)}>
                          {l.offerName}
                        </Link>
                      ) : (
                        l.offerName
                      )}
                    </li>
                  ))}
                </ul>
              </td>
              <td data-testid="order-placed-by">{placedByText(o.placedBy, t)}</td>
              <td>
                <span className={o.status === "completed" ? "text-green-700" : "text-red-700"}>
                  {o.status === "completed" ? t("orders.completed") : t("orders.failed")}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A customer's orders (its page, the customer's own home): the newest page, and a link to all of them. */
export async function CustomerOrders({ viewer, customerId, allHref }: { viewer: Viewer; customerId: string; allHref?: string }) {
  const [page, t] = await Promise.all([listOrders(viewer, { customer: customerId }), getT()]);
  return (
    <section className="mt-8" aria-labelledby="orders-heading">
      <div className="mb-3 flex items-center justify-between">
        <h2 id="orders-heading" className="text-lg font-semibold">
          {t("orders.heading")}
        </h2>
        {allHref && page.next ? (
          <Link className="link text-sm" href={allHref}>
            {t("orders.allOfCustomer")}
          </Link>
        ) : null}
      </div>
      {page.rows.length === 0 ? <EmptyState>{t("orders.none")}</EmptyState> : <OrdersTable viewer={viewer} rows={page.rows} />}
    </section>
  );
}

/** The Orders list of a workspace: filters (customer, reseller, kind, dates) in the URL, keyset pages, CSV. */
export async function OrdersList({
  viewer,
  filter,
  resellers,
}: {
  viewer: Viewer;
  filter: OrderFilter;
  /** The reseller filter (a provider's): the chosen reseller; the combobox loads the others as the user types. None: no reseller filter. */
  resellers?: { selected: ComboOption };
}) {
  const home = homeFor(viewer.role);
  const basePath = `${home}/orders`;
  const [page, t] = await Promise.all([listOrders(viewer, filter), getT()]);
  const filtered = Boolean(filter.customer || filter.reseller || filter.kind || filter.from || filter.to);
  const customerName = filter.customer ? page.rows[0]?.customerName : undefined;
  return (
    <>
      <form method="get" className="card mb-4 flex flex-wrap items-end gap-3 p-4" role="search" aria-label={t("orders.filter")}>
        {filter.customer ? <input type="hidden" name="customer" value={filter.customer} /> : null}
        {resellers ? (
          <div className="field min-w-56">
            <PartnerCombobox
              id="filter-reseller"
              label={t("customers.indirectReseller")}
              name="reseller"
              source="/provider/customers/reseller-options"
              selected={resellers.selected}
              fixed={[
                { id: "", name: t("customers.list.all") },
                { id: "none", name: t("customers.list.none") },
              ]}
            />
          </div>
        ) : null}
        <div className="field min-w-48">
          <label htmlFor="filter-kind">{t("orders.kind")}</label>
          <select id="filter-kind" name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">{t("customers.list.all")}</option>
            {orderKind.enumValues.map((kind) => (
              <option key={kind} value={kind}>
                {t(`orders.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-from">{t("activity.from")}</label>
          <input id="filter-from" name="from" type="date" defaultValue={filter.from} />
        </div>
        <div className="field">
          <label htmlFor="filter-to">{t("activity.to")}</label>
          <input id="filter-to" name="to" type="date" defaultValue={filter.to} />
        </div>
        <button type="submit" className="btn-secondary">
          {t("customers.list.apply")}
        </button>
        {filtered ? (
          <Link href={basePath} className="link text-sm">
            {t("customers.list.clear")}
          </Link>
        ) : null}
        <div className="ml-auto">
          <a className="btn-secondary" href={`${basePath}/export${query(filter)}`} download>
            {t("orders.export")}
          </a>
        </div>
      </form>
      {filter.customer ? (
        <p className="mb-3 text-sm" data-testid="customer-filter">
          {t.rich("orders.ofCustomer", {
            customer: customerName ?? t("orders.thisCustomer"),
            name: (chunks) => <span translate={customerName ? "no" : undefined}>{chunks}</span>,
            link: (chunks) => (
              <Link className="link" href={`${basePath}${query({ ...filter, customer: undefined })}`}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      {page.rows.length === 0 ? (
        <EmptyState>{filtered ? t("orders.noMatch") : t("orders.none")}</EmptyState>
      ) : (
        <OrdersTable
          viewer={viewer}
          rows={page.rows}
          customerLink={(o) => `${basePath}${query({ ...filter, customer: o.customerId })}`}
        />
      )}
      <PageLinks
        first={filter.after ? `${basePath}${query(filter)}` : undefined}
        next={page.next ? `${basePath}${query(filter, { after: page.next })}` : undefined}
      />
    </>
  );
}
