import Link from "@/components/ui/link";
import { activityActions, activityPage } from "@/db/queries/activity";
import { actionLabel, changeText, describeChanges } from "@/lib/activity-format";
import type { Viewer } from "@/lib/viewer";
import { activityQuery, parseActivitySearch } from "@/lib/validation/activity";
import { DataTable } from "@/components/ui/data-table";
import { SearchField } from "@/components/ui/search-field";
import { SelectField } from "@/components/ui/select-field";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { getFormat, getT } from "@/lib/i18n/server";

type SearchParams = Record<string, string | string[] | undefined>;

/** The Activity log page of a provider or a reseller: filters, one keyset page of records, Export. */
export async function ActivityLog({ viewer, searchParams, path }: { viewer: Viewer; searchParams: SearchParams; path: string }) {
  const search = parseActivitySearch(searchParams);
  const [{ rows, next }, actions] = await Promise.all([
    activityPage(viewer, search.filters, search.cursor),
    activityActions(viewer),
  ]);
  const [t, f] = await Promise.all([getT(), getFormat()]);
  const query = activityQuery(search.values);
  const { values } = search;
  return (
    <>
      <PageHeader
        title={t("activity.title")}
        description={t("activity.description", { org: viewer.orgName })}
        actions={
          <a className="btn-secondary" href={`/api/activity/export?${query}`} download>
            {t("activity.export")}
          </a>
        }
      />
      <form
        method="get"
        action={path}
        className="card mb-4 flex flex-wrap items-end gap-4 p-4"
        role="search"
        aria-label={t("activity.filter")}
      >
        <div className="field">
          <label htmlFor="from">{t("activity.from")}</label>
          <input id="from" name="from" type="date" defaultValue={values.from} />
        </div>
        <div className="field">
          <label htmlFor="to">{t("activity.to")}</label>
          <input id="to" name="to" type="date" defaultValue={values.to} />
        </div>
        <SelectField
          label={t("activity.action")}
          name="action"
          id="action"
          allLabel={t("activity.allActions")}
          options={[...new Set([...actions, ...(values.action ? [values.action] : [])])].map((a) => ({
            value: a,
            label: actionLabel(a, t),
          }))}
          defaultValue={values.action}
        />
        <SearchField
          name="customer"
          label={t("activity.customer")}
          defaultValue={values.customer}
          placeholder={t("activity.customerPlaceholder")}
        />
        <button type="submit" className="btn-primary">
          {t("activity.apply")}
        </button>
        <Link href={path} className="btn-secondary">
          {t("activity.reset")}
        </Link>
      </form>
      {values.from && values.to ? (
        <p className="mb-3 text-sm text-slate-600" data-testid="activity-range">
          {t("activity.range", { from: f.date(values.from), to: f.date(values.to) })}
        </p>
      ) : null}
      {rows.length ? (
        <DataTable
          testId="activity-table"
          columns={[
            t("activity.colDate"),
            t("activity.colAction"),
            t("activity.colUser"),
            t("activity.colCustomer"),
            t("activity.colStatus"),
            t("activity.colDetails"),
          ]}
        >
          {rows.map((r) => {
            const changes = describeChanges(r.details);
            return (
              <tr key={r.id} data-testid="activity-row">
                <td className="whitespace-nowrap">{f.dateTime(r.createdAt)}</td>
                <td data-testid="activity-action">{actionLabel(r.action, t)}</td>
                <td>
                  {r.userName ? (
                    <span title={r.userEmail ?? undefined}>{r.userName}</span>
                  ) : (
                    <span className="text-slate-600">{t("activity.system")}</span>
                  )}
                </td>
                <td>{r.customerName ?? <span className="text-slate-600">—</span>}</td>
                <td>
                  <span className={r.status === "succeeded" ? "badge-green" : "badge-red"}>
                    {r.status === "succeeded"
                      ? t("activity.status.succeeded")
                      : r.status === "failed"
                        ? t("activity.status.failed")
                        : r.status}
                  </span>
                </td>
                <td className="max-w-md">
                  {r.details.summary ? <div>{r.details.summary}</div> : null}
                  {changes.length ? (
                    <ul className="mt-1 space-y-0.5 text-xs text-slate-600">
                      {changes.map((c) => (
                        <li key={c.field}>{changeText(c)}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </DataTable>
      ) : (
        <EmptyState>{t("activity.empty")}</EmptyState>
      )}
      <nav aria-label={t("activity.pages")} className="mt-4 flex gap-2">
        {search.cursor ? (
          <Link className="btn-secondary" href={`${path}?${query}`}>
            {t("activity.newest")}
          </Link>
        ) : null}
        {next ? (
          <Link className="btn-secondary" href={`${path}?${activityQuery(values, next)}`} rel="next">
            {t("activity.older")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
