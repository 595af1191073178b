import type { LocationUrl } from "@/db/schema";
import { countryName } from "@/lib/countries";
import { getT, requestLocale } from "@/lib/i18n/server";

export type ProviderCardEntry = { displayName: string; logoImageId: string | null; locations: LocationUrl[] };

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function ProviderLogo({
  name,
  imageId,
  size = 56,
  alt,
}: {
  name: string;
  imageId: string | null;
  size?: number;
  alt: string;
}) {
  if (imageId) {
    // A plain <img>: the logo route sets its own type, cache and CSP headers.
    return (
      <img
        src={`/api/logos/${imageId}`}
        alt={alt}
        width={size}
        height={size}
        className="rounded-md border border-slate-200 bg-white object-contain"
        style={{ width: size, height: size }}
      />
    );
  }
  const initials = name
    .split(/\s+/)
    .map((w) => w.charAt(0))
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <div
      aria-hidden
      className="flex items-center justify-center rounded-md bg-blue-100 font-semibold text-blue-800"
      style={{ width: size, height: size }}
    >
      {initials}
    </div>
  );
}

/** One entry of the official list, exactly as the public page shows it (also on the Provider profile page). */
export async function ProviderCard({ entry, headingLevel = 2 }: { entry: ProviderCardEntry; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const [t, locale] = await Promise.all([getT(), requestLocale()]);
  return (
    <article className="card flex flex-col gap-4 p-5" data-testid="provider-card" aria-label={entry.displayName}>
      <div className="flex items-center gap-4">
        <ProviderLogo
          name={entry.displayName}
          imageId={entry.logoImageId}
          alt={t("relationships.providers.logo", { name: entry.displayName })}
        />
        <Heading className="text-lg font-semibold text-slate-900">{entry.displayName}</Heading>
      </div>
      {entry.locations.length ? (
        <ul className="space-y-1 text-sm">
          {entry.locations.map((l) => (
            <li key={l.country} className="flex flex-wrap items-baseline justify-between gap-2">
              <a href={l.targetUrl} className="link" rel="noopener noreferrer" target="_blank">
                {countryName(l.country, locale)}
              </a>
              <span className="text-xs text-slate-600">{hostOf(l.targetUrl)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("relationships.providers.noLocations")}</p>
      )}
    </article>
  );
}
