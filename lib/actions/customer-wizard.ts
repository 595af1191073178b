"use server";
import { z } from "zod";
import { getDb } from "@/db";
import { isDomainTaken, unsafeProviderEmailDomains } from "@/db/queries/domains";
import { claimDraft, createDraft, deleteDraft, draftForViewer, markDraftCustomer, updateDraft } from "@/db/queries/drafts";
import { assertLicenseLimits, catalog } from "@/db/queries/offers";
import { createSubscriptions, recordOrder } from "@/db/queries/orders";
import { activeProviders, isActiveReseller } from "@/db/queries/partners";
import { customers, users, type CustomerDraftData, type Offer } from "@/db/schema";
import { ActionError, NotFoundError } from "@/lib/errors";
import { action, type ActionResult } from "@/lib/action";
import { isPartnerViewer, type Viewer } from "@/lib/viewer";
import { generateTemporaryPassword, hashPassword } from "@/lib/password";
import { can } from "@/lib/permissions";
import { routeViewer } from "@/lib/route-viewer";
import {
  DOMAIN_SUFFIX,
  customerDetailsSchema,
  customerLinesSchema,
  domainPrefixSchema,
  draftRef,
  emailDomain,
  type CustomerDetails,
} from "@/lib/validation/customers";
import { wizardBase } from "@/lib/routes";
import { messageText, msg } from "@/lib/i18n/message";
import { getT } from "@/lib/i18n/server";

/** Who is the provider of record, and which reseller (if any) the customer is associated with. */
async function resolveParties(viewer: Viewer, details: CustomerDetails, providerIdInput?: string) {
  // Only a partner's users create customers (customers.create); anyone else sees nothing.
  if (!isPartnerViewer(viewer)) throw new NotFoundError();
  if (can(viewer, "customers.createThroughProvider")) {
    // A reseller adds customers through one of its active providers, associated with itself.
    const providers = await activeProviders(viewer);
    const providerId = providerIdInput && providers.some((p) => p.id === providerIdInput) ? providerIdInput : undefined;
    if (!providerId) throw new ActionError(msg("customers.wizard.chooseYourProvider"), "providerId");
    return { providerId, resellerId: viewer.partnerId };
  }
  const providerId = viewer.partnerId;
  const resellerId = details.resellerId || null;
  if (resellerId && !(await isActiveReseller(viewer, resellerId))) {
    throw new ActionError(msg("customers.wizard.chooseResellerOrNone"), "resellerId");
  }
  return { providerId, resellerId };
}

/** The rules that need the database, checked at each step and again at Submit. */
async function checkDetails(providerId: string, details: CustomerDetails) {
  if (await isDomainTaken(`${details.domain}${DOMAIN_SUFFIX}`)) {
    throw new ActionError(msg("customers.wizard.domainTakenChoose", { domain: `${details.domain}${DOMAIN_SUFFIX}` }), "domain");
  }
  const own = await unsafeProviderEmailDomains(providerId);
  if (own.includes(emailDomain(details.contactEmail))) {
    throw new ActionError(msg("customers.wizard.contactOwnDomain"), "contactEmail");
  }
}

function checkLines(lines: { offerId: string; licenses: number }[], offers: Offer[]) {
  for (const line of lines) {
    const offer = offers.find((o) => o.id === line.offerId);
    if (!offer) throw new ActionError(msg("customers.wizard.offerUnavailable"), "offer");
    assertLicenseLimits(offer, line.licenses, `licenses.${offer.id}`);
  }
}

const detailsInput = customerDetailsSchema.extend({
  draftId: z.union([z.uuid(), z.literal("")]).default(""),
  providerId: z.union([z.uuid(), z.literal("")]).default(""),
});

/** Step 1 → "Next: Subscriptions": validates the details and keeps them in the server-side draft. */
export const saveCustomerDetails = action(
  { name: "customer_draft.save_details", permission: "customers.create", schema: detailsInput },
  async ({ draftId, providerId: providerInput, ...details }, { viewer, audit }) => {
    const parties = await resolveParties(viewer, details, providerInput);
    await checkDetails(parties.providerId, details);
    const saved = { ...details, resellerId: parties.resellerId ?? "", providerId: parties.providerId };
    let id = draftId;
    if (id) {
      const draft = await draftForViewer(viewer, id);
      await updateDraft(viewer, id, { ...draft.data, details: saved });
    } else {
      id = (await createDraft(viewer, parties.providerId, { details: saved })).id;
    }
    audit({ targetType: "customer_draft", targetId: id, providerId: parties.providerId, resellerId: parties.resellerId });
    return { redirect: `${wizardBase(viewer)}/${id}/subscriptions` };
  },
);

/** Step 2 → "Next: Review". */
export const saveCustomerLines = action(
  { name: "customer_draft.save_subscriptions", permission: "customers.create", schema: customerLinesSchema },
  async ({ draftId, lines }, { viewer, audit }) => {
    const draft = await draftForViewer(viewer, draftId);
    if (!draft.data.details) throw new NotFoundError();
    checkLines(lines, await catalog());
    await updateDraft(viewer, draftId, { ...draft.data, lines });
    audit({ targetType: "customer_draft", targetId: draftId, providerId: draft.providerId });
    return { redirect: `${wizardBase(viewer)}/${draftId}/review` };
  },
);

