import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Viewer } from "@/lib/auth";
import { getDb } from "../index";
import { customers, offers, partners, subscriptions } from "../schema";

/** The customer administrator's own company: account, reseller and subscriptions with support contacts. */
export async function customerOverview(viewer: Viewer) {
  const db = await getDb();
  const reseller = alias(partners, "reseller");
  const provider = alias(partners, "provider");
  const [account] = await db
    .select({ customer: customers, resellerName: reseller.legalName, providerName: provider.legalName })
    .from(customers)
    .innerJoin(provider, eq(provider.id, customers.providerId))
    .leftJoin(reseller, eq(reseller.id, customers.resellerId))
    .where(eq(customers.id, viewer.customerId!));
  if (!account) return null;
  const support = alias(partners, "support");
  const subs = await db
    .select({
      id: subscriptions.id,
      offerName: offers.name,
      licenses: subscriptions.licenses,
      status: subscriptions.status,
      supportContact: support.legalName,
    })
    .from(subscriptions)
    .innerJoin(offers, eq(offers.id, subscriptions.offerId))
    .innerJoin(support, eq(support.id, subscriptions.supportContactId))
    .where(eq(subscriptions.customerId, viewer.customerId!))
    .orderBy(asc(offers.name));
  return { ...account, subscriptions: subs };
}
