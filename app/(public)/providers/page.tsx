import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { SelectField } from "@/components/ui/select-field";
import { ProviderCard } from "@/components/provider-card";
import { publicProviderList } from "@/lib/provider-list";
import { countryName } from "@/lib/countries";
import { getT, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("relationships.providers.title"), description: t("relationships.providers.description") };
}

/** The public, official list of indirect providers: no sign-in; the data is cached until the operator changes it. */
export default async function ProvidersPage({ searchParams }: { searchParams: Promise<{ country?: string | string[] }> }) {
  const { country: raw } = await searchParams;
  const [all, t, locale] = await Promise.all([publicProviderList(), getT(), requestLocale()]);
  const countries = [...new Set(all.flatMap((e) => e.locations.map((l) => l.country)))].sort((a, b) =>
    countryName(a, locale).localeCompare(countryName(b, locale), locale),
  );
  const wanted = typeof raw === "string" ? raw.toUpperCase() : "";
  const country = countries.includes(wanted) ? wanted : undefined;
  const shown = country
    ? all
        .filter((e) => e.locations.some((l) => l.country === country))
        .map((e) => ({ ...e, locations: e.locations.filter((l) => l.country === country) }))
    : all;
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-6 py-3">
          <Link href="/" className="font-semibold text-blue-800">
            {t("shell.appName")}
          </Link>
          <Link href="/sign-in" className="link text-sm">
            {t("relationships.providers.signIn")}
          </Link>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-6 py-8">
        <h1 className="text-2xl font-semibold text-slate-900">{t("relationships.providers.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("relationships.providers.intro")}</p>
        <form method="get" className="card mt-6 flex flex-wrap items-end gap-4 p-4" role="search">
          <SelectField
            label={t("relationships.providers.country")}
            name="country"
            id="country"
            allLabel={t("relationships.providers.allCountries")}
            options={countries.map((c) => ({ value: c, label: countryName(c, locale) }))}
            defaultValue={country}
          />
          <button type="submit" className="btn-primary">
            {t("relationships.providers.show")}
          </button>
          {country ? (
            <Link href="/providers" className="btn-secondary">
              {t("relationships.providers.showAll")}
            </Link>
          ) : null}
        </form>
        <p className="mt-6 text-sm text-slate-600" aria-live="polite" data-testid="provider-count">
          {country
            ? t("relationships.providers.countIn", { count: shown.length, country: countryName(country, locale) })
            : t("relationships.providers.count", { count: shown.length })}
          {wanted && !country ? ` ${t("relationships.providers.unknownCountry", { code: wanted })}` : ""}
        </p>
        {shown.length ? (
          <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {shown.map((entry) => (
              <ProviderCard key={entry.providerId} entry={entry} />
            ))}
          </div>
        ) : (
          <div className="card mt-3 p-8 text-center text-sm text-slate-600">{t("relationships.providers.none")}</div>
        )}
      </main>
    </div>
  );
}
