/**
 * What each role may do, as data: the action wrapper, the pages and the navigation all read this map
 * (no scattered `role === …` checks). Ownership of a record is checked separately, in the queries.
 */
import type { OrgRole, Role } from "@/db/schema";

export type { OrgRole, Role };

export const permissions = [
  // Entering a role's workspace (its layout, and the route handlers under it).
  "workspace.provider",
  "workspace.reseller",
  "workspace.customer",
  "workspace.operator",
  "account.changePassword",
  "account.signOut",
  "preferences.language",
  "dashboard.view",
  "resellers.view",
  "resellers.invite",
  "resellers.end",
  "providers.viewOwn",
  /** The customers in the organisation's scope: with `customers.viewAll` every customer it is the provider of record of, else those associated with it. */
  "customers.view",
  "customers.viewAll",
  "customers.create",
  /** The wizard goes through one of the organisation's active providers, and the new customer is associated with the organisation. */
  "customers.createThroughProvider",
  "customers.associateReseller",
  /** Also sees (read-only) subscriptions where the organisation is partner of record or assigned support contact. */
  "subscriptions.viewAssigned",
  "subscriptions.create",
  "subscriptions.changeLicenses",
  "subscriptions.manage",
  /** Choose a subscription's assigned support contact (also a helpdesk agent's job). */
  "subscriptions.setSupportContact",
  /** The order history of the customers in the organisation's scope. */
  "orders.view",
  /** The organisation's users: add, change role, deactivate / reactivate, reset password. */
  "users.manage",
  "profile.view",
  "profile.requestChange",
  "activity.view",
  "invitations.accept",
  "ownAccount.view",
  "operator.requests",
  "operator.providers",
  "operator.partners",
  /** The email outbox: what was sent, what waits or failed (and, without SMTP_URL, the mail itself). */
  "operator.outbox",
] as const;
export type Permission = (typeof permissions)[number];

/**
 * A menu entry (`label`: a catalogue key, messages/*.json); `also` lists other sections that belong to it
 * (highlighted as the current page); `need` hides it from users whose role within the organisation lacks
 * that permission.
 */
export type NavItem = { href: string; label: string; also?: string[]; need?: Permission };

/** Which side of the channel a partner organisation is on; the operator and customers are on neither. */
export type ChannelSide = "provider" | "reseller";

/** The roles whose users belong to a partner organisation (`partnerId`), and the customer administrator's (`customerId`). */
export type PartnerRole = Extract<Role, ChannelSide>;
export type CustomerRole = Extract<Role, "customer_admin">;

type RoleConfig = {
  label: string;
  home: string;
  nav: NavItem[];
  can: readonly Permission[];
  /** What kind of organisation the role's users belong to. */
  organisation: "partner" | "customer" | "program";
  /** The roles a user of this kind of organisation can be given (the first is the default). */
  orgRoles: readonly OrgRole[];
  side?: ChannelSide;
};

export const roles: Record<Role, RoleConfig> = {
  provider: {
    label: "shell.roles.provider",
    home: "/provider",
    organisation: "partner",
    side: "provider",
    nav: [
      { href: "/provider", label: "shell.nav.dashboard" },
      { href: "/provider/resellers", label: "shell.nav.indirectResellers", need: "resellers.view" },
      { href: "/provider/customers", label: "shell.nav.customers", also: ["/provider/subscriptions"] },
      { href: "/provider/orders", label: "shell.nav.orders", need: "orders.view" },
      { href: "/provider/profile", label: "shell.nav.providerProfile", need: "profile.view" },
      { href: "/provider/users", label: "shell.nav.users", need: "users.manage" },
      { href: "/provider/activity", label: "shell.nav.activityLog", need: "activity.view" },
    ],
    orgRoles: ["admin", "sales_agent", "helpdesk_agent"],
    can: [
      "workspace.provider",
      "account.changePassword",
      "account.signOut",
      "preferences.language",
      "dashboard.view",
      "resellers.view",
      "resellers.invite",
      "resellers.end",
      "customers.view",
      "customers.viewAll",
      "customers.create",
      "customers.associateReseller",
      "subscriptions.create",
      "subscriptions.changeLicenses",
      "subscriptions.manage",
      "subscriptions.setSupportContact",
      "orders.view",
      "users.manage",
      "profile.view",
      "profile.requestChange",
      "activity.view",
    ],
  },
  reseller: {
    label: "shell.roles.reseller",
    home: "/reseller",
    organisation: "partner",
    side: "reseller",
    nav: [
      { href: "/reseller", label: "shell.nav.dashboard" },
      { href: "/reseller/providers", label: "shell.nav.indirectProviders", need: "providers.viewOwn" },
      { href: "/reseller/customers", label: "shell.nav.customers", also: ["/reseller/subscriptions"] },
      { href: "/reseller/orders", label: "shell.nav.orders", need: "orders.view" },
      { href: "/reseller/users", label: "shell.nav.users", need: "users.manage" },
      { href: "/reseller/activity", label: "shell.nav.activityLog", need: "activity.view" },
    ],
    orgRoles: ["admin", "sales_agent", "helpdesk_agent"],
    can: [
      "workspace.reseller",
      "account.changePassword",
      "account.signOut",
      "preferences.language",
      "dashboard.view",
      "providers.viewOwn",
      "customers.view",
      "customers.create",
      "customers.createThroughProvider",
      "subscriptions.viewAssigned",
      "subscriptions.changeLicenses",
      "orders.view",
      "users.manage",
      "invitations.accept",
      "activity.view",
    ],
  },
  customer_admin: {
    label: "shell.roles.customer_admin",
    home: "/customer",
    organisation: "customer",
    nav: [{ href: "/customer", label: "shell.nav.subscriptions" }],
    can: [
      "workspace.customer",
      "account.changePassword",
      "account.signOut",
      "preferences.language",
      "ownAccount.view",
      "orders.view",
    ],
    orgRoles: ["admin"],
  },
  operator: {
    label: "shell.roles.operator",
    home: "/operator",
    organisation: "program",
    nav: [
      { href: "/operator", label: "shell.nav.requests", also: ["/operator/requests"] },
      { href: "/operator/providers", label: "shell.nav.providers" },
      { href: "/operator/partners", label: "shell.nav.partners" },
      { href: "/operator/users", label: "shell.nav.users", need: "users.manage" },
      { href: "/operator/outbox", label: "shell.nav.outbox" },
    ],
    can: [
      "workspace.operator",
      "account.changePassword",
      "account.signOut",
      "preferences.language",
      "operator.requests",
      "operator.providers",
      "operator.partners",
      "operator.outbox",
      "users.manage",
    ],
    orgRoles: ["admin"],
  },
};

