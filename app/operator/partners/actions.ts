"use server";
import { activateReseller } from "@/db/queries/operator";
import { action } from "@/lib/action";
import { activatePartnerSchema } from "@/lib/validation/profile";
import { msg } from "@/lib/i18n/message";

/** Activates a pending indirect reseller enrolment. */
export const activatePartner = action(
  {
    name: "partner.activate",
    permission: "operator.partners",
    schema: activatePartnerSchema,
    revalidate: ["/operator/partners"],
  },
  async ({ partnerId }, { viewer, audit }) => {
    const partner = await activateReseller(viewer, partnerId);
    audit({
      resellerId: partnerId,
      targetType: "partner",
      targetId: partnerId,
      before: { status: "pending" },
      after: { status: "active" },
      summary: `${partner.legalName} activated`,
    });
    return { message: msg("operator.partners.isActive", { name: partner.legalName }) };
  },
);
