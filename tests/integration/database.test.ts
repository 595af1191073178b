import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { pgErrorCode } from "@/db/client";
import * as s from "@/db/schema";
import { makeCustomer, makePartner, relate, testDb } from "../support/db";

async function violation(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    return pgErrorCode(err);
  }
  throw new Error("expected the database to refuse this");
}

describe("database constraints", () => {
  let provider: Awaited<ReturnType<typeof makePartner>>;
  let reseller: Awaited<ReturnType<typeof makePartner>>;
  beforeAll(async () => {
    provider = await makePartner("indirect_provider");
    reseller = await makePartner("indirect_reseller");
  });

  it("keeps emails unique regardless of case", async () => {
    const db = await testDb();
    const e = await violation(
      db
        .insert(s.users)
        .values({ email: provider.user.email.toUpperCase(), name: "x", role: "provider", partnerId: provider.partner.id }),
    );
    expect(e).toMatchObject({ code: "23505", constraint: "users_email_lower_key" });
  });

  it("ties each user to exactly one organisation of its role's kind", async () => {
    const db = await testDb();
    const e = await violation(
      db
        .insert(s.users)
        .values({ email: "loose@example.test", name: "x", role: "customer_admin", partnerId: provider.partner.id }),
    );
    expect(e).toMatchObject({ code: "23514", constraint: "users_role_organisation" });
  });

  it("keeps customer domains unique and well-formed", async () => {
    const db = await testDb();
    const c = await makeCustomer(provider.partner.id);
    const dup = await violation(db.insert(s.customers).values({ ...c, id: undefined, domain: c.domain.toUpperCase() }));
    expect(dup.code).toMatch(/23505|23514/);
    const bad = await violation(db.insert(s.customers).values({ ...c, id: undefined, domain: "no spaces.onmicrosoft.com" }));
    expect(bad).toMatchObject({ code: "23514", constraint: "customers_domain_format" });
  });

  it("refuses a one-character or punctuation-only company name", async () => {
    const db = await testDb();
    const c = await makeCustomer(provider.partner.id);
    for (const companyName of ["A", "..."]) {
      const e = await violation(db.update(s.customers).set({ companyName }).where(eq(s.customers.id, c.id)));
      expect(e).toMatchObject({ code: "23514", constraint: "customers_company_name_meaningful" });
    }
  });

  it("allows a provider–reseller pair once", async () => {
    const db = await testDb();
    await relate(provider.partner.id, reseller.partner.id);
    const e = await violation(
      db.insert(s.resellerRelationships).values({ providerId: provider.partner.id, resellerId: reseller.partner.id }),
    );
    expect(e).toMatchObject({ code: "23505", constraint: "reseller_relationships_pair_key" });
  });

  it("associates customers and subscriptions only with actively related resellers", async () => {
    const db = await testDb();
    const stranger = await makePartner("indirect_reseller");
    const c = await makeCustomer(provider.partner.id);
    const e1 = await violation(db.update(s.customers).set({ resellerId: stranger.partner.id }).where(eq(s.customers.id, c.id)));
    expect(e1.code).toMatch(/23503|23514/);
    const sub = {
      providerId: provider.partner.id,
      customerId: c.id,
      offerId: "o365-e3",
      licenses: 10,
      supportContactId: provider.partner.id,
    };
    const e2 = await violation(db.insert(s.subscriptions).values({ ...sub, resellerId: stranger.partner.id }));
    expect(e2.code).toMatch(/23503|23514/);
    const e3 = await violation(db.insert(s.subscriptions).values({ ...sub, supportContactId: stranger.partner.id }));
    expect(e3).toMatchObject({ code: "23514", constraint: "subscriptions_support_contact_active" });
    // An ended relationship no longer qualifies either.
    const ended = await makePartner("indirect_reseller");
    await relate(provider.partner.id, ended.partner.id);
    await db
      .update(s.resellerRelationships)
      .set({ status: "ended", endedAt: new Date() })
      .where(eq(s.resellerRelationships.resellerId, ended.partner.id));
    const e4 = await violation(db.update(s.customers).set({ resellerId: ended.partner.id }).where(eq(s.customers.id, c.id)));
    expect(e4).toMatchObject({ code: "23514", constraint: "customers_reseller_active" });
  });

  it("keeps licenses within the offer's limits", async () => {
    const db = await testDb();
    const c = await makeCustomer(provider.partner.id);
    const base = { providerId: provider.partner.id, customerId: c.id, supportContactId: provider.partner.id };
    expect(await violation(db.insert(s.subscriptions).values({ ...base, offerId: "o365-e3", licenses: 4 }))).toMatchObject({
      constraint: "subscriptions_licenses_in_range",
    });
    expect(
      await violation(db.insert(s.subscriptions).values({ ...base, offerId: "m365-business-basic", licenses: 301 })),
    ).toMatchObject({ constraint: "subscriptions_licenses_in_range" });
    const [ok] = await db
      .insert(s.subscriptions)
      .values({ ...base, offerId: "o365-e3", licenses: 5 })
      .returning();
    expect(await violation(db.update(s.subscriptions).set({ licenses: 0 }).where(eq(s.subscriptions.id, ok!.id)))).toMatchObject({
      code: "23514",
    });
  });

  it("allows a one-per-customer offer once per customer", async () => {
    const db = await testDb();
    const c = await makeCustomer(provider.partner.id);
    const sub = {
      providerId: provider.partner.id,
      customerId: c.id,
      offerId: "entra-id-governance",
      licenses: 1,
      supportContactId: provider.partner.id,
    };
    await db.insert(s.subscriptions).values(sub);
    expect(await violation(db.insert(s.subscriptions).values(sub))).toMatchObject({
      code: "23505",
      constraint: "subscriptions_offer_once_per_customer",
    });
  });

  it("refuses to end a relationship that still has customers or subscriptions", async () => {
    const db = await testDb();
    const r = await makePartner("indirect_reseller");
    await relate(provider.partner.id, r.partner.id);
    await makeCustomer(provider.partner.id, r.partner.id);
    const e = await violation(
      db
        .update(s.resellerRelationships)
        .set({ status: "ended", endedAt: sql`now()` })
        .where(eq(s.resellerRelationships.resellerId, r.partner.id)),
    );
    expect(e).toMatchObject({ code: "23514", constraint: "reseller_relationships_ended_clean" });
  });
});
