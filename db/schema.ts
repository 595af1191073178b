/**
 * The whole Partner Hub data model. Tables are snake_case plurals; every tenant table carries
 * the provider id so the database can later be distributed by provider. Rules that a row alone can
 * express are CHECK constraints here; rules that need another table (active relationship, offer limits,
 * one-per-customer offers) are triggers in the custom migration `0001_rules.sql`.
 */
import { relations, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

// ── enums ─────────────────────────────────────────────────────────────────────────────────────────
export const partnerKind = pgEnum("partner_kind", ["indirect_provider", "indirect_reseller"]);
export const enrolmentStatus = pgEnum("enrolment_status", ["active", "pending"]);
export const userRole = pgEnum("user_role", ["provider", "reseller", "customer_admin", "operator"]);
/** A user's role within its organisation (Partner Center's agent roles); see lib/permissions.ts. */
export const orgRole = pgEnum("org_role", ["admin", "sales_agent", "helpdesk_agent"]);
export const userStatus = pgEnum("user_status", ["active", "deactivated"]);
export const supportRequestKind = pgEnum("support_request_kind", ["profile_change"]);
export const supportRequestStatus = pgEnum("support_request_status", ["submitted", "in_review", "completed", "rejected"]);
export const relationshipStatus = pgEnum("relationship_status", ["active", "ended"]);
export const subscriptionStatus = pgEnum("subscription_status", ["active", "suspended"]);
export const billingCycle = pgEnum("billing_cycle", ["monthly", "annual"]);
export const orderKind = pgEnum("order_kind", ["new_customer", "new_subscription", "license_change", "upgrade"]);
export const orderStatus = pgEnum("order_status", ["completed", "failed"]);

export type EnrolmentStatus = (typeof enrolmentStatus.enumValues)[number];
export type PartnerKind = (typeof partnerKind.enumValues)[number];
export type Role = (typeof userRole.enumValues)[number];
export type OrgRole = (typeof orgRole.enumValues)[number];
export type UserStatus = (typeof userStatus.enumValues)[number];
export type SupportRequestStatus = (typeof supportRequestStatus.enumValues)[number];
export type SubscriptionStatus = (typeof subscriptionStatus.enumValues)[number];

// ── partners and users ───────────────────────────────────────────────────────────────────────────
export const partners = pgTable(
  "partners",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: partnerKind().notNull(),
    legalName: text().notNull(),
    /** MPN-style partner ID: digits only, unique across the program. */
    partnerNumber: text().notNull().unique(),
    country: text().notNull(),
    status: enrolmentStatus().notNull().default("active"),
    createdAt: createdAt(),
  },
  (t) => [
    check("partners_partner_number_digits", sql`${t.partnerNumber} ~ '^[0-9]{4,12}$'`),
    check("partners_country_code", sql`${t.country} ~ '^[A-Z]{2}$'`),
    check("partners_legal_name_present", sql`length(btrim(${t.legalName})) >= 2`),
    index("partners_kind_name_idx").on(t.kind, t.legalName),
  ],
);
export type Partner = typeof partners.$inferSelect;

