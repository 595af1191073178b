import "server-only";
import { createHash } from "node:crypto";
import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/viewer";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import type { ImageType } from "@/lib/validation/profile";
import { isUuid } from "@/lib/validation/ids";
import { rowsOf } from "../client";
import { getDb, inTransaction } from "../index";
import { images, partners, providerProfileLocations, providerProfiles, type LocationUrl } from "../schema";
import { partnerWith } from "./scope";

/** One entry of the official list of indirect providers, as the public sees it. */
export type ProviderEntry = {
  providerId: string;
  displayName: string;
  logoImageId: string | null;
  listed: boolean;
  locations: LocationUrl[];
};

const isProvider = eq(partners.kind, "indirect_provider");

async function loadEntries(where: SQL | undefined): Promise<ProviderEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({
      providerId: providerProfiles.providerId,
      displayName: providerProfiles.displayName,
      logoImageId: providerProfiles.logoImageId,
      listed: providerProfiles.listed,
    })
    .from(providerProfiles)
    .innerJoin(partners, eq(partners.id, providerProfiles.providerId))
    .where(and(isProvider, where))
    .orderBy(asc(sql`lower(${providerProfiles.displayName})`), asc(providerProfiles.providerId));
  if (rows.length === 0) return [];
  const locations = await db
    .select({
      providerId: providerProfileLocations.providerId,
      country: providerProfileLocations.country,
      targetUrl: providerProfileLocations.targetUrl,
    })
    .from(providerProfileLocations)
    .where(
      inArray(
        providerProfileLocations.providerId,
        rows.map((r) => r.providerId),
      ),
    )
    .orderBy(asc(providerProfileLocations.country));
  return rows.map((r) => ({
    ...r,
    locations: locations.filter((l) => l.providerId === r.providerId).map(({ country, targetUrl }) => ({ country, targetUrl })),
  }));
}

/** Every active, listed provider, read fresh: the public list (cached in lib/provider-list.ts). */
export async function listedProviders(): Promise<ProviderEntry[]> {
  return loadEntries(and(eq(partners.status, "active"), eq(providerProfiles.listed, true)));
}

/**
 * Which database (and server start) this is, so that a cache kept across restarts (Next keeps its data
 * cache on disk) can tell one database's data from another's.
 */
const g = globalThis as unknown as { __partnerHubDbIdentity?: Promise<string> };
export function databaseIdentity(): Promise<string> {
  g.__partnerHubDbIdentity ??= (async () => {
    const result: unknown = await (
      await getDb()
    ).execute(sql`select current_database() || ':' || pg_postmaster_start_time()::text as id`);
    return rowsOf<{ id: string }>(result)[0]?.id ?? "unknown";
  })().catch((err: unknown) => {
    g.__partnerHubDbIdentity = undefined;
    throw err;
  });
  return g.__partnerHubDbIdentity;
}

/** The signed-in provider's own entry, read fresh (not from the public cache), or null when it has none yet. */
export async function ownProfile(viewer: Viewer): Promise<ProviderEntry | null> {
  const providerId = partnerWith(viewer, "profile.view");
  const [entry] = await loadEntries(eq(providerProfiles.providerId, providerId));
  return entry ?? null;
}

/**
 * The entry as it stands, or what it would be for a provider without one yet (its legal name, no
 * locations): the baseline a support request is compared with. Unknown provider → NotFoundError.
 */
async function entryOf(providerId: string): Promise<ProviderEntry> {
  if (!isUuid(providerId)) throw new NotFoundError();
  const [entry] = await loadEntries(eq(providerProfiles.providerId, providerId));
  if (entry) return entry;
  const db = await getDb();
  const [partner] = await db
    .select({ legalName: partners.legalName })
    .from(partners)
    .where(and(eq(partners.id, providerId), isProvider));
  if (!partner) throw new NotFoundError();
  return { providerId, displayName: partner.legalName, logoImageId: null, listed: false, locations: [] };
}

/** The signed-in provider's entry as it stands (the baseline of its change requests). */
export async function ownEntry(viewer: Viewer): Promise<ProviderEntry> {
  return entryOf(partnerWith(viewer, "profile.view"));
}

