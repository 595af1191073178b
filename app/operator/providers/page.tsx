import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { operatorProviderList } from "@/db/queries/profile";
import { requireViewer } from "@/lib/auth";
import { countryName } from "@/lib/countries";
import { setProviderListed } from "./actions";
import { getFormat, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("operator.providers.title") };
}

export default async function OperatorProvidersPage() {
  const viewer = await requireViewer("operator.providers");
  const [providers, t, f] = await Promise.all([operatorProviderList(viewer), getT(), getFormat()]);
  return (
    <>
      <PageHeader
        title={t("operator.providers.title")}
        description={t("operator.providers.description")}
        actions={
          <Link href="/providers" className="btn-secondary">
            {t("auth.home.findProvider")}
          </Link>
        }
      />
      {providers.length ? (
        <DataTable
          testId="provider-list"
          columns={[
            t("operator.providers.colProvider"),
            t("operator.providers.colPartnerId"),
            t("operator.providers.colCountry"),
            t("operator.providers.colLocations"),
            t("operator.providers.colListed"),
            { label: t("operator.providers.colChange"), hidden: true },
          ]}
        >
          {providers.map((p) => (
            <tr key={p.providerId}>
              <td>
                <div className="font-medium">{p.displayName ?? p.legalName}</div>
                <div className="text-xs text-slate-600">{p.legalName}</div>
              </td>
              <td className="tabular-nums">{p.partnerNumber}</td>
              <td>{countryName(p.country, f.locale)}</td>
              <td className="tabular-nums">{p.locations}</td>
              <td>
                {p.displayName === null ? (
                  <span className="badge">{t("operator.providers.noEntry")}</span>
                ) : p.listed && p.status === "active" ? (
                  <span className="badge-green">{t("operator.providers.listed")}</span>
                ) : (
                  <span className="badge-amber">
                    {p.listed ? t("operator.providers.listedPending") : t("operator.providers.unlisted")}
                  </span>
                )}
              </td>
              <td className="text-right">
                {p.displayName !== null ? (
                  <ActionForm
                    action={setProviderListed}
                    hidden={{ providerId: p.providerId, listed: String(!p.listed) }}
                    label={p.listed ? t("operator.providers.unlist") : t("operator.providers.list")}
                    variant="secondary"
                    className="flex flex-col items-end gap-2"
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState>{t("operator.providers.empty")}</EmptyState>
      )}
    </>
  );
}