const workspaces = ["workspace.provider", "workspace.reseller", "workspace.customer", "workspace.operator"] as const;
const account = ["account.changePassword", "account.signOut", "preferences.language", "dashboard.view"] as const;

/**
 * Roles within an organisation, modelled on Partner Center's agent roles. A user may do what its kind of
 * organisation may do (`roles`) AND what its role within the organisation allows (`all` = everything).
 * `label` is the English name activity summaries store; pages word roles and their descriptions from the
 * catalogue (users.roles.*, users.roleDescriptions.*).
 */
export const orgRoles: Record<OrgRole, { label: string; can: "all" | readonly Permission[] }> = {
  admin: { label: "Admin", can: "all" },
  sales_agent: {
    label: "Sales agent",
    can: [
      ...workspaces,
      ...account,
      "customers.view",
      "customers.viewAll",
      "customers.create",
      "customers.createThroughProvider",
      "customers.associateReseller",
      "subscriptions.viewAssigned",
      "subscriptions.create",
      "subscriptions.changeLicenses",
      "subscriptions.manage",
      "subscriptions.setSupportContact",
      "orders.view",
    ],
  },
  helpdesk_agent: {
    label: "Helpdesk agent",
    can: [
      ...workspaces,
      ...account,
      "customers.view",
      "customers.viewAll",
      "subscriptions.viewAssigned",
      "subscriptions.setSupportContact",
      "orders.view",
    ],
  },
};

/** Who is asking: the kind of organisation (role) and the role within it. */
export type Subject = { role: Role; orgRole: OrgRole };

export function can(who: Subject, permission: Permission): boolean {
  const within = orgRoles[who.orgRole].can;
  return roles[who.role].can.includes(permission) && (within === "all" || within.includes(permission));
}

/** The menu of this user: the organisation's entries its role within the organisation may open. */
export function navFor(who: Subject): NavItem[] {
  return roles[who.role].nav.filter((item) => !item.need || can(who, item.need));
}

export function isPartnerRole(role: Role): role is PartnerRole {
  return roles[role].organisation === "partner";
}

export function isCustomerRole(role: Role): role is CustomerRole {
  return roles[role].organisation === "customer";
}

/** The side of the channel this role's organisation is on (queries that look across it read this). */
export function channelSide(role: Role): ChannelSide | undefined {
  return roles[role].side;
}

/** The viewer's organisation as the provider / reseller / customer columns of a record (e.g. the activity log's). */
export function organisationColumns(viewer: { role: Role; partnerId: string | null; customerId: string | null }) {
  const side = channelSide(viewer.role);
  return {
    providerId: side === "provider" ? viewer.partnerId : null,
    resellerId: side === "reseller" ? viewer.partnerId : null,
    customerId: viewer.customerId,
  };
}

export function homeFor(role: Role): string {
  return roles[role].home;
}

/**
 * Where a signed-in user is sent from a signed-out page (home, sign-in, enrolment, forgot password) or after
 * signing in: a temporary password is replaced first, then `next` (a safe callback), else the role's home.
 */
export function landingFor(user: { role: Role; mustChangePassword: boolean }, next?: string): string {
  return user.mustChangePassword ? "/change-password" : (next ?? homeFor(user.role));
}

export type Workspace = "provider" | "reseller" | "customer" | "operator";
