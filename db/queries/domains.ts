import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "../index";
import { customers, users } from "../schema";

/** Whether any customer already has this primary domain (domains are unique program-wide). */
export async function isDomainTaken(domain: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(eq(sql`lower(${customers.domain})`, domain.toLowerCase()));
  return Boolean(row);
}

/**
 * The email domains a provider's own staff use (a customer's contact may not use them). Unsafe: the
 * provider id must be the viewer's own or one of its active providers.
 */
export async function unsafeProviderEmailDomains(providerId: string) {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ domain: sql<string>`lower(split_part(${users.email}, '@', 2))` })
    .from(users)
    .where(eq(users.partnerId, providerId));
  return rows.map((r) => r.domain);
}
