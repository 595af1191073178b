/** Database constraints the user can run into, as field messages (the rest are bugs, shown generically). */
const messages: Record<string, { field?: string; message: string }> = {
  customers_domain_key: { field: "domain", message: "This domain is already taken. Choose another." },
  customers_domain_format: { field: "domain", message: "Use letters, digits and hyphens only." },
  customers_company_name_meaningful: { field: "companyName", message: "Enter the company's name (more than one character, not only punctuation)." },
  customers_reseller_active: { field: "resellerId", message: "This indirect reseller has no active relationship with the provider." },
  customers_relationship_fk: { field: "resellerId", message: "This indirect reseller has no relationship with the provider." },
  users_email_lower_key: { field: "email", message: "An account with this email already exists." },
  users_last_active_admin: { message: "The organisation must keep at least one active Admin: make someone else an Admin first." },
  users_org_role_agents_in_partners: { field: "orgRole", message: "This organisation's users are all Admins." },
  // drizzle-kit named this one (0000_init.sql), hence the camelCase.
  partners_partnerNumber_unique: { field: "partnerNumber", message: "This partner ID is already enrolled." },
  subscriptions_licenses_in_range: { field: "licenses", message: "The number of licenses is outside this offer's limits." },
  subscriptions_licenses_positive: { field: "licenses", message: "The number of licenses must be at least 1." },
  subscriptions_reseller_active: { field: "resellerId", message: "This indirect reseller has no active relationship with the provider." },
  subscriptions_relationship_fk: { field: "resellerId", message: "This indirect reseller has no relationship with the provider." },
  subscriptions_support_contact_active: { field: "supportContactId", message: "The support contact must be the provider or one of its active indirect resellers." },
  subscriptions_offer_once_per_customer: { field: "offerId", message: "This offer allows only one subscription per customer, and the customer already has it." },
  reseller_relationships_pair_key: { message: "This relationship already exists." },
  support_requests_rejection_reason: { field: "reason", message: "Give the provider a reason." },
  images_content_type: { field: "logo", message: "Upload a PNG, JPEG, WebP, SVG or GIF image." },
  images_size: { field: "logo", message: "The logo must be 512 KiB or smaller." },
  provider_profile_locations_key: { field: "locations", message: "Each location may appear only once." },
};

export function constraintMessage(constraint: string | undefined) {
  return constraint ? messages[constraint] : undefined;
}
