import Link from "next/link";
import { activityActions, activityPage } from "@/db/queries/activity";
import { actionLabel, changeText, describeChanges } from "@/lib/activity-format";
import type { Viewer } from "@/lib/viewer";
import { formatDateTime } from "@/lib/format";
import { activityQuery, parseActivitySearch } from "@/lib/validation/activity";
import { DataTable } from "@/components/ui/data-table";
import { SelectField } from "@/components/ui/select-field";
import { EmptyState, PageHeader } from "@/components/ui/page-header";

type SearchParams = Record<string, string | string[] | undefined>;

/** The Activity log page of a provider or a reseller: filters, one keyset page of records, Export. */
export async function ActivityLog({ viewer, searchParams, path }: { viewer: Viewer; searchParams: SearchParams; path: string }) {
  const search = parseActivitySearch(searchParams);
  const [{ rows, next }, actions] = await Promise.all([activityPage(viewer, search.filters, search.cursor), activityActions(viewer)]);
  const query = activityQuery(search.values);
  const { values } = search;
  return (
    <>
      <PageHeader
        title="Activity log"
        description={`What people did in ${viewer.orgName}'s Partner Hub, and what was done concerning it. Times are UTC.`}
        actions={
          <a className="btn-secondary" href={`/api/activity/export?${query}`} download>
            Export
          </a>
        }
      />
      <form method="get" action={path} className="card mb-4 flex flex-wrap items-end gap-4 p-4" role="search" aria-label="Filter activity">
        <div className="field">
          <label htmlFor="from">From</label>
          <input id="from" name="from" type="date" defaultValue={values.from} />
        </div>
        <div className="field">
          <label htmlFor="to">To</label>
          <input id="to" name="to" type="date" defaultValue={values.to} />
        </div>
        <SelectField
          label="Action"
          name="action"
          id="action"
          allLabel="All actions"
          options={[...new Set([...actions, ...(values.action ? [values.action] : [])])].map((a) => ({ value: a, label: actionLabel(a) }))}
          defaultValue={values.action}
        />
        <div className="field">
          <label htmlFor="customer">Customer</label>
          <input id="customer" name="customer" type="search" defaultValue={values.customer} placeholder="Company name" />
        </div>
        <button type="submit" className="btn-primary">
          Apply filters
        </button>
        <Link href={path} className="btn-secondary">
          Reset
        </Link>
      </form>
      {rows.length ? (
        <DataTable testId="activity-table" columns={["Date", "Action", "User", "Affected customer", "Status", "Details"]}>
          {rows.map((r) => {
            const changes = describeChanges(r.details);
            return (
              <tr key={r.id} data-testid="activity-row">
                <td className="whitespace-nowrap">{formatDateTime(r.createdAt)}</td>
                <td data-testid="activity-action">{actionLabel(r.action)}</td>
                <td>{r.userName ? <span title={r.userEmail ?? undefined}>{r.userName}</span> : <span className="text-slate-500">System</span>}</td>
                <td>{r.customerName ?? <span className="text-slate-400">—</span>}</td>
                <td>
                  <span className={r.status === "succeeded" ? "badge-green" : "badge-red"}>{r.status}</span>
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
        <EmptyState>No activity matches these filters.</EmptyState>
      )}
      <nav aria-label="Pages" className="mt-4 flex gap-2">
        {search.cursor ? (
          <Link className="btn-secondary" href={`${path}?${query}`}>
            Newest
          </Link>
        ) : null}
        {next ? (
          <Link className="btn-secondary" href={`${path}?${activityQuery(values, next)}`} rel="next">
            Older
          </Link>
        ) : null}
      </nav>
    </>
  );
}
