import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { ActionError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { getDb } from "../index";
import { offerUpgrades, offers, type Offer } from "../schema";

/** The active offers of the catalog (the same for everyone). */
export async function catalog() {
  const db = await getDb();
  return db.select().from(offers).where(eq(offers.active, true)).orderBy(asc(offers.category), asc(offers.unitPriceCents));
}

/** An active offer by id, or undefined. */
export async function activeOffer(id: string) {
  const db = await getDb();
  const [offer] = await db
    .select()
    .from(offers)
    .where(and(eq(offers.id, id), eq(offers.active, true)));
  return offer;
}

/** Offers this offer can be upgraded to. */
export async function upgradeTargets(offerId: string) {
  const db = await getDb();
  return db
    .select({ offer: offers })
    .from(offerUpgrades)
    .innerJoin(offers, eq(offers.id, offerUpgrades.toOfferId))
    .where(and(eq(offerUpgrades.fromOfferId, offerId), eq(offers.active, true)))
    .orderBy(asc(offers.unitPriceCents))
    .then((rows) => rows.map((r) => r.offer));
}

/** An offer's license range, the one rule every order checks: outside it → a field error on `field`. */
/** `has`: the licenses of the subscription being upgraded (said in the message). */
export function assertLicenseLimits(
  offer: Pick<Offer, "name" | "minLicenses" | "maxLicenses">,
  licenses: number,
  field: string,
  has?: number,
) {
  if (licenses < offer.minLicenses || licenses > offer.maxLicenses) {
    const values = { offer: offer.name, min: offer.minLicenses, max: offer.maxLicenses };
    throw new ActionError(
      has === undefined
        ? msg("subscriptions.licenseLimits", values)
        : msg("subscriptions.licenseLimitsHas", { ...values, count: has }),
      field,
    );
  }
}
