import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { licensesByPartnerPage } from "@/db/queries/charts";
import { requireViewer } from "@/lib/auth";

export const metadata: Metadata = { title: "Licenses by indirect reseller · Partner Hub" };

/** The dashboard chart's whole table: every indirect reseller's active licenses (and Direct), biggest first, paged. */
export default async function ProviderLicensesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("dashboard.view");
  const raw = Number((await searchParams).page);
  const page = Number.isInteger(raw) && raw >= 1 && raw <= 100_000 ? raw : 1;
  const { rows, total, pages } = await licensesByPartnerPage(viewer, page);
  return (
    <>
      <PageHeader
        title="Licenses by indirect reseller"
        description="Licenses of active subscriptions per partner of record, biggest first."
        actions={
          <Link className="btn-secondary" href="/provider">
            Dashboard
          </Link>
        }
      />
      {rows.length === 0 ? (
        <EmptyState>{page > 1 ? "There is no such page." : "No active subscriptions yet."}</EmptyState>
      ) : (
        <div className="card overflow-x-auto">
          <table className="table" data-testid="licenses-table">
            <caption className="sr-only">
              Licenses by indirect reseller, page {page} of {pages}
            </caption>
            <thead>
              <tr>
                <th scope="col">Indirect reseller</th>
                <th scope="col">Partner ID</th>
                <th scope="col" className="text-right">
                  Active subscriptions
                </th>
                <th scope="col" className="text-right">
                  Licenses
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.partnerNumber ?? "direct"}>
                  <th scope="row" className="font-normal">
                    {r.label}
                  </th>
                  <td className="font-mono text-xs">{r.partnerNumber ?? ""}</td>
                  <td className="text-right tabular-nums">{r.subscriptions.toLocaleString("en-US")}</td>
                  <td className="text-right tabular-nums">{r.licenses.toLocaleString("en-US")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="mt-4 flex items-center justify-between text-sm" aria-label="Pages">
        {page > 1 ? (
          <Link className="link" href={`/provider/licenses?page=${page - 1}`}>
            ← Previous page
          </Link>
        ) : (
          <span />
        )}
        <span className="text-slate-600">
          Page {Math.min(page, pages)} of {pages} · {total.toLocaleString("en-US")} rows
        </span>
        {page < pages ? (
          <Link className="link" href={`/provider/licenses?page=${page + 1}`}>
            Next page →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </>
  );
}
