/**
 * The actors of the authorization matrices (tests/integration and tests/e2e), each relative to "the
 * record": its provider, another provider, the reseller associated with it, an unrelated reseller, its
 * customer's administrator, another customer's administrator, the operator, and nobody signed in; and
 * two agents of the record's provider (roles within an organisation, lib/permissions `orgRoles`): its
 * sales agent and its helpdesk agent.
 */
export const actors = [
  "signedOut",
  "provider",
  "otherProvider",
  "reseller",
  "unrelatedReseller",
  "customerAdmin",
  "otherCustomerAdmin",
  "operator",
  "salesAgent",
  "helpdeskAgent",
] as const;
export type Actor = (typeof actors)[number];

/**
 * Two more users of the record's provider, in both matrices, each with its own rule: a colleague (a second
 * Admin: what `provider` gets, but for wizard drafts, which are private to the user who started them) and
 * an Admin who must still replace a temporary password (sent to /change-password; refused all but
 * `account.*`). A matrix row gives their outcomes only where its rule does not (`extra`).
 */
export const extraActors = ["colleague", "mustChangePassword"] as const;
export type ExtraActor = (typeof extraActors)[number];

/** What every actor gets: signed out → sign_in, everyone else → not_found, but for the actors listed. */
export function only<O extends string>(
  allowed: Partial<Record<Actor, O | "sign_in" | "not_found">>,
): Record<Actor, O | "sign_in" | "not_found"> {
  return {
    signedOut: "sign_in",
    provider: "not_found",
    otherProvider: "not_found",
    reseller: "not_found",
    unrelatedReseller: "not_found",
    customerAdmin: "not_found",
    otherCustomerAdmin: "not_found",
    operator: "not_found",
    salesAgent: "not_found",
    helpdeskAgent: "not_found",
    ...allowed,
  };
}
