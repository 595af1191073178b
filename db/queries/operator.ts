import "server-only";
import { and, asc, eq, or, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/viewer";
import { msg } from "@/lib/i18n/message";
import { ActionError, NotFoundError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { getDb } from "../index";
import { partners, type PartnerKind } from "../schema";
import { contains } from "./search";

export type PartnerFilter = { kind?: PartnerKind; status?: "active" | "pending"; q?: string };

/** Every partner of the program (the operator only), by name; at most `limit` rows. */
export async function allPartners(viewer: Viewer, filter: PartnerFilter = {}, limit = 200) {
  if (!can(viewer, "operator.partners")) throw new NotFoundError();
  const db = await getDb();
  return db
    .select({
      id: partners.id,
      kind: partners.kind,
      legalName: partners.legalName,
      partnerNumber: partners.partnerNumber,
      country: partners.country,
      status: partners.status,
      createdAt: partners.createdAt,
    })
    .from(partners)
    .where(
      and(
        filter.kind ? eq(partners.kind, filter.kind) : undefined,
        filter.status ? eq(partners.status, filter.status) : undefined,
        filter.q ? or(contains(partners.legalName, filter.q), contains(partners.partnerNumber, filter.q)) : undefined,
      ),
    )
    .orderBy(asc(sql`lower(${partners.legalName})`), asc(partners.id))
    .limit(limit);
}

/** The operator activates a pending indirect reseller's enrolment; any other partner is NotFoundError. */
export async function activateReseller(viewer: Viewer, partnerId: string) {
  if (!can(viewer, "operator.partners")) throw new NotFoundError();
  const db = await getDb();
  const [partner] = await db.select().from(partners).where(eq(partners.id, partnerId)).for("update");
  if (!partner || partner.kind !== "indirect_reseller") throw new NotFoundError();
  if (partner.status === "active") throw new ActionError(msg("operator.alreadyActive", { name: partner.legalName }));
  await db.update(partners).set({ status: "active" }).where(eq(partners.id, partnerId));
  return partner;
}