/** The customer tenants (one Microsoft tenant each). Declared before users because users reference them. */
export const customers = pgTable(
  "customers",
  {
    id: uuid().primaryKey().defaultRandom(),
    providerId: uuid()
      .notNull()
      .references(() => partners.id),
    /** The reseller with delegated admin rights (must have an active relationship with the provider). */
    resellerId: uuid().references(() => partners.id),
    companyName: text().notNull(),
    /** `<name>.onmicrosoft.com`, stored lower-case, globally unique. */
    domain: text().notNull(),
    country: text().notNull(),
    addressLine1: text().notNull(),
    addressLine2: text().notNull().default(""),
    city: text().notNull(),
    state: text().notNull().default(""),
    postalCode: text().notNull(),
    contactFirstName: text().notNull(),
    contactLastName: text().notNull(),
    contactEmail: text().notNull(),
    contactPhone: text().notNull().default(""),
    language: text().notNull().default("en"),
    createdAt: createdAt(),
    createdBy: uuid().references((): AnyPgColumn => users.id),
  },
  (t) => [
    uniqueIndex("customers_domain_key").on(sql`lower(${t.domain})`),
    unique("customers_id_provider_key").on(t.id, t.providerId),
    check("customers_domain_format", sql`${t.domain} ~ '^[a-z0-9][a-z0-9-]{0,62}\\.onmicrosoft\\.com$'`),
    check("customers_company_name_meaningful", sql`length(btrim(${t.companyName})) >= 2 AND ${t.companyName} ~ '[[:alnum:]]'`),
    foreignKey({
      name: "customers_relationship_fk",
      columns: [t.providerId, t.resellerId],
      foreignColumns: [resellerRelationships.providerId, resellerRelationships.resellerId],
    }),
    index("customers_provider_name_idx").on(t.providerId, sql`lower(${t.companyName})`, t.id),
    index("customers_provider_reseller_name_idx").on(t.providerId, t.resellerId, sql`lower(${t.companyName})`, t.id),
    index("customers_reseller_name_idx").on(t.resellerId, sql`lower(${t.companyName})`, t.id),
    index("customers_provider_created_idx").on(t.providerId, t.createdAt),
    // Search "contains" on name or domain stays fast at 100,000+ customers (pg_trgm, migration 0002).
    index("customers_company_name_trgm_idx").using("gin", sql`${t.companyName} gin_trgm_ops`),
    index("customers_domain_trgm_idx").using("gin", sql`${t.domain} gin_trgm_ops`),
  ],
);
export type Customer = typeof customers.$inferSelect;

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    /** argon2id; null for accounts that only sign in through an external identity provider. */
    passwordHash: text(),
    role: userRole().notNull(),
    /** Admin, sales agent or helpdesk agent of its organisation (agents only in partner organisations). */
    orgRole: orgRole().notNull().default("admin"),
    /** A deactivated user cannot sign in, and its sessions end on their next request (lib/auth.ts). */
    status: userStatus().notNull().default("active"),
    partnerId: uuid().references(() => partners.id),
    customerId: uuid().references((): AnyPgColumn => customers.id),
    mustChangePassword: boolean().notNull().default(false),
    createdAt: createdAt(),
    lastSignInAt: timestamp({ withTimezone: true }),
    /**
     * Carried in every session token; a token with another version is refused. Bumped (lib/sessions.ts
     * `revokeSessions`) on sign-out, password change or reset and deactivation: every session ends.
     */
    sessionVersion: integer().notNull().default(0),
    /** The Microsoft Entra ID identity this user signs in as: tenant id + object id (the `tid`, `oid` claims). */
    entraTenantId: uuid(),
    entraObjectId: uuid(),
    /** The interface language the user chose (Language / 語言); null: the browser's, else English. */
    locale: text(),
  },
  (t) => [
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    uniqueIndex("users_entra_identity_key").on(t.entraTenantId, t.entraObjectId),
    check("users_locale_known", sql`${t.locale} IS NULL OR ${t.locale} IN ('en', 'zh-TW')`),
    check("users_entra_identity_complete", sql`(${t.entraTenantId} IS NULL) = (${t.entraObjectId} IS NULL)`),
    // A user belongs to exactly one organisation, of the kind its role implies.
    check(
      "users_role_organisation",
      sql`(${t.role} IN ('provider','reseller') AND ${t.partnerId} IS NOT NULL AND ${t.customerId} IS NULL)
       OR (${t.role} = 'customer_admin' AND ${t.customerId} IS NOT NULL AND ${t.partnerId} IS NULL)
       OR (${t.role} = 'operator' AND ${t.partnerId} IS NULL AND ${t.customerId} IS NULL)`,
    ),
    check("users_org_role_agents_in_partners", sql`${t.orgRole} = 'admin' OR ${t.role} IN ('provider','reseller')`),
    index("users_partner_idx").on(t.partnerId),
    index("users_customer_idx").on(t.customerId),
  ],
);
export type User = typeof users.$inferSelect;

/**
 * Every sign-in attempt (both sign-in paths), kept outside the sign-in transaction: the record of failed
 * attempts and the throttle's store (lib/sign-in-throttle.ts), shared by every app instance. Failures are
 * kept a day, successes 30 days (they mark the addresses an account is known to sign in from).
 */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** As typed, lower-cased: it need not be a known account. */
    email: text().notNull(),
    /** The client address (lib/client-address.ts). */
    address: text().notNull(),
    succeeded: boolean().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_attempts_email_time_idx").on(t.email, t.at),
    index("sign_in_attempts_address_time_idx").on(t.address, t.at),
    check("sign_in_attempts_sizes", sql`length(${t.email}) <= 320 AND length(${t.address}) <= 100`),
  ],
);

