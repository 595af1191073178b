import "server-only";
import { unstable_cache } from "next/cache";
import { databaseIdentity, listedProviders, type ProviderEntry } from "@/db/queries/profile";

/** Tag of the cached public list: expired by every action that changes what the list shows. */
export const PROVIDER_LIST_TAG = "provider-list";

// Keyed by the database's identity: a fresh or restored database is never shown another one's list.
const cachedList = unstable_cache(async (_database: string) => listedProviders(), ["public-provider-list"], {
  tags: [PROVIDER_LIST_TAG],
  // Expired at once by the operator's actions on this instance; the time bounds what other instances show.
  revalidate: 300,
});

/** Every active, listed provider: the public page's data, cached until an operator changes the list. */
export async function publicProviderList(): Promise<ProviderEntry[]> {
  return cachedList(await databaseIdentity());
}
