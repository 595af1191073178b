import { describe, expect, it } from "vitest";
import { can, homeFor, navFor, orgRoles, permissions, roles, type OrgRole, type Role } from "@/lib/permissions";
import { messageText } from "@/lib/i18n/message";
import { translatorFor } from "@/lib/i18n/server";

const admin = (role: Role) => ({ role, orgRole: "admin" as const });
const agent = (role: Role, orgRole: OrgRole) => ({ role, orgRole });
/** A menu label (a catalogue key) as an English reader sees it. */
const en = (key: string) => messageText(translatorFor("en"), key);

describe("permission map", () => {
  it("gives each role its own home inside its own menu", () => {
    for (const role of Object.keys(roles) as (keyof typeof roles)[]) {
      expect(roles[role].nav.map((n) => n.href)).toContain(homeFor(role));
      for (const item of roles[role].nav) expect(item.href.startsWith(homeFor(role))).toBe(true);
    }
  });
  it("only grants known permissions", () => {
    for (const config of Object.values(roles)) for (const p of config.can) expect(permissions).toContain(p);
    for (const config of Object.values(orgRoles))
      if (config.can !== "all") for (const p of config.can) expect(permissions).toContain(p);
  });
  it("keeps provider-only powers away from resellers, customers and the operator", () => {
    for (const p of ["resellers.invite", "resellers.end", "subscriptions.manage", "profile.requestChange"] as const) {
      expect(can(admin("provider"), p)).toBe(true);
      expect(can(admin("reseller"), p)).toBe(false);
      expect(can(admin("customer_admin"), p)).toBe(false);
      expect(can(admin("operator"), p)).toBe(false);
    }
  });
  it("lets each role into exactly one workspace: the one its home is in", () => {
    for (const role of Object.keys(roles) as (keyof typeof roles)[]) {
      const workspaces = roles[role].can.filter((p) => p.startsWith("workspace."));
      expect(workspaces).toEqual([`workspace${homeFor(role).replace("/", ".")}`]);
    }
  });
  it("scopes customers by data: providers see all theirs, resellers those delegated to them and what is assigned to them", () => {
    expect(can(admin("provider"), "customers.viewAll")).toBe(true);
    for (const role of ["reseller", "customer_admin", "operator"] as const)
      expect(can(admin(role), "customers.viewAll")).toBe(false);
    const r = admin("reseller");
    expect(can(r, "customers.view") && can(r, "subscriptions.viewAssigned") && can(r, "customers.createThroughProvider")).toBe(
      true,
    );
    expect(
      can(admin("provider"), "subscriptions.viewAssigned") || can(admin("provider"), "customers.createThroughProvider"),
    ).toBe(false);
  });
  it("has the menu of each workspace", () => {
    expect(roles.provider.nav.map((n) => en(n.label))).toEqual([
      "Dashboard",
      "Indirect resellers",
      "Customers",
      "Orders",
      "Provider profile",
      "Users",
      "Activity log",
    ]);
    expect(roles.reseller.nav.map((n) => en(n.label)).slice(0, 3)).toEqual(["Dashboard", "Indirect providers", "Customers"]);
    expect(roles.customer_admin.nav.map((n) => en(n.label))).toEqual(["Subscriptions"]);
    expect(roles.operator.nav.map((n) => en(n.label))).toEqual(["Requests", "Providers", "Partners", "Users", "Outbox"]);
  });
});

describe("roles within an organisation", () => {
  it("an Admin may do everything its organisation may", () => {
    for (const role of Object.keys(roles) as Role[])
      for (const p of permissions) expect(can(admin(role), p)).toBe(roles[role].can.includes(p));
  });
  it("never gives an agent more than its organisation has", () => {
    for (const orgRole of ["sales_agent", "helpdesk_agent"] as const) {
      expect(can(agent("reseller", orgRole), "customers.viewAll")).toBe(false);
      expect(can(agent("reseller", orgRole), "subscriptions.manage")).toBe(false);
    }
  });
  it("a sales agent: customers, orders, subscriptions and licenses; no users, relationships or profile", () => {
    const sales = agent("provider", "sales_agent");
    for (const p of [
      "customers.create",
      "subscriptions.create",
      "subscriptions.changeLicenses",
      "subscriptions.manage",
      "orders.view",
    ] as const)
      expect(can(sales, p)).toBe(true);
    for (const p of [
      "users.manage",
      "resellers.view",
      "resellers.invite",
      "resellers.end",
      "profile.view",
      "profile.requestChange",
      "activity.view",
    ] as const)
      expect(can(sales, p)).toBe(false);
    expect(can(agent("reseller", "sales_agent"), "invitations.accept")).toBe(false);
    expect(can(agent("reseller", "sales_agent"), "providers.viewOwn")).toBe(false);
  });
  it("a helpdesk agent: reads customers and subscriptions, sets the support contact; no purchases, no license changes", () => {
    const helpdesk = agent("provider", "helpdesk_agent");
    for (const p of ["customers.view", "customers.viewAll", "subscriptions.setSupportContact", "orders.view"] as const)
      expect(can(helpdesk, p)).toBe(true);
    for (const p of [
      "customers.create",
      "subscriptions.create",
      "subscriptions.changeLicenses",
      "subscriptions.manage",
      "users.manage",
      "profile.view",
    ] as const) {
      expect(can(helpdesk, p)).toBe(false);
    }
  });
  it("shows agents only the menu entries they may open", () => {
    expect(navFor(agent("provider", "sales_agent")).map((n) => en(n.label))).toEqual(["Dashboard", "Customers", "Orders"]);
    expect(navFor(agent("provider", "helpdesk_agent")).map((n) => en(n.label))).toEqual(["Dashboard", "Customers", "Orders"]);
    expect(navFor(admin("provider"))).toEqual(roles.provider.nav);
  });
  it("offers agent roles only to partner organisations", () => {
    expect(roles.provider.orgRoles).toEqual(["admin", "sales_agent", "helpdesk_agent"]);
    expect(roles.reseller.orgRoles).toEqual(["admin", "sales_agent", "helpdesk_agent"]);
    expect(roles.operator.orgRoles).toEqual(["admin"]);
  });
});
