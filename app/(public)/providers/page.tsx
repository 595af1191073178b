import type { Metadata } from "next";
import Link from "next/link";
import { SelectField } from "@/components/ui/select-field";
import { ProviderCard } from "@/components/provider-card";
import { publicProviderList } from "@/lib/provider-list";
import { countryName } from "@/lib/countries";

export const metadata: Metadata = {
  title: "Find an indirect provider · Partner Hub",
  description: "The official list of indirect providers of the Cloud Solution Provider program, by country/region.",
};

/** The public, official list of indirect providers: no sign-in; the data is cached until the operator changes it. */
export default async function ProvidersPage({ searchParams }: { searchParams: Promise<{ country?: string | string[] }> }) {
  const { country: raw } = await searchParams;
  const all = await publicProviderList();
  const countries = [...new Set(all.flatMap((e) => e.locations.map((l) => l.country)))].sort((a, b) => countryName(a).localeCompare(countryName(b), "en"));
  const wanted = typeof raw === "string" ? raw.toUpperCase() : "";
  const country = countries.includes(wanted) ? wanted : undefined;
  const shown = country
    ? all.filter((e) => e.locations.some((l) => l.country === country)).map((e) => ({ ...e, locations: e.locations.filter((l) => l.country === country) }))
    : all;
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-6 py-3">
          <Link href="/" className="font-semibold text-blue-800">
            Partner Hub
          </Link>
          <Link href="/sign-in" className="link text-sm">
            Sign in
          </Link>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-6 py-8">
        <h1 className="text-2xl font-semibold text-slate-900">Find an indirect provider</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Indirect providers of the Cloud Solution Provider program sell through indirect resellers. Choose your country/region to see the providers
          that serve it, and follow the link to reach them.
        </p>
        <form method="get" className="card mt-6 flex flex-wrap items-end gap-4 p-4" role="search">
          <SelectField
            label="Country/region"
            name="country"
            id="country"
            allLabel="All countries/regions"
            options={countries.map((c) => ({ value: c, label: countryName(c) }))}
            defaultValue={country}
          />
          <button type="submit" className="btn-primary">
            Show providers
          </button>
          {country ? (
            <Link href="/providers" className="btn-secondary">
              Show all
            </Link>
          ) : null}
        </form>
        <p className="mt-6 text-sm text-slate-600" aria-live="polite" data-testid="provider-count">
          {shown.length === 1 ? "1 indirect provider" : `${shown.length} indirect providers`}
          {country ? ` in ${countryName(country)}` : ""}
          {wanted && !country ? ` (no provider lists ${wanted}; showing all)` : ""}
        </p>
        {shown.length ? (
          <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {shown.map((entry) => (
              <ProviderCard key={entry.providerId} entry={entry} />
            ))}
          </div>
        ) : (
          <div className="card mt-3 p-8 text-center text-sm text-slate-600">No indirect providers are listed yet.</div>
        )}
      </main>
    </div>
  );
}
