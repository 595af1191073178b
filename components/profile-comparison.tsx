import type { LocationUrl } from "@/db/schema";
import { countryName } from "@/lib/countries";
import { type RequestedChange } from "@/lib/support-requests";
import { ProviderLogo, type ProviderCardEntry } from "./provider-card";

function Locations({ locations }: { locations: LocationUrl[] }) {
  if (!locations.length) return <span className="text-slate-500">None</span>;
  return (
    <ul className="space-y-1">
      {locations.map((l) => (
        <li key={l.country}>
          <span className="font-medium">{countryName(l.country)}</span> <span className="break-all text-slate-600">{l.targetUrl}</span>
        </li>
      ))}
    </ul>
  );
}

const unchanged = <span className="text-slate-500">Unchanged</span>;

/** The entry as it stands next to what a support request asks for (null = leave as it is). */
export function ProfileComparison({ current, requested }: { current: ProviderCardEntry; requested: RequestedChange }) {
  return (
    <table className="table" data-testid="profile-comparison">
      <thead>
        <tr>
          <th scope="col" className="w-40">
            Field
          </th>
          <th scope="col">Current entry</th>
          <th scope="col">Requested</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Company name</th>
          <td>{current.displayName}</td>
          <td data-testid="requested-company-name">{requested.companyName ?? unchanged}</td>
        </tr>
        <tr>
          <th scope="row">Logo</th>
          <td>{current.logoImageId ? <ProviderLogo name={current.displayName} imageId={current.logoImageId} /> : <span className="text-slate-500">None</span>}</td>
          <td>{requested.logoImageId ? <ProviderLogo name={requested.companyName ?? current.displayName} imageId={requested.logoImageId} /> : unchanged}</td>
        </tr>
        <tr>
          <th scope="row">Locations</th>
          <td>
            <Locations locations={current.locations} />
          </td>
          <td data-testid="requested-locations">{requested.locations ? <Locations locations={requested.locations} /> : unchanged}</td>
        </tr>
      </tbody>
    </table>
  );
}
