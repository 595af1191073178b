import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { SelectField } from "@/components/ui/select-field";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { allPartners, type PartnerFilter } from "@/db/queries/operator";
import { requireViewer } from "@/lib/auth";
import { countryName } from "@/lib/countries";
import { formatDate } from "@/lib/format";
import { activatePartner } from "./actions";

export const metadata: Metadata = { title: "Partners · Partner Hub" };

const kinds = { indirect_provider: "Indirect provider", indirect_reseller: "Indirect reseller" } as const;
const statuses = { active: "Active", pending: "Pending" } as const;
const LIMIT = 200;
const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

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
  const partners = await allPartners(viewer, filter, LIMIT);
  return (
    <>
      <PageHeader title="Partners" description="Every partner enrolled in the program. Pending indirect reseller enrolments wait for you to activate them." />
      <form method="get" className="card mb-4 flex flex-wrap items-end gap-4 p-4" role="search">
        <div className="field">
          <label htmlFor="q">Search</label>
          <input id="q" name="q" type="search" defaultValue={filter.q} placeholder="Name or partner ID" />
        </div>
        <SelectField label="Kind" name="kind" id="kind" allLabel="All kinds" options={optionsOf(kinds)} defaultValue={filter.kind} />
        <SelectField label="Status" name="status" id="status" allLabel="All statuses" options={optionsOf(statuses)} defaultValue={filter.status} />
        <button type="submit" className="btn-secondary">
          Filter
        </button>
      </form>
      {partners.length ? (
        <DataTable
          testId="partner-list"
          columns={["Partner", "Kind", "Partner ID", "Country/region", "Status", "Enrolled", { label: "Actions", hidden: true }]}
          footer={partners.length === LIMIT ? <p className="p-4 text-sm text-slate-600">Showing the first {LIMIT} partners; search to narrow the list.</p> : null}
        >
          {partners.map((p) => (
            <tr key={p.id}>
              <td className="font-medium">{p.legalName}</td>
              <td>{kinds[p.kind]}</td>
              <td className="tabular-nums">{p.partnerNumber}</td>
              <td>{countryName(p.country)}</td>
              <td>
                <span className={p.status === "active" ? "badge-green" : "badge-amber"}>{statuses[p.status]}</span>
              </td>
              <td className="whitespace-nowrap">{formatDate(p.createdAt)}</td>
              <td className="text-right">
                {p.kind === "indirect_reseller" && p.status === "pending" ? (
                  <ActionForm action={activatePartner} hidden={{ partnerId: p.id }} label="Activate" pendingLabel="Activating…" className="flex flex-col items-end gap-2" />
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState>No partners match.</EmptyState>
      )}
    </>
  );
}