/**
 * Single-use links to set a password: an invitation of a new user, or "Forgot password?". Only the
 * SHA-256 of the token is stored; a link works once, until it expires.
 */
export const passwordTokenPurpose = pgEnum("password_token_purpose", ["invitation", "reset"]);
export const passwordTokens = pgTable(
  "password_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: passwordTokenPurpose().notNull(),
    tokenHash: text().notNull().unique(),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("password_tokens_user_idx").on(t.userId, t.createdAt),
    check("password_tokens_expiry", sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

/**
 * Email to send, written in the same transaction as the change that causes it and delivered after
 * commit by the worker in lib/outbox.ts (claims with FOR UPDATE SKIP LOCKED, retries with backoff).
 */
export const outboxEmails = pgTable(
  "outbox_emails",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** What it is (user.invitation, password.reset, relationship.request), for the Outbox page. */
    kind: text().notNull(),
    to: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    createdAt: createdAt(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    /** When the worker may try (again); a claim pushes it forward, so a crashed worker's claim expires. */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("outbox_emails_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.sentAt} IS NULL`),
    index("outbox_emails_created_idx").on(t.createdAt, t.id),
    check("outbox_emails_attempts", sql`${t.attempts} >= 0`),
  ],
);
export type OutboxEmail = typeof outboxEmails.$inferSelect;

// ── official provider list and support requests ─────────────────────────────────────────────────
/** Uploaded images (provider logos), kept in the database so app instances stay stateless. */
export const images = pgTable(
  "images",
  {
    id: uuid().primaryKey().defaultRandom(),
    providerId: uuid().references(() => partners.id),
    contentType: text().notNull(),
    bytes: bytea().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check("images_content_type", sql`${t.contentType} IN ('image/png','image/jpeg','image/webp','image/svg+xml','image/gif')`),
    check("images_size", sql`${t.sizeBytes} > 0 AND ${t.sizeBytes} <= 524288`),
  ],
);

export const providerProfiles = pgTable("provider_profiles", {
  providerId: uuid()
    .primaryKey()
    .references(() => partners.id),
  displayName: text().notNull(),
  logoImageId: uuid().references(() => images.id),
  listed: boolean().notNull().default(true),
  updatedAt: timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});
export type ProviderProfile = typeof providerProfiles.$inferSelect;

export const providerProfileLocations = pgTable(
  "provider_profile_locations",
  {
    id: uuid().primaryKey().defaultRandom(),
    providerId: uuid()
      .notNull()
      .references(() => providerProfiles.providerId, { onDelete: "cascade" }),
    country: text().notNull(),
    targetUrl: text().notNull(),
  },
  (t) => [
    unique("provider_profile_locations_key").on(t.providerId, t.country),
    check("provider_profile_locations_url", sql`${t.targetUrl} ~ '^https://'`),
    index("provider_profile_locations_country_idx").on(t.country),
  ],
);

export type LocationUrl = { country: string; targetUrl: string };

export const supportRequests = pgTable(
  "support_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    providerId: uuid()
      .notNull()
      .references(() => partners.id),
    kind: supportRequestKind().notNull().default("profile_change"),
    companyName: text(),
    logoImageId: uuid().references(() => images.id),
    /** Requested target URL per location; null = leave the locations unchanged. */
    locations: jsonb().$type<LocationUrl[]>(),
    note: text().notNull().default(""),
    status: supportRequestStatus().notNull().default("submitted"),
    operatorReply: text(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedBy: uuid().references(() => users.id),
  },
  (t) => [
    index("support_requests_provider_idx").on(t.providerId, t.createdAt),
    index("support_requests_status_idx").on(t.status, t.createdAt),
    check("support_requests_rejection_reason", sql`${t.status} <> 'rejected' OR coalesce(btrim(${t.operatorReply}), '') <> ''`),
  ],
);
export type SupportRequest = typeof supportRequests.$inferSelect;

// ── relationships ─────────────────────────────────────────────────────────────────────────────────
export const relationshipInvitations = pgTable(
  "relationship_invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    providerId: uuid()
      .notNull()
      .references(() => partners.id),
    /** SHA-256 of the one-time token; the token itself is never stored. */
    tokenHash: text().notNull().unique(),
    message: text().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedByResellerId: uuid().references(() => partners.id),
    acceptedByUserId: uuid().references(() => users.id),
    revokedAt: timestamp({ withTimezone: true }),
    revokedBy: uuid().references(() => users.id),
    /** When the provider knows who it is for: only the reseller with this partner ID may accept it. */
    boundPartnerNumber: text(),
    /** …and/or only a user with this email (lower case). */
    boundEmail: text(),
  },
  (t) => [
    index("relationship_invitations_provider_idx").on(t.providerId, t.createdAt),
    check(
      "relationship_invitations_bound_partner_number",
      sql`${t.boundPartnerNumber} IS NULL OR ${t.boundPartnerNumber} ~ '^[0-9]{4,12}$'`,
    ),
    check("relationship_invitations_bound_email_lower", sql`${t.boundEmail} IS NULL OR ${t.boundEmail} = lower(${t.boundEmail})`),
    check("relationship_invitations_accepted_together", sql`(${t.acceptedAt} IS NULL) = (${t.acceptedByResellerId} IS NULL)`),
    check("relationship_invitations_not_both", sql`${t.acceptedAt} IS NULL OR ${t.revokedAt} IS NULL`),
  ],
);
export type RelationshipInvitation = typeof relationshipInvitations.$inferSelect;

export const resellerRelationships = pgTable(
  "reseller_relationships",
  {
    id: uuid().primaryKey().defaultRandom(),
    providerId: uuid()
      .notNull()
      .references(() => partners.id),
    resellerId: uuid()
      .notNull()
      .references(() => partners.id),
    status: relationshipStatus().notNull().default("active"),
    establishedAt: createdAt(),
    endedAt: timestamp({ withTimezone: true }),
    endedBy: uuid().references((): AnyPgColumn => users.id),
    invitationId: uuid().references((): AnyPgColumn => relationshipInvitations.id),
  },
  (t) => [
    unique("reseller_relationships_pair_key").on(t.providerId, t.resellerId),
    check("reseller_relationships_distinct", sql`${t.providerId} <> ${t.resellerId}`),
    check("reseller_relationships_ended", sql`(${t.status} = 'ended') = (${t.endedAt} IS NOT NULL)`),
    index("reseller_relationships_reseller_idx").on(t.resellerId, t.status),
  ],
);
export type ResellerRelationship = typeof resellerRelationships.$inferSelect;

// ── catalog ───────────────────────────────────────────────────────────────────────────────────────
export const offers = pgTable(
  "offers",
  {
    id: text().primaryKey(),
    name: text().notNull(),
    description: text().notNull(),
    category: text().notNull(),
    /** Price per license per billing cycle, in cents (USD). */
    unitPriceCents: integer().notNull(),
    billingCycle: billingCycle().notNull().default("monthly"),
    minLicenses: integer().notNull(),
    maxLicenses: integer().notNull(),
    onePerCustomer: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    check("offers_limits", sql`${t.minLicenses} >= 1 AND ${t.maxLicenses} >= ${t.minLicenses}`),
    check("offers_price", sql`${t.unitPriceCents} >= 0`),
  ],
);
export type Offer = typeof offers.$inferSelect;

export const offerUpgrades = pgTable(
  "offer_upgrades",
  {
    fromOfferId: text()
      .notNull()
      .references(() => offers.id),
    toOfferId: text()
      .notNull()
      .references(() => offers.id),
  },
  (t) => [
    primaryKey({ columns: [t.fromOfferId, t.toOfferId] }),
    check("offer_upgrades_distinct", sql`${t.fromOfferId} <> ${t.toOfferId}`),
  ],
);

// ── new-customer wizard drafts ───────────────────────────────────────────────────────────────────
export type DraftLine = { offerId: string; licenses: number };
export type CustomerDraftData = {
  details?: Record<string, string>;
  lines?: DraftLine[];
};

/** The wizard's state between steps: owned by one user, expires after 24 hours, never a customer row. */
export const customerDrafts = pgTable(
  "customer_drafts",
  {
    id: uuid().primaryKey().defaultRandom(),
    providerId: uuid()
      .notNull()
      .references(() => partners.id),
    /** The organisation driving the wizard (the provider itself, or a reseller adding through it). */
    actingPartnerId: uuid()
      .notNull()
      .references(() => partners.id),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    data: jsonb().$type<CustomerDraftData>().notNull().default({}),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`now() + interval '24 hours'`),
    submittedAt: timestamp({ withTimezone: true }),
    customerId: uuid().references(() => customers.id),
  },
  (t) => [index("customer_drafts_user_idx").on(t.userId, t.createdAt)],
);
export type CustomerDraft = typeof customerDrafts.$inferSelect;

// ── orders and subscriptions ─────────────────────────────────────────────────────────────────────
export const orders = pgTable(
  "orders",
  {
    id: uuid().primaryKey().defaultRandom(),
    providerId: uuid()
      .notNull()
      .references(() => partners.id),
    customerId: uuid().notNull(),
    kind: orderKind().notNull(),
    status: orderStatus().notNull().default("completed"),
    placedBy: uuid()
      .notNull()
      .references(() => users.id),
    /** The reseller the order was placed on behalf of (or by), if any. */
    onBehalfOfResellerId: uuid().references(() => partners.id),
    /** Makes a retried submit land once (e.g. the wizard draft id). */
    idempotencyKey: text().unique(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: "orders_customer_fk",
      columns: [t.customerId, t.providerId],
      foreignColumns: [customers.id, customers.providerId],
    }),
    index("orders_customer_idx").on(t.customerId, t.createdAt, t.id),
    index("orders_provider_idx").on(t.providerId, t.createdAt, t.id),
    index("orders_provider_reseller_idx").on(t.providerId, t.onBehalfOfResellerId, t.createdAt, t.id),
  ],
);
export type Order = typeof orders.$inferSelect;

