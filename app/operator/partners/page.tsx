import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { SelectField } from "@/components/ui/select-field";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { allPartners, type PartnerFilter } from "@/db/queries/operator";
import { requireViewer } from "@/lib/auth";
import { countryName } from "@/lib/countries";
import { activatePartner } from "./actions";
import { getFormat, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("operator.partners.title") };
}

const kinds = ["indirect_provider", "indirect_reseller"] as const;
const statuses = ["active", "pending"] as const;
const LIMIT = 200;

type Search = { kind?: string; status?: string; q?: string };

function filterOf(s: Search): PartnerFilter {
  return {
    kind: s.kind === "indirect_provider" || s.kind === "indirect_reseller" ? s.kind : undefined,
    status: s.status === "active" || s.status === "pending" ? s.status : undefined,
    q: typeof s.q === "string" && s.q.trim() ? s.q.trim().slice(0, 100) : undefined,
  };
}

export default async function OperatorPartnersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireViewer("operator.partners");
  const filter = filterOf(await searchParams);
  const [partners, t, f] = await Promise.all([allPartners(viewer, filter, LIMIT), getT(), getFormat()]);
  return (
    <>
      <PageHeader title={t("operator.partners.title")} description={t("operator.partners.description")} />
      <form method="get" className="card mb-4 flex flex-wrap items-end gap-4 p-4" role="search">
        <div className="field">
          <label htmlFor="q">{t("operator.partners.search")}</label>
          <input id="q" name="q" type="search" defaultValue={filter.q} placeholder={t("operator.partners.searchPlaceholder")} />
        </div>
        <SelectField
          label={t("operator.partners.kind")}
          name="kind"
          id="kind"
          allLabel={t("operator.partners.allKinds")}
          options={kinds.map((k) => ({ value: k, label: t(`operator.partners.kinds.${k}`) }))}
          defaultValue={filter.kind}
        />
        <SelectField
          label={t("operator.partners.status")}
          name="status"
          id="status"
          allLabel={t("operator.partners.allStatuses")}
          options={statuses.map((s) => ({ value: s, label: t(`operator.partners.statuses.${s}`) }))}
          defaultValue={filter.status}
        />
        <button type="submit" className="btn-secondary">
          {t("operator.partners.filter")}
        </button>
      </form>
      {partners.length ? (
        <DataTable
          testId="partner-list"
          columns={[
            t("operator.partners.colPartner"),
            t("operator.partners.colKind"),
            t("operator.partners.colPartnerId"),
            t("operator.partners.colCountry"),
            t("operator.partners.colStatus"),
            t("operator.partners.colEnrolled"),
            { label: t("operator.partners.colActions"), hidden: true },
          ]}
          footer={
            partners.length === LIMIT ? (
              <p className="p-4 text-sm text-slate-600">{t("operator.partners.limit", { limit: LIMIT })}</p>
            ) : null
          }
        >
          {partners.map((p) => (
            <tr key={p.id}>
              <td className="font-medium">{p.legalName}</td>
              <td>{t(`operator.partners.kinds.${p.kind}`)}</td>
              <td className="tabular-nums">{p.partnerNumber}</td>
              <td>{countryName(p.country, f.locale)}</td>
              <td>
                <span className={p.status === "active" ? "badge-green" : "badge-amber"}>
                  {t(`operator.partners.statuses.${p.status}`)}
                </span>
              </td>
              <td className="whitespace-nowrap">{f.date(p.createdAt)}</td>
              <td className="text-right">
                {p.kind === "indirect_reseller" && p.status === "pending" ? (
                  <ActionForm
                    action={activatePartner}
                    hidden={{ partnerId: p.id }}
                    label={t("operator.partners.activate")}
                    pendingLabel={t("operator.partners.activating")}
                    className="flex flex-col items-end gap-2"
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState>{t("operator.partners.empty")}</EmptyState>
      )}
    </>
  );
}
