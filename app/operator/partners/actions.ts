"use server";
import { eq } from "drizzle-orm";
import { partners } from "@/db/schema";
import { ActionError, NotFoundError, action } from "@/lib/action";
import { activatePartnerSchema } from "@/lib/validation/profile";

/** Activates a pending indirect reseller enrolment. */
export const activatePartner = action(
  { name: "partner.activate", permission: "operator.partners", schema: activatePartnerSchema, revalidate: ["/operator/partners"] },
  async ({ partnerId }, { tx, audit }) => {
    const [partner] = await tx.select().from(partners).where(eq(partners.id, partnerId)).for("update");
    if (!partner || partner.kind !== "indirect_reseller") throw new NotFoundError();
    if (partner.status === "active") throw new ActionError(`${partner.legalName} is already active.`);
    await tx.update(partners).set({ status: "active" }).where(eq(partners.id, partnerId));
    audit({ resellerId: partnerId, targetType: "partner", targetId: partnerId, before: { status: "pending" }, after: { status: "active" }, summary: `${partner.legalName} activated` });
    return { message: `${partner.legalName} is active.` };
  },
);