export const subscriptions = pgTable(
  "subscriptions",
  {
    id: uuid().primaryKey().defaultRandom(),
    providerId: uuid()
      .notNull()
      .references(() => partners.id),
    customerId: uuid().notNull(),
    offerId: text()
      .notNull()
      .references(() => offers.id),
    licenses: integer().notNull(),
    status: subscriptionStatus().notNull().default("active"),
    /** Partner of record (earns incentive credit); must have an active relationship with the provider. */
    resellerId: uuid().references(() => partners.id),
    /** Assigned support contact: the provider itself or one of its active resellers. */
    supportContactId: uuid()
      .notNull()
      .references(() => partners.id),
    orderId: uuid().references((): AnyPgColumn => orders.id),
    /** Optimistic concurrency: every change bumps it; an edit made against an older version is refused. */
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    check("subscriptions_licenses_positive", sql`${t.licenses} > 0`),
    foreignKey({
      name: "subscriptions_customer_fk",
      columns: [t.customerId, t.providerId],
      foreignColumns: [customers.id, customers.providerId],
    }),
    foreignKey({
      name: "subscriptions_relationship_fk",
      columns: [t.providerId, t.resellerId],
      foreignColumns: [resellerRelationships.providerId, resellerRelationships.resellerId],
    }),
    index("subscriptions_customer_idx").on(t.customerId, t.createdAt),
    // The Indirect resellers page counts a page of resellers' subscriptions from these two alone (index-only).
    index("subscriptions_provider_reseller_idx").on(t.providerId, t.resellerId, t.supportContactId),
    index("subscriptions_provider_support_idx").on(t.providerId, t.supportContactId),
    index("subscriptions_reseller_idx").on(t.resellerId),
    index("subscriptions_support_idx").on(t.supportContactId),
    index("subscriptions_offer_idx").on(t.offerId),
  ],
);
export type Subscription = typeof subscriptions.$inferSelect;

