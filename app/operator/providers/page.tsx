import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { operatorProviderList } from "@/db/queries/profile";
import { requireViewer } from "@/lib/auth";
import { countryName } from "@/lib/countries";
import { setProviderListed } from "./actions";

export const metadata: Metadata = { title: "Providers · Partner Hub" };

export default async function OperatorProvidersPage() {
  const viewer = await requireViewer("operator.providers");
  const providers = await operatorProviderList(viewer);
  return (
    <>
      <PageHeader
        title="Providers"
        description="The official list of indirect providers. Unlisted entries are kept but do not appear on the public page."
        actions={
          <Link href="/providers" className="btn-secondary">
            Find an indirect provider
          </Link>
        }
      />
      {providers.length ? (
        <DataTable testId="provider-list" columns={["Provider", "Partner ID", "Country/region", "Locations", "On the public list", { label: "Change listing", hidden: true }]}>
          {providers.map((p) => (
            <tr key={p.providerId}>
              <td>
                <div className="font-medium">{p.displayName ?? p.legalName}</div>
                <div className="text-xs text-slate-500">{p.legalName}</div>
              </td>
              <td className="tabular-nums">{p.partnerNumber}</td>
              <td>{countryName(p.country)}</td>
              <td className="tabular-nums">{p.locations}</td>
              <td>
                {p.displayName === null ? (
                  <span className="badge">No entry yet</span>
                ) : p.listed && p.status === "active" ? (
                  <span className="badge-green">Listed</span>
                ) : (
                  <span className="badge-amber">{p.listed ? "Listed, enrolment pending" : "Unlisted"}</span>
                )}
              </td>
              <td className="text-right">
                {p.displayName !== null ? (
                  <ActionForm
                    action={setProviderListed}
                    hidden={{ providerId: p.providerId, listed: String(!p.listed) }}
                    label={p.listed ? "Unlist" : "List"}
                    variant="secondary"
                    className="flex flex-col items-end gap-2"
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState>No indirect providers are enrolled yet.</EmptyState>
      )}
    </>
  );
}
