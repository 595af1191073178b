import type { LocationUrl } from "@/db/schema";
import { countryName } from "@/lib/countries";
import type { Locale } from "@/lib/i18n/config";
import { getT, requestLocale } from "@/lib/i18n/server";
import { type RequestedChange } from "@/lib/support-requests";
import { ProviderLogo, type ProviderCardEntry } from "./provider-card";

function Locations({ locations, locale, none }: { locations: LocationUrl[]; locale: Locale; none: string }) {
  if (!locations.length) return <span className="text-slate-600">{none}</span>;
  return (
    <ul className="space-y-1">
      {locations.map((l) => (
        <li key={l.country}>
          <span className="font-medium">{countryName(l.country, locale)}</span>{" "}
          <span className="break-all text-slate-600">{l.targetUrl}</span>
        </li>
      ))}
    </ul>
  );
}

/** The entry as it stands next to what a support request asks for (null = leave as it is). */
export async function ProfileComparison({ current, requested }: { current: ProviderCardEntry; requested: RequestedChange }) {
  const [t, locale] = await Promise.all([getT(), requestLocale()]);
  const unchanged = <span className="text-slate-600">{t("profile.compare.unchanged")}</span>;
  const none = t("profile.compare.none");
  const logo = (name: string) => t("relationships.providers.logo", { name });
  return (
    <table className="table" data-testid="profile-comparison">
      <thead>
        <tr>
          <th scope="col" className="w-40">
            {t("profile.compare.field")}
          </th>
          <th scope="col">{t("profile.compare.current")}</th>
          <th scope="col">{t("profile.compare.requested")}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t("profile.compare.companyName")}</th>
          <td>{current.displayName}</td>
          <td data-testid="requested-company-name">{requested.companyName ?? unchanged}</td>
        </tr>
        <tr>
          <th scope="row">{t("profile.compare.logo")}</th>
          <td>
            {current.logoImageId ? (
              <ProviderLogo name={current.displayName} imageId={current.logoImageId} alt={logo(current.displayName)} />
            ) : (
              <span className="text-slate-600">{none}</span>
            )}
          </td>
          <td>
            {requested.logoImageId ? (
              <ProviderLogo
                name={requested.companyName ?? current.displayName}
                imageId={requested.logoImageId}
                alt={logo(requested.companyName ?? current.displayName)}
              />
            ) : (
              unchanged
            )}
          </td>
        </tr>
        <tr>
          <th scope="row">{t("profile.compare.locations")}</th>
          <td>
            <Locations locations={current.locations} locale={locale} none={none} />
          </td>
          <td data-testid="requested-locations">
            {requested.locations ? <Locations locations={requested.locations} locale={locale} none={none} /> : unchanged}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