export const orderLines = pgTable(
  "order_lines",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    providerId: uuid()
      .notNull()
      .references(() => partners.id),
    offerId: text()
      .notNull()
      .references(() => offers.id),
    quantity: integer().notNull(),
    partnerOfRecordId: uuid().references(() => partners.id),
    subscriptionId: uuid().references(() => subscriptions.id),
  },
  (t) => [check("order_lines_quantity", sql`${t.quantity} > 0`), index("order_lines_order_idx").on(t.orderId)],
);

// ── dashboard summary ──────────────────────────────────────────────────────────────────────────────
/**
 * What the dashboards count, kept exact by triggers (migration 0004) in the same transactions as the
 * writes, so a dashboard reads a few hundred rows instead of scanning 300,000 subscriptions. Derived data:
 * `ph_rebuild_dashboard_summary()` recomputes both tables from customers and subscriptions (bulk loads).
 */
export const customerMonths = pgTable(
  "customer_months",
  {
    /** The organisation whose dashboard counts them: the customer's provider, and its reseller (if any). */
    partnerId: uuid().notNull(),
    /** First day of the UTC month the customers were added in. */
    month: date({ mode: "string" }).notNull(),
    customers: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.month] })],
);

export const subscriptionTotals = pgTable(
  "subscription_totals",
  {
    providerId: uuid().notNull(),
    /** The partner of record of the subscriptions; null = direct. */
    resellerId: uuid(),
    activeSubscriptions: integer().notNull(),
    activeLicenses: bigint({ mode: "number" }).notNull(),
  },
  (t) => [
    unique("subscription_totals_key").on(t.providerId, t.resellerId).nullsNotDistinct(),
    index("subscription_totals_licenses_idx").on(t.providerId, t.activeLicenses),
  ],
);

