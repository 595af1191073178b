import type { EnrolmentStatus, OrgRole, Role } from "@/db/schema";
import { isLocale, type Locale } from "./i18n/config";
import { isCustomerRole, isPartnerRole, type CustomerRole, type PartnerRole } from "./permissions";

type ViewerBase = {
  id: string;
  email: string;
  name: string;
  /** The organisation's id (partner, customer) or "operator". */
  orgId: string;
  orgName: string;
  /** The role within the organisation (Admin, Sales agent, Helpdesk agent): `orgRoles` in lib/permissions.ts. */
  orgRole: OrgRole;
  mustChangePassword: boolean;
  /** The interface language the user saved (null or absent: the browser's). */
  locale?: Locale | null;
};

/** A provider's or reseller's user: always of one partner organisation. */
export type PartnerViewer = ViewerBase & {
  role: PartnerRole;
  partnerId: string;
  customerId: null;
  /** The organisation's enrolment: "pending" until the operator activates an enrolled reseller. */
  orgStatus: EnrolmentStatus;
};
/** A customer's administrator: always of one customer. */
export type CustomerViewer = ViewerBase & { role: CustomerRole; partnerId: null; customerId: string };
/** The program operator: of no organisation. */
export type OperatorViewer = ViewerBase & { role: Exclude<Role, PartnerRole | CustomerRole>; partnerId: null; customerId: null };

/** The signed-in user as every page, action and query sees it (re-read from the database on every request). */
export type Viewer = PartnerViewer | CustomerViewer | OperatorViewer;

export function isPartnerViewer(viewer: Viewer): viewer is PartnerViewer {
  return isPartnerRole(viewer.role);
}

/**
 * The viewer for a user row and its organisation's name. The database guarantees the organisation that
 * goes with the role (users_role_organisation); a row that breaks it is refused here too.
 */
export function viewerOf(
  user: {
    id: string;
    email: string;
    name: string;
    role: Role;
    orgRole: OrgRole;
    partnerId: string | null;
    customerId: string | null;
    mustChangePassword: boolean;
    locale?: string | null;
  },
  orgName: string,
  orgStatus: EnrolmentStatus = "active",
): Viewer {
  const base = {
    id: user.id,
    email: user.email,
    name: user.name,
    orgName,
    orgRole: user.orgRole,
    mustChangePassword: user.mustChangePassword,
    locale: isLocale(user.locale) ? user.locale : null,
  };
  const { role, partnerId, customerId } = user;
  if (isPartnerRole(role)) {
    if (!partnerId || customerId) throw new Error(`user ${user.id}: a ${role} belongs to exactly one partner`);
    return { ...base, role, partnerId, customerId: null, orgId: partnerId, orgStatus };
  }
  if (isCustomerRole(role)) {
    if (!customerId || partnerId) throw new Error(`user ${user.id}: a ${role} belongs to exactly one customer`);
    return { ...base, role, partnerId: null, customerId, orgId: customerId };
  }
  if (partnerId || customerId) throw new Error(`user ${user.id}: a ${role} belongs to no organisation`);
  return { ...base, role, partnerId: null, customerId: null, orgId: "operator" };
}
