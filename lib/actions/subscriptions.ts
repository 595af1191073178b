"use server";
import { customerForViewer, setCustomerReseller } from "@/db/queries/customers";
import { activeOffer, assertLicenseLimits, upgradeTargets } from "@/db/queries/offers";
import {
  createSubscriptions,
  orderByIdempotencyKey,
  recordOrder,
  recordOrderOnce,
  unsafeUpdateSubscriptionAt,
} from "@/db/queries/orders";
import { isActiveReseller } from "@/db/queries/partners";
import { subscriptionForViewer, unsafeCustomerHasOffer } from "@/db/queries/subscriptions";
import type { Subscription } from "@/db/schema";
import type { Viewer } from "@/lib/viewer";
import { ActionError, NotFoundError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { action, type AuditInput } from "@/lib/action";
import {
  changeLicensesSchema,
  customerResellerSchema,
  newSubscriptionSchema,
  subscriptionResellerSchema,
  subscriptionStatusSchema,
  supportContactSchema,
  upgradeSchema,
} from "@/lib/validation/customers";

const STALE = msg("subscriptions.stale");
const revalidate = ["/provider", "/reseller", "/customer"];

/** Applies a change against the version the user saw; a stale version changes nothing. */
async function change(sub: Subscription, version: number, set: Partial<Subscription>) {
  const updated = await unsafeUpdateSubscriptionAt(sub.id, version, set);
  if (!updated) throw new ActionError(STALE);
  return updated;
}

async function requireActiveReseller(viewer: Viewer, resellerId: string, field: string) {
  if (!(await isActiveReseller(viewer, resellerId))) throw new ActionError(msg("subscriptions.chooseActiveReseller"), field);
}

function auditSub(sub: Subscription, extra: Omit<AuditInput, "targetType">): AuditInput {
  return { targetType: "subscription", targetId: sub.id, providerId: sub.providerId, customerId: sub.customerId, ...extra };
}

/** New subscription for an existing customer (provider), optionally with a reseller of record. */
export const addSubscription = action(
  { name: "subscription.create", permission: "subscriptions.create", schema: newSubscriptionSchema, revalidate },
  async (input, { viewer, audit }) => {
    const { customer } = await customerForViewer(viewer, input.customerId);
    const offer = await activeOffer(input.offerId);
    if (!offer) throw new ActionError(msg("subscriptions.chooseCatalogOffer"), "offerId");
    assertLicenseLimits(offer, input.licenses, "licenses");
    const resellerId = input.resellerId || null;
    if (resellerId) await requireActiveReseller(viewer, resellerId, "resellerId");
    const o = {
      providerId: customer.providerId,
      customerId: customer.id,
      kind: "new_subscription" as const,
      placedBy: viewer.id,
      onBehalfOfResellerId: resellerId,
    };
    const lines = [{ offerId: offer.id, quantity: input.licenses, partnerOfRecordId: resellerId }];
    // The same form submitted twice (double click, retry): the first places the order, the others land on it.
    const key = input.requestKey ? `subscription.create:${viewer.id}:${input.requestKey}` : undefined;
    const order = key ? await recordOrderOnce({ ...o, idempotencyKey: key }, lines) : await recordOrder(o, lines);
    if (!order) {
      const earlier = await orderByIdempotencyKey(key!);
      audit({ targetType: "customer", targetId: customer.id, summary: "Repeated submit: the order was already placed" });
      return {
        redirect: `/provider/customers/${customer.id}${earlier?.subscriptionId ? `?added=${earlier.subscriptionId}` : ""}`,
      };
    }
    const [sub] = await createSubscriptions(
      { providerId: customer.providerId, customerId: customer.id, resellerId, orderId: order.id },
      [{ offerId: offer.id, licenses: input.licenses }],
    );
    audit(
      auditSub(sub!, {
        resellerId,
        after: { offer: offer.id, licenses: input.licenses, reseller: resellerId },
        summary: `Subscribed ${input.licenses} × ${offer.name}`,
      }),
    );
    return { redirect: `/provider/customers/${customer.id}?added=${sub!.id}` };
  },
);

/** "Assigned support contact": the provider itself or one of its active resellers. */
export const assignSupportContact = action(
  {
    name: "subscription.assign_support_contact",
    permission: "subscriptions.setSupportContact",
    schema: supportContactSchema,
    revalidate,
  },
  async (input, { viewer, audit }) => {
    const { subscription: sub } = await subscriptionForViewer(viewer, input.subscriptionId);
    if (input.supportContactId !== sub.providerId)
      await requireActiveReseller(viewer, input.supportContactId, "supportContactId");
    const updated = await change(sub, input.version, { supportContactId: input.supportContactId });
    audit(
      auditSub(sub, {
        resellerId: input.supportContactId === sub.providerId ? null : input.supportContactId,
        before: { supportContact: sub.supportContactId },
        after: { supportContact: updated.supportContactId },
        summary: "Assigned support contact changed",
      }),
    );
    return { message: msg("subscriptions.supportSaved") };
  },
);

/** Licenses within the offer's limits; recorded as an order through the customer's provider. */
export const changeLicenses = action(
  { name: "subscription.change_licenses", permission: "subscriptions.changeLicenses", schema: changeLicensesSchema, revalidate },
  async (input, { viewer, audit }) => {
    const { subscription: sub, offer, adminRights } = await subscriptionForViewer(viewer, input.subscriptionId);
    // Admin rights come with the customer (a reseller's: associated with it); partner of record or support contact alone is read-only.
    if (!adminRights) throw new NotFoundError();
    if (sub.status !== "active") throw new ActionError(msg("subscriptions.reactivateFirst"), "licenses");
    assertLicenseLimits(offer, input.licenses, "licenses");
    if (input.licenses === sub.licenses) throw new ActionError(msg("subscriptions.sameLicenses"), "licenses");
    const updated = await change(sub, input.version, { licenses: input.licenses });
    // A reseller's change is an order it places itself, through the customer's provider.
    const byReseller = viewer.partnerId !== sub.providerId ? viewer.partnerId : null;
    await recordOrder(
      {
        providerId: sub.providerId,
        customerId: sub.customerId,
        kind: "license_change",
        placedBy: viewer.id,
        onBehalfOfResellerId: byReseller ?? sub.resellerId,
      },
      [{ offerId: sub.offerId, quantity: input.licenses, partnerOfRecordId: sub.resellerId, subscriptionId: sub.id }],
    );
    audit(
      auditSub(sub, {
        resellerId: byReseller ?? sub.resellerId,
        before: { licenses: sub.licenses },
        after: { licenses: updated.licenses },
        summary: `Licenses ${sub.licenses} → ${updated.licenses}`,
      }),
    );
    return { message: msg("subscriptions.licensesChanged", { count: updated.licenses }) };
  },
);

/** Upgrade to an eligible offer: only while active, not to an offer the customer already has. */
export const upgradeSubscription = action(
  { name: "subscription.upgrade", permission: "subscriptions.manage", schema: upgradeSchema, revalidate },
  async (input, { viewer, audit }) => {
    const { subscription: sub } = await subscriptionForViewer(viewer, input.subscriptionId);
    if (sub.status !== "active") throw new ActionError(msg("subscriptions.onlyActiveUpgrade"), "targetOfferId");
    const target = (await upgradeTargets(sub.offerId)).find((o) => o.id === input.targetOfferId);
    if (!target) throw new ActionError(msg("subscriptions.cannotUpgrade"), "targetOfferId");
    if (await unsafeCustomerHasOffer(sub.customerId, target.id))
      throw new ActionError(msg("subscriptions.alreadyHas", { offer: target.name }), "targetOfferId");
    assertLicenseLimits(target, sub.licenses, "targetOfferId", sub.licenses);
    await change(sub, input.version, { offerId: target.id });
    await recordOrder(
      {
        providerId: sub.providerId,
        customerId: sub.customerId,
        kind: "upgrade",
        placedBy: viewer.id,
        onBehalfOfResellerId: sub.resellerId,
      },
      [{ offerId: target.id, quantity: sub.licenses, partnerOfRecordId: sub.resellerId, subscriptionId: sub.id }],
    );
    audit(auditSub(sub, { before: { offer: sub.offerId }, after: { offer: target.id }, summary: `Upgraded to ${target.name}` }));
    return { message: msg("subscriptions.upgraded", { offer: target.name }) };
  },
);

/** The reseller of record (incentive credit), or none. */
export const changeSubscriptionReseller = action(
  { name: "subscription.change_reseller", permission: "subscriptions.manage", schema: subscriptionResellerSchema, revalidate },
  async (input, { viewer, audit }) => {
    const { subscription: sub } = await subscriptionForViewer(viewer, input.subscriptionId);
    const resellerId = input.resellerId || null;
    if (resellerId) await requireActiveReseller(viewer, resellerId, "resellerId");
    await change(sub, input.version, { resellerId });
    audit(
      auditSub(sub, {
        resellerId: resellerId ?? sub.resellerId,
        before: { reseller: sub.resellerId },
        after: { reseller: resellerId },
        summary: "Indirect reseller of record changed",
      }),
    );
    return { message: msg("subscriptions.resellerSaved") };
  },
);

export const setSubscriptionStatus = action(
  { name: "subscription.set_status", permission: "subscriptions.manage", schema: subscriptionStatusSchema, revalidate },
  async (input, { viewer, audit }) => {
    const { subscription: sub } = await subscriptionForViewer(viewer, input.subscriptionId);
    if (sub.status === input.status) throw new ActionError(msg("subscriptions.alreadyStatus", { status: input.status }));
    await change(sub, input.version, { status: input.status });
    audit(
      auditSub(sub, {
        action: input.status === "suspended" ? "subscription.suspend" : "subscription.reactivate",
        before: { status: sub.status },
        after: { status: input.status },
        summary: input.status === "suspended" ? "Suspended" : "Reactivated",
      }),
    );
    return { message: input.status === "suspended" ? msg("subscriptions.suspended") : msg("subscriptions.reactivated") };
  },
);

/** Establish (or change, or end) the reseller relationship of an existing customer. */
export const associateCustomerReseller = action(
  { name: "customer.associate_reseller", permission: "customers.associateReseller", schema: customerResellerSchema, revalidate },
  async (input, { viewer, audit }) => {
    const { customer } = await customerForViewer(viewer, input.customerId);
    const resellerId = input.resellerId || null;
    if (resellerId === customer.resellerId) throw new ActionError(msg("customers.alreadyReseller"), "resellerId");
    if (resellerId) await requireActiveReseller(viewer, resellerId, "resellerId");
    await setCustomerReseller(viewer, customer.id, resellerId);
    audit({
      targetType: "customer",
      targetId: customer.id,
      customerId: customer.id,
      resellerId: resellerId ?? customer.resellerId,
      before: { reseller: customer.resellerId },
      after: { reseller: resellerId },
      summary: resellerId ? "Indirect reseller associated" : "Indirect reseller removed",
    });
    return { message: resellerId ? msg("customers.resellerAssociated") : msg("customers.resellerRemoved") };
  },
);
