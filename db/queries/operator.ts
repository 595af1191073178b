import "server-only";
import { and, asc, eq, or, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth";
import { NotFoundError } from "@/lib/form-state";
import { can } from "@/lib/permissions";
import { getDb } from "../index";
import { partners, type PartnerKind } from "../schema";
import { contains } from "./search";

export type PartnerFilter = { kind?: PartnerKind; status?: "active" | "pending"; q?: string };

/** Every partner of the program (the operator only), by name; at most `limit` rows. */
export async function allPartners(viewer: Viewer, filter: PartnerFilter = {}, limit = 200) {
  if (!can(viewer.role, "operator.partners")) throw new NotFoundError();
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
