import Link from "@/components/ui/link";
import { PageLinks } from "@/components/ui/page-links";
import { listCustomers, type CustomerFilter } from "@/db/queries/customers";
import type { Viewer } from "@/lib/viewer";
import { EmptyState } from "@/components/ui/page-header";
import { SearchField } from "@/components/ui/search-field";
import { PartnerCombobox, type ComboOption } from "./partner-combobox";
import { CustomerRows } from "./customer-rows";
import { getFormat, getT } from "@/lib/i18n/server";

function query(f: CustomerFilter, extra: Record<string, string | undefined> = {}) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ q: f.q, reseller: f.reseller, provider: f.provider, ...extra })) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}

/**
 * Customers table with search and a filter (indirect reseller for providers, indirect provider for
 * resellers) kept in the URL, keyset pagination, and rows that expand to a subscriptions summary (loaded
 * when a row opens: components/subscription-summary.tsx).
 */
export async function CustomersList({
  viewer,
  filter,
  basePath,
  filterField,
}: {
  viewer: Viewer;
  filter: CustomerFilter;
  basePath: string;
  /**
   * The second filter: a select of a few `options` (a reseller's providers), or, for a provider's thousands
   * of resellers, a combobox that searches `search.source` and renders only the chosen one.
   */
  filterField:
    | {
        name: "reseller" | "provider";
        label: string;
        options: { id: string; name: string }[];
        allowNone?: boolean;
        search?: never;
      }
    | {
        name: "reseller" | "provider";
        label: string;
        search: { source: string; selected: ComboOption };
        allowNone?: boolean;
        options?: never;
      };
}) {
  const [page, t, f] = await Promise.all([listCustomers(viewer, filter), getT(), getFormat()]);
  // The column shows the party the list is filtered by: a provider's resellers, a reseller's providers.
  const byReseller = filterField.name === "reseller";
  const exportQuery = query(filter);
  return (
    <>
      <form method="get" className="card mb-4 flex flex-wrap items-end gap-3 p-4" role="search">
        <SearchField
          name="q"
          className="field min-w-64 flex-1"
          label={t("customers.list.search")}
          defaultValue={filter.q}
          placeholder={t("customers.list.searchPlaceholder")}
        />
        {filterField.search ? (
          <div className="min-w-64">
            <PartnerCombobox
              id={`filter-${filterField.name}`}
              label={filterField.label}
              name={filterField.name}
              source={filterField.search.source}
              selected={filterField.search.selected}
              fixed={[
                { id: "", name: t("customers.list.all") },
                ...(filterField.allowNone ? [{ id: "none", name: t("customers.list.none") }] : []),
              ]}
            />
          </div>
        ) : (
          <div className="field min-w-56">
            <label htmlFor={`filter-${filterField.name}`}>{filterField.label}</label>
            <select id={`filter-${filterField.name}`} name={filterField.name} defaultValue={filter[filterField.name] ?? ""}>
              <option value="">{t("customers.list.all")}</option>
              {filterField.allowNone ? <option value="none">{t("customers.list.none")}</option> : null}
              {filterField.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="btn-secondary">
          {t("customers.list.apply")}
        </button>
        {filter.q || filter.reseller || filter.provider ? (
          <Link href={basePath} className="link text-sm">
            {t("customers.list.clear")}
          </Link>
        ) : null}
        <div className="ml-auto flex gap-2">
          <a className="btn-secondary" href={`${basePath}/export/customers${exportQuery}`} download>
            {t("customers.list.exportCustomers")}
          </a>
          <a className="btn-secondary" href={`${basePath}/export/subscriptions${exportQuery}`} download>
            {t("customers.list.exportSubscriptions")}
          </a>
        </div>
      </form>
      {page.rows.length === 0 ? (
        <EmptyState>
          {filter.q || filter.reseller || filter.provider ? t("customers.list.noMatch") : t("customers.list.empty")}
        </EmptyState>
      ) : (
        <div className="card overflow-x-auto">
          <table className="table" data-testid="customers-table">
            <thead>
              <tr>
                <th className="w-10">
                  <span className="sr-only">{t("customers.list.expand")}</span>
                </th>
                <th>{t("customers.list.companyName")}</th>
                <th>{t("customers.list.primaryDomain")}</th>
                <th>{filterField.label}</th>
                <th className="text-right">{t("customers.list.subscriptions")}</th>
              </tr>
            </thead>
            <CustomerRows
              rows={page.rows.map((c) => ({
                id: c.id,
                companyName: c.companyName,
                href: `${basePath}/${c.id}`,
                domain: c.domain,
                party: byReseller ? c.resellerName : c.providerName,
                subscriptions: f.number(c.subscriptionCount),
                summary: `${basePath}/${c.id}/summary`,
              }))}
            />
          </table>
        </div>
      )}
      <PageLinks
        first={filter.after ? `${basePath}${query(filter)}` : undefined}
        next={page.next ? `${basePath}${query(filter, { after: page.next })}` : undefined}
      />
    </>
  );
}
