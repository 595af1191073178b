import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { licensesByPartnerPage } from "@/db/queries/charts";
import { requireViewer } from "@/lib/auth";
import { getFormat, getT } from "@/lib/i18n/server";
import { DIRECT_LABEL } from "@/db/queries/charts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("activity.licenses.title") };
}

/** The dashboard chart's whole table: every indirect reseller's active licenses (and Direct), biggest first, paged. */
export default async function ProviderLicensesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer("dashboard.view");
  const raw = Number((await searchParams).page);
  const page = Number.isInteger(raw) && raw >= 1 && raw <= 100_000 ? raw : 1;
  const [{ rows, total, pages }, t, f] = await Promise.all([licensesByPartnerPage(viewer, page), getT(), getFormat()]);
  return (
    <>
      <PageHeader
        title={t("activity.licenses.title")}
        description={t("activity.licenses.description")}
        actions={
          <Link className="btn-secondary" href="/provider">
            {t("shell.nav.dashboard")}
          </Link>
        }
      />
      {rows.length === 0 ? (
        <EmptyState>{page > 1 ? t("activity.licenses.noSuchPage") : t("activity.dashboard.noActive")}</EmptyState>
      ) : (
        <div className="card overflow-x-auto">
          <table className="table" data-testid="licenses-table">
            <caption className="sr-only">{t("activity.licenses.caption", { page, pages })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("activity.dashboard.indirectReseller")}</th>
                <th scope="col">{t("activity.licenses.partnerId")}</th>
                <th scope="col" className="text-right">
                  {t("activity.licenses.activeSubscriptions")}
                </th>
                <th scope="col" className="text-right">
                  {t("activity.dashboard.licenses")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.partnerNumber ?? "direct"}>
                  <th scope="row" className="font-normal">
                    {r.label === DIRECT_LABEL ? t("activity.dashboard.direct") : r.label}
                  </th>
                  <td className="font-mono text-xs">{r.partnerNumber ?? ""}</td>
                  <td className="text-right tabular-nums">{f.number(r.subscriptions)}</td>
                  <td className="text-right tabular-nums">{f.number(r.licenses)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="mt-4 flex items-center justify-between text-sm" aria-label={t("activity.pages")}>
        {page > 1 ? (
          <Link className="link" href={`/provider/licenses?page=${page - 1}`}>
            {t("activity.licenses.previous")}
          </Link>
        ) : (
          <span />
        )}
        <span className="text-slate-600">
          {t("activity.licenses.pageOf", { page: Math.min(page, pages), pages, rows: total })}
        </span>
        {page < pages ? (
          <Link className="link" href={`/provider/licenses?page=${page + 1}`}>
            {t("activity.licenses.next")}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </>
  );
}