// ── activity ──────────────────────────────────────────────────────────────────────────────────────
export const activityRecords = pgTable(
  "activity_records",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Who: the user (null for the system, e.g. seeding) and the organisation they acted for. */
    actorUserId: uuid().references(() => users.id),
    actorRole: userRole(),
    actorPartnerId: uuid().references(() => partners.id),
    actorCustomerId: uuid().references(() => customers.id),
    /** The provider tenant the record concerns (its Activity log), and the reseller if one is involved. */
    providerId: uuid().references(() => partners.id),
    resellerId: uuid().references(() => partners.id),
    customerId: uuid().references(() => customers.id),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text(),
    status: text().notNull().default("succeeded"),
    details: jsonb().$type<{ before?: unknown; after?: unknown; summary?: string }>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index("activity_provider_time_idx").on(t.providerId, t.createdAt, t.id),
    index("activity_actor_partner_time_idx").on(t.actorPartnerId, t.createdAt, t.id),
    index("activity_reseller_time_idx").on(t.resellerId, t.createdAt, t.id),
    index("activity_customer_time_idx").on(t.customerId, t.createdAt),
  ],
);
export type ActivityRecord = typeof activityRecords.$inferSelect;

// ── relations ─────────────────────────────────────────────────────────────────────────────────────
export const partnersRelations = relations(partners, ({ many, one }) => ({
  users: many(users),
  profile: one(providerProfiles, { fields: [partners.id], references: [providerProfiles.providerId] }),
}));
export const usersRelations = relations(users, ({ one }) => ({
  partner: one(partners, { fields: [users.partnerId], references: [partners.id] }),
  customer: one(customers, { fields: [users.customerId], references: [customers.id] }),
}));
export const customersRelations = relations(customers, ({ one, many }) => ({
  provider: one(partners, { fields: [customers.providerId], references: [partners.id], relationName: "customer_provider" }),
  reseller: one(partners, { fields: [customers.resellerId], references: [partners.id], relationName: "customer_reseller" }),
  subscriptions: many(subscriptions),
}));
export const subscriptionsRelations = relations(subscriptions, ({ one }) => ({
  customer: one(customers, { fields: [subscriptions.customerId], references: [customers.id] }),
  offer: one(offers, { fields: [subscriptions.offerId], references: [offers.id] }),
}));
export const providerProfilesRelations = relations(providerProfiles, ({ many, one }) => ({
  locations: many(providerProfileLocations),
  provider: one(partners, { fields: [providerProfiles.providerId], references: [partners.id] }),
}));
export const providerProfileLocationsRelations = relations(providerProfileLocations, ({ one }) => ({
  profile: one(providerProfiles, { fields: [providerProfileLocations.providerId], references: [providerProfiles.providerId] }),
}));