/** Any provider's entry as it stands, for the operator comparing it with a request. */
export async function entryForOperator(viewer: Viewer, providerId: string): Promise<ProviderEntry> {
  if (!can(viewer, "operator.requests")) throw new NotFoundError();
  return entryOf(providerId);
}

/** The operator writes the approved values: display name and logo when given, locations replaced when given. */
export async function applyProfileChange(
  viewer: Viewer,
  providerId: string,
  change: { displayName: string | null; logoImageId: string | null; locations: LocationUrl[] | null },
) {
  const base = await entryForOperator(viewer, providerId);
  const values = {
    displayName: change.displayName ?? base.displayName,
    ...(change.logoImageId ? { logoImageId: change.logoImageId } : {}),
  };
  await inTransaction(async (tx) => {
    await tx
      .insert(providerProfiles)
      .values({ providerId, ...values, listed: true })
      .onConflictDoUpdate({ target: providerProfiles.providerId, set: values });
    if (change.locations) {
      await tx.delete(providerProfileLocations).where(eq(providerProfileLocations.providerId, providerId));
      if (change.locations.length)
        await tx.insert(providerProfileLocations).values(change.locations.map((l) => ({ providerId, ...l })));
    }
  });
}

/** The operator shows or hides a provider's entry; a provider without one is NotFoundError. */
export async function setListed(viewer: Viewer, providerId: string, listed: boolean) {
  if (!can(viewer, "operator.providers")) throw new NotFoundError();
  const db = await getDb();
  const [row] = await db
    .update(providerProfiles)
    .set({ listed })
    .where(eq(providerProfiles.providerId, providerId))
    .returning({ displayName: providerProfiles.displayName });
  if (!row) throw new NotFoundError();
  return row;
}

/** The operator's view of the official list: every indirect provider, with or without an entry. */
export async function operatorProviderList(viewer: Viewer) {
  if (!can(viewer, "operator.providers")) throw new NotFoundError();
  const db = await getDb();
  return db
    .select({
      providerId: partners.id,
      legalName: partners.legalName,
      partnerNumber: partners.partnerNumber,
      country: partners.country,
      status: partners.status,
      displayName: providerProfiles.displayName,
      listed: providerProfiles.listed,
      locations: count(providerProfileLocations.id),
    })
    .from(partners)
    .leftJoin(providerProfiles, eq(providerProfiles.providerId, partners.id))
    .leftJoin(providerProfileLocations, eq(providerProfileLocations.providerId, partners.id))
    .where(isProvider)
    .groupBy(partners.id, providerProfiles.providerId)
    .orderBy(asc(sql`lower(coalesce(${providerProfiles.displayName}, ${partners.legalName}))`), asc(partners.id));
}

// ── logos ─────────────────────────────────────────────────────────────────────────────────────────
/** Stores an uploaded logo as the signed-in provider's image. */
export async function storeImage(viewer: Viewer, bytes: Buffer, contentType: ImageType): Promise<string> {
  const providerId = partnerWith(viewer, "profile.requestChange");
  const db = await getDb();
  const [row] = await db
    .insert(images)
    .values({ providerId, contentType, bytes, sizeBytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") })
    .returning({ id: images.id });
  return row!.id;
}

/**
 * A logo for the logo route: anyone may see the logo of a listed, active provider; a pending
 * request's logo only its provider and the operator. Otherwise NotFoundError (a 404, whatever the reason).
 */
export async function logoFor(id: string, viewer: () => Promise<Viewer | null>) {
  if (!isUuid(id)) throw new NotFoundError();
  const db = await getDb();
  const [image] = await db
    .select({ contentType: images.contentType, bytes: images.bytes, sha256: images.sha256, providerId: images.providerId })
    .from(images)
    .where(eq(images.id, id));
  if (!image) throw new NotFoundError();
  const [listed] = await db
    .select({ n: count() })
    .from(providerProfiles)
    .innerJoin(partners, eq(partners.id, providerProfiles.providerId))
    .where(and(eq(providerProfiles.logoImageId, id), eq(providerProfiles.listed, true), eq(partners.status, "active")));
  if (listed?.n) return { ...image, public: true };
  const v = await viewer();
  if (v && (can(v, "operator.requests") || (can(v, "profile.view") && v.partnerId === image.providerId)))
    return { ...image, public: false };
  throw new NotFoundError();
}
