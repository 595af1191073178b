/**
 * Database constraints the user can run into, as field messages (the rest are bugs, shown generically).
 * Messages are catalogue keys (messages/*.json, validation.constraint), worded by the action wrapper.
 */
const messages: Record<string, { field?: string; message: string }> = {
  customers_domain_key: { field: "domain", message: "validation.constraint.domainTaken" },
  customers_domain_format: { field: "domain", message: "validation.constraint.domainFormat" },
  customers_company_name_meaningful: { field: "companyName", message: "validation.constraint.companyName" },
  customers_reseller_active: { field: "resellerId", message: "validation.constraint.resellerInactive" },
  customers_relationship_fk: { field: "resellerId", message: "validation.constraint.resellerNone" },
  users_email_lower_key: { field: "email", message: "validation.constraint.emailTaken" },
  users_last_active_admin: { message: "validation.constraint.lastAdmin" },
  users_org_role_agents_in_partners: { field: "orgRole", message: "validation.constraint.allAdmins" },
  // drizzle-kit named this one (0000_init.sql), hence the camelCase.
  partners_partnerNumber_unique: { field: "partnerNumber", message: "validation.constraint.partnerIdTaken" },
  subscriptions_licenses_in_range: { field: "licenses", message: "validation.constraint.licensesRange" },
  subscriptions_licenses_positive: { field: "licenses", message: "validation.constraint.licensesPositive" },
  subscriptions_reseller_active: { field: "resellerId", message: "validation.constraint.resellerInactive" },
  subscriptions_relationship_fk: { field: "resellerId", message: "validation.constraint.resellerNone" },
  subscriptions_support_contact_active: { field: "supportContactId", message: "validation.constraint.supportContact" },
  subscriptions_offer_once_per_customer: { field: "offerId", message: "validation.constraint.offerOnce" },
  reseller_relationships_pair_key: { message: "validation.constraint.relationshipExists" },
  support_requests_rejection_reason: { field: "reason", message: "validation.constraint.reason" },
  images_content_type: { field: "logo", message: "validation.constraint.logoType" },
  images_size: { field: "logo", message: "validation.constraint.logoSize" },
  provider_profile_locations_key: { field: "locations", message: "validation.constraint.locationOnce" },
};

export function constraintMessage(constraint: string | undefined) {
  return constraint ? messages[constraint] : undefined;
}