/** "Cancel": throws the whole draft away and starts over. */
export const cancelCustomerDraft = action(
  { name: "customer_draft.cancel", permission: "customers.create", schema: draftRef },
  async ({ draftId }, { viewer, audit }) => {
    await deleteDraft(viewer, draftId);
    audit({ targetType: "customer_draft", targetId: draftId });
    return { redirect: wizardBase(viewer) };
  },
);

export type SetupInformation = { customerId: string; companyName: string; adminEmail: string; temporaryPassword: string };
/** What Submit answers: the one-time setup information, or that this draft was already submitted. */
export type OrderOutcome = SetupInformation | { alreadySubmitted: true; customerId: string | null };

/**
 * "Submit": customer, administrator account, order, subscriptions and activity in one transaction.
 * Idempotent on the draft: only the request that claims it creates anything; the temporary password
 * exists only in that request's answer (its argon2id hash is stored). No revalidation here: re-rendering
 * the Review page would replace the one-time Setup information before the user could read it.
 */
export const placeCustomerOrder = action(
  { name: "customer.create", permission: "customers.create", schema: draftRef },
  async ({ draftId }, { viewer, audit }): Promise<ActionResult<OrderOutcome>> => {
    const claimed = await claimDraft(viewer, draftId);
    if (!claimed) {
      const draft = await draftForViewer(viewer, draftId);
      if (draft.submittedAt)
        return { message: msg("customers.wizard.submitted"), data: { alreadySubmitted: true, customerId: draft.customerId } };
      throw new NotFoundError();
    }
    const data: CustomerDraftData = claimed.data;
    const detailsParsed = customerDetailsSchema.safeParse(data.details ?? {});
    if (!detailsParsed.success || !data.lines?.length) throw new ActionError(msg("customers.wizard.incomplete"));
    const details = detailsParsed.data;
    const parties = await resolveParties(viewer, details, data.details?.providerId);
    if (parties.providerId !== claimed.providerId) throw new NotFoundError();
    await checkDetails(parties.providerId, details);
    checkLines(data.lines, await catalog());

    const domain = `${details.domain}${DOMAIN_SUFFIX}`;
    const { resellerId: _reseller, domain: _domain, ...fields } = details;
    const db = await getDb();
    const [customer] = await db
      .insert(customers)
      .values({ ...fields, domain, providerId: parties.providerId, resellerId: parties.resellerId, createdBy: viewer.id })
      .returning();
    const temporaryPassword = generateTemporaryPassword();
    const adminEmail = `admin@${domain}`;
    const [admin] = await db
      .insert(users)
      .values({
        email: adminEmail,
        name: `${details.contactFirstName} ${details.contactLastName}`,
        role: "customer_admin",
        customerId: customer!.id,
        passwordHash: await hashPassword(temporaryPassword),
        mustChangePassword: true,
      })
      .returning();
    const order = await recordOrder(
      {
        providerId: parties.providerId,
        customerId: customer!.id,
        kind: "new_customer",
        placedBy: viewer.id,
        onBehalfOfResellerId: parties.resellerId,
        idempotencyKey: `customer-draft:${draftId}`,
      },
      data.lines.map((l) => ({ offerId: l.offerId, quantity: l.licenses, partnerOfRecordId: parties.resellerId })),
    );
    const subs = await createSubscriptions(
      { providerId: parties.providerId, customerId: customer!.id, resellerId: parties.resellerId, orderId: order.id },
      data.lines,
    );
    await markDraftCustomer(viewer, draftId, customer!.id);

    const common = { providerId: parties.providerId, resellerId: parties.resellerId, customerId: customer!.id };
    audit({
      ...common,
      targetType: "customer",
      targetId: customer!.id,
      after: { companyName: customer!.companyName, domain, reseller: parties.resellerId },
      summary: `Added customer ${customer!.companyName}`,
    });
    audit({
      ...common,
      action: "user.create",
      targetType: "user",
      targetId: admin!.id,
      summary: `Administrator account ${adminEmail} with a temporary password`,
    });
    for (const sub of subs) {
      audit({
        ...common,
        action: "subscription.create",
        targetType: "subscription",
        targetId: sub.id,
        after: { offer: sub.offerId, licenses: sub.licenses },
        summary: `Subscribed ${sub.licenses} × ${sub.offerId}`,
      });
    }
    const setup: SetupInformation = {
      customerId: customer!.id,
      companyName: customer!.companyName,
      adminEmail,
      temporaryPassword,
    };
    return { message: msg("customers.wizard.customerAdded"), data: setup };
  },
);

/** Live "is this domain free?" for the New customer form (read-only; same checks as the wizard). */
export async function checkDomainAvailability(raw: string): Promise<{ available: boolean; message: string }> {
  const viewer = await routeViewer("customers.create");
  if (!viewer) return { available: false, message: "" };
  const parsed = domainPrefixSchema.safeParse(raw);
  const t = await getT();
  if (!parsed.success) return { available: false, message: messageText(t, parsed.error.issues[0]!.message) ?? "" };
  const domain = `${parsed.data}${DOMAIN_SUFFIX}`;
  return (await isDomainTaken(domain))
    ? { available: false, message: t("customers.wizard.domainTaken", { domain }) }
    : { available: true, message: t("customers.wizard.domainAvailable", { domain }) };
}
