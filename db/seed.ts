/**
 * Demo data (the accounts the README lists). Applied by `npm start` on an empty database and by `npm run db:seed`.
 * Every account's password is `demo-pass-2026`.
 */
import { count, eq } from "drizzle-orm";
import { hashPassword } from "../lib/password";
import { catalogOffers, catalogUpgrades } from "./catalog";
import type { Db } from "./client";
import * as s from "./schema";

export const DEMO_PASSWORD = "demo-pass-2026";

export async function seedCatalog(db: Db) {
  await db
    .insert(s.offers)
    .values(catalogOffers.map((o) => ({ ...o, onePerCustomer: "onePerCustomer" in o ? o.onePerCustomer : false })))
    .onConflictDoNothing();
  await db
    .insert(s.offerUpgrades)
    .values(catalogUpgrades.map(([fromOfferId, toOfferId]) => ({ fromOfferId, toOfferId })))
    .onConflictDoNothing();
}

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(s.partners);
  return (row?.n ?? 0) === 0;
}

/** Seeds the demo organisations; does nothing (returns false) when partners already exist. */
export async function seedDemo(db: Db): Promise<boolean> {
  await seedCatalog(db);
  if (!(await isEmpty(db))) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const partner = async (kind: s.PartnerKind, legalName: string, partnerNumber: string, country: string) => {
      const [p] = await tx.insert(s.partners).values({ kind, legalName, partnerNumber, country }).returning();
      return p!;
    };
    const northwind = await partner("indirect_provider", "Northwind Distribution", "4100100", "US");
    const fabrikam = await partner("indirect_provider", "Fabrikam Cloud Supply", "4100200", "GB");
    const adatum = await partner("indirect_reseller", "Adatum IT Services", "5200100", "US");
    const litware = await partner("indirect_reseller", "Litware Solutions", "5200200", "CA");
    const tailspin = await partner("indirect_reseller", "Tailspin Consulting", "5200300", "GB");

    const user = async (
      email: string,
      name: string,
      role: s.Role,
      org: { partnerId?: string; customerId?: string; orgRole?: s.OrgRole },
      mustChangePassword = false,
    ) => {
      const [u] = await tx
        .insert(s.users)
        .values({ email, name, role, passwordHash, mustChangePassword, ...org })
        .returning();
      return u!;
    };
    const nwAdmin = await user("admin@northwind.example", "Nadia Novak", "provider", { partnerId: northwind.id });
    // Northwind's agents (issue 14): a sales agent and a helpdesk agent.
    await user("sales@northwind.example", "Samir Patel", "provider", { partnerId: northwind.id, orgRole: "sales_agent" });
    await user("helpdesk@northwind.example", "Hana Kim", "provider", { partnerId: northwind.id, orgRole: "helpdesk_agent" });
    const fbAdmin = await user("admin@fabrikam.example", "Frank Byrne", "provider", { partnerId: fabrikam.id });
    await user("admin@adatum.example", "Ada Tumelo", "reseller", { partnerId: adatum.id });
    await user("admin@litware.example", "Liam Warner", "reseller", { partnerId: litware.id });
    await user("admin@tailspin.example", "Tara Spinelli", "reseller", { partnerId: tailspin.id });
    await user("operator@partnerhub.example", "Olivia Operator", "operator", {});

    await tx.insert(s.providerProfiles).values([
      { providerId: northwind.id, displayName: "Northwind Distribution" },
      { providerId: fabrikam.id, displayName: "Fabrikam Cloud Supply" },
    ]);
    await tx.insert(s.providerProfileLocations).values([
      { providerId: northwind.id, country: "US", targetUrl: "https://northwind.example/us/partners" },
      { providerId: northwind.id, country: "CA", targetUrl: "https://northwind.example/ca/partners" },
      { providerId: fabrikam.id, country: "GB", targetUrl: "https://fabrikam.example/uk/csp" },
      { providerId: fabrikam.id, country: "IE", targetUrl: "https://fabrikam.example/ie/csp" },
    ]);

    await tx.insert(s.resellerRelationships).values([
      { providerId: northwind.id, resellerId: adatum.id },
      { providerId: fabrikam.id, resellerId: tailspin.id },
    ]);

    const address = {
      addressLine1: "1 Main Street",
      city: "Seattle",
      state: "WA",
      postalCode: "98101",
      country: "US",
      language: "en",
    };
    const customer = async (
      provider: s.Partner,
      placedBy: s.User,
      reseller: s.Partner | null,
      companyName: string,
      domain: string,
      contact: [string, string, string],
      lines: { offerId: string; licenses: number; supportByReseller?: boolean }[],
      adminMustChange = false,
      monthsAgo = 0,
    ) => {
      const createdAt = new Date();
      createdAt.setUTCMonth(createdAt.getUTCMonth() - monthsAgo);
      const [c] = await tx
        .insert(s.customers)
        .values({
          ...address,
          providerId: provider.id,
          resellerId: reseller?.id ?? null,
          companyName,
          domain,
          contactFirstName: contact[0],
          contactLastName: contact[1],
          contactEmail: contact[2],
          createdBy: placedBy.id,
          createdAt,
        })
        .returning();
      await user(`admin@${domain}`, `${companyName} administrator`, "customer_admin", { customerId: c!.id }, adminMustChange);
      const [order] = await tx
        .insert(s.orders)
        .values({
          providerId: provider.id,
          customerId: c!.id,
          kind: "new_customer",
          placedBy: placedBy.id,
          onBehalfOfResellerId: reseller?.id ?? null,
        })
        .returning();
      for (const line of lines) {
        const [sub] = await tx
          .insert(s.subscriptions)
          .values({
            providerId: provider.id,
            customerId: c!.id,
            offerId: line.offerId,
            licenses: line.licenses,
            resellerId: reseller?.id ?? null,
            supportContactId: line.supportByReseller && reseller ? reseller.id : provider.id,
            orderId: order!.id,
          })
          .returning();
        await tx.insert(s.orderLines).values({
          orderId: order!.id,
          providerId: provider.id,
          offerId: line.offerId,
          quantity: line.licenses,
          partnerOfRecordId: reseller?.id ?? null,
          subscriptionId: sub!.id,
        });
      }
      return c!;
    };

    await customer(
      northwind,
      nwAdmin,
      adatum,
      "Contoso Pharmaceuticals",
      "contosopharma.onmicrosoft.com",
      ["Chris", "Contoso", "chris@contosopharma.example"],
      [
        { offerId: "m365-business-standard", licenses: 40, supportByReseller: true },
        { offerId: "defender-endpoint-p1", licenses: 40 },
      ],
      false,
      5,
    );
    await customer(
      northwind,
      nwAdmin,
      adatum,
      "Alpine Ski House",
      "alpineskihouse.onmicrosoft.com",
      ["Anna", "Alpine", "anna@alpineskihouse.example"],
      [{ offerId: "m365-business-basic", licenses: 12 }],
      true,
      2,
    );
    await customer(
      northwind,
      nwAdmin,
      null,
      "Proseware Inc",
      "proseware.onmicrosoft.com",
      ["Paul", "Prose", "paul@proseware.example"],
      [
        { offerId: "o365-e3", licenses: 120 },
        { offerId: "teams-audio-conferencing", licenses: 20 },
      ],
      false,
      8,
    );
    await customer(
      fabrikam,
      fbAdmin,
      tailspin,
      "Wide World Importers",
      "wideworldimporters.onmicrosoft.com",
      ["Wendy", "Wide", "wendy@wideworldimporters.example"],
      [{ offerId: "o365-e1", licenses: 25, supportByReseller: true }],
    );
  });
  return true;
}

export async function partnerByNumber(db: Db, partnerNumber: string) {
  const [p] = await db.select().from(s.partners).where(eq(s.partners.partnerNumber, partnerNumber));
  return p;
}
