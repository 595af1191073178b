/** Words for support requests, shared by the provider's and the operator's pages and the actions. */
import type { LocationUrl } from "@/db/schema";

/** What a request asks to change, as catalogue keys (profile.changes.*) for the pages. */
export function requestedChangeKeys(r: RequestedChange) {
  return [
    r.companyName !== null && ("profile.changes.companyName" as const),
    r.logoImageId !== null && ("profile.changes.logo" as const),
    r.locations !== null && ("profile.changes.locations" as const),
  ].filter((c) => c !== false);
}

/** What a request asks to change, in English words for the activity record's summary (a null field means "leave as it is"). */
export function requestedChanges(r: RequestedChange): string[] {
  return [r.companyName !== null && "company name", r.logoImageId !== null && "logo", r.locations !== null && "locations"].filter(
    (c): c is string => !!c,
  );
}

/** Locations in one canonical order, so two lists can be compared and shown alike. */
export function sortLocations(locations: LocationUrl[]): LocationUrl[] {
  return [...locations].sort((a, b) => a.country.localeCompare(b.country));
}

export function sameLocations(a: LocationUrl[], b: LocationUrl[]): boolean {
  const x = sortLocations(a);
  const y = sortLocations(b);
  return x.length === y.length && x.every((l, i) => l.country === y[i]!.country && l.targetUrl === y[i]!.targetUrl);
}

export type RequestedChange = { companyName: string | null; logoImageId: string | null; locations: LocationUrl[] | null };
const locationLines = (ls: LocationUrl[]) => ls.map((l) => `${l.country} ${l.targetUrl}`);

/** Before/after of the requested fields only, for the activity record. */
export function changeAudit(
  current: { displayName: string; logoImageId: string | null; locations: LocationUrl[] },
  change: RequestedChange,
) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  if (change.companyName !== null) {
    before.companyName = current.displayName;
    after.companyName = change.companyName;
  }
  if (change.logoImageId !== null) {
    before.logo = current.logoImageId ? "previous image" : "none";
    after.logo = "new image";
  }
  if (change.locations !== null) {
    before.locations = locationLines(sortLocations(current.locations));
    after.locations = locationLines(change.locations);
  }
  return { before, after };
}
