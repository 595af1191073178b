"use server";
import { getDb } from "@/db";
import { partners, users } from "@/db/schema";
import { ActionError } from "@/lib/errors";
import { publicAction } from "@/lib/action";
import { startSession } from "@/lib/auth";
import { hashPassword } from "@/lib/password";
import { msg } from "@/lib/i18n/message";
import { safeRedirect } from "@/lib/safe-redirect";
import { enrolSchema } from "@/lib/validation/relationships";

/**
 * "Enrol as an indirect reseller": the partner (pending until the operator activates it) and its administrator in one transaction (a taken partner
 * ID or email comes back from the unique constraints as a field message), then signed in.
 */
export const enrolReseller = publicAction(
  {
    name: "partner.enrol",
    schema: enrolSchema,
    // argon2 before the transaction opens (it must not hold a database connection).
    prepare: async (input, viewer) => {
      if (viewer) throw new ActionError(msg("relationships.enrol.signedIn", { email: viewer.email }));
      return hashPassword(input.password);
    },
  },
  async (input, { prepared: passwordHash, audit }) => {
    const db = await getDb();
    const [partner] = await db
      .insert(partners)
      .values({
        kind: "indirect_reseller",
        status: "pending",
        legalName: input.companyName,
        partnerNumber: input.partnerNumber,
        country: input.country,
      })
      .returning();
    const [user] = await db
      .insert(users)
      .values({ email: input.email, name: input.name, role: "reseller", partnerId: partner!.id, passwordHash })
      .returning();
    audit({
      actor: user!,
      targetType: "partner",
      targetId: partner!.id,
      resellerId: partner!.id,
      providerId: null,
      after: {
        legalName: partner!.legalName,
        partnerNumber: partner!.partnerNumber,
        country: partner!.country,
        admin: user!.email,
      },
      summary: "indirect reseller enrolled",
    });
    await startSession(user!);
    return { redirect: safeRedirect(input.callbackUrl) ?? "/reseller" };
  },
);
