import { randomBytes } from "node:crypto";
import * as s from "@/db/schema";
import { viewerOf, type Viewer } from "@/lib/viewer";
import { newInvitationToken } from "@/lib/invitations";
import { hashPassword } from "@/lib/password";
import type { Actor } from "./actors";
import { TEST_PASSWORD, makeCustomer, makePartner, relate, testDb } from "./db";

const unique = () => randomBytes(4).toString("hex");
const passwordHash = hashPassword(TEST_PASSWORD);

/** A user of a customer (its administrator) or of the program (operator), as the viewer it signs in as. */
export async function makeUser(role: "customer_admin" | "operator", customer?: s.Customer): Promise<Viewer> {
  const db = await testDb();
  const [user] = await db
    .insert(s.users)
    .values({
      email: `${role}-${unique()}@${customer ? customer.domain : "partnerhub.example"}`,
      name: `${role} ${unique()}`,
      role,
      customerId: customer?.id ?? null,
      passwordHash: await passwordHash,
    })
    .returning();
  return viewerOf(user!, customer?.companyName ?? "Partner Hub program");
}

/**
 * Another user of a partner, with a role within the organisation (an agent, or an Admin colleague), as the
 * viewer it signs in as; `mustChangePassword`: it still has to replace a temporary password.
 */
export async function makeAgent(
  of: { partner: s.Partner; viewer: Viewer },
  orgRole: s.OrgRole,
  mustChangePassword = false,
): Promise<Viewer> {
  const db = await testDb();
  const [user] = await db
    .insert(s.users)
    .values({
      email: `${orgRole}-${unique()}@${unique()}.example`,
      name: `${orgRole} ${unique()}`,
      role: of.viewer.role,
      orgRole,
      partnerId: of.partner.id,
      passwordHash: await passwordHash,
      mustChangePassword,
    })
    .returning();
  return { ...of.viewer, id: user!.id, email: user!.email, name: user!.name, orgRole, mustChangePassword };
}

export async function makeSubscription(
  customer: s.Customer,
  offerId: string,
  licenses: number,
  parties: { resellerId?: string | null; supportContactId?: string } = {},
) {
  const db = await testDb();
  const [sub] = await db
    .insert(s.subscriptions)
    .values({
      providerId: customer.providerId,
      customerId: customer.id,
      offerId,
      licenses,
      resellerId: parties.resellerId ?? null,
      supportContactId: parties.supportContactId ?? customer.providerId,
    })
    .returning();
  return sub!;
}

/** Step 1 of the wizard as it is stored in a draft: every field valid, a domain nobody has. */
export function draftDetails(overrides: Record<string, string> = {}): Record<string, string> {
  const name = unique();
  return {
    companyName: `Lamna Healthcare ${name}`,
    domain: `lamna${name}`,
    country: "US",
    addressLine1: "2 Clinic Road",
    addressLine2: "",
    city: "Boston",
    state: "MA",
    postalCode: "02110",
    contactFirstName: "Lee",
    contactLastName: "Lamna",
    contactEmail: `lee@lamna${name}.example`,
    contactPhone: "",
    language: "en",
    resellerId: "",
    ...overrides,
  };
}

async function makeDraft(user: Viewer, providerId: string, details: Record<string, string>) {
  const db = await testDb();
  const [draft] = await db
    .insert(s.customerDrafts)
    .values({
      providerId,
      actingPartnerId: user.partnerId!,
      userId: user.id,
      data: { details, lines: [{ offerId: "o365-e3", licenses: 10 }] },
    })
    .returning();
  return draft!;
}

/**
 * A small world around one record: the provider owning it, its reseller (associated with the customer),
 * another provider with its own reseller and customer, the customers' administrators and an operator;
 * a subscription of the customer, one of an unassociated customer where the reseller is only partner of
 * record and support contact, an open invitation, and a wizard draft of the provider and of the reseller.
 */
export async function buildWorld() {
  const [provider, otherProvider, reseller, unrelatedReseller] = await Promise.all([
    makePartner("indirect_provider"),
    makePartner("indirect_provider"),
    makePartner("indirect_reseller"),
    makePartner("indirect_reseller"),
  ]);
  const relationship = await relate(provider.partner.id, reseller.partner.id);
  const otherRelationship = await relate(otherProvider.partner.id, unrelatedReseller.partner.id);
  const customer = await makeCustomer(provider.partner.id, reseller.partner.id);
  const unassociatedCustomer = await makeCustomer(provider.partner.id, null);
  const otherCustomer = await makeCustomer(otherProvider.partner.id, unrelatedReseller.partner.id);
  const subscription = await makeSubscription(customer, "m365-business-standard", 10, { resellerId: reseller.partner.id });
  const assignedSubscription = await makeSubscription(unassociatedCustomer, "o365-e3", 20, {
    resellerId: reseller.partner.id,
    supportContactId: reseller.partner.id,
  });
  const { token, tokenHash } = newInvitationToken();
  const db = await testDb();
  const [invitation] = await db
    .insert(s.relationshipInvitations)
    .values({
      providerId: provider.partner.id,
      tokenHash,
      message: "Join us",
      createdBy: provider.user.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning();
  // The provider's entry on the official list, one support request of it, and a pending enrolment.
  await db.insert(s.providerProfiles).values({ providerId: provider.partner.id, displayName: provider.partner.legalName });
  const [supportRequest] = await db
    .insert(s.supportRequests)
    .values({
      providerId: provider.partner.id,
      companyName: `${provider.partner.legalName} Renamed`,
      createdBy: provider.user.id,
    })
    .returning();
  const [pendingReseller] = await db
    .insert(s.partners)
    .values({
      kind: "indirect_reseller",
      legalName: `Pending ${unique()}`,
      partnerNumber: String(Math.floor(1e8 + Math.random() * 8e8)),
      country: "US",
      status: "pending",
    })
    .returning();
  const providerDraft = await makeDraft(
    provider.viewer,
    provider.partner.id,
    draftDetails({ resellerId: reseller.partner.id, providerId: provider.partner.id }),
  );
  const resellerDraft = await makeDraft(
    reseller.viewer,
    provider.partner.id,
    draftDetails({ resellerId: reseller.partner.id, providerId: provider.partner.id }),
  );
  const viewers: Record<Actor, Viewer | null> = {
    signedOut: null,
    provider: provider.viewer,
    otherProvider: otherProvider.viewer,
    reseller: reseller.viewer,
    unrelatedReseller: unrelatedReseller.viewer,
    customerAdmin: await makeUser("customer_admin", customer),
    otherCustomerAdmin: await makeUser("customer_admin", otherCustomer),
    operator: await makeUser("operator"),
    salesAgent: await makeAgent(provider, "sales_agent"),
    helpdeskAgent: await makeAgent(provider, "helpdesk_agent"),
  };
  return {
    viewers,
    provider,
    otherProvider,
    reseller,
    unrelatedReseller,
    relationship,
    otherRelationship,
    customer,
    unassociatedCustomer,
    otherCustomer,
    subscription,
    assignedSubscription,
    invitation: { id: invitation!.id, token },
    providerDraft,
    resellerDraft,
    supportRequest: supportRequest!,
    pendingReseller: pendingReseller!,
    /** A user of the provider other than its admin (the record of the Users actions). */
    providerUser: await makeAgent(provider, "sales_agent"),
    /** Actors of the action matrix only: a second Admin of the provider, and one who must still change a temporary password. */
    colleague: await makeAgent(provider, "admin"),
    mustChangePassword: await makeAgent(provider, "admin", true),
  };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;
