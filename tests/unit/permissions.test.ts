import { describe, expect, it } from "vitest";
import { can, homeFor, permissions, roles } from "@/lib/permissions";
import { messageText } from "@/lib/i18n/message";
import { translatorFor } from "@/lib/i18n/server";

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
  });
  it("keeps provider-only powers away from resellers, customers and the operator", () => {
    for (const p of ["resellers.invite", "resellers.end", "subscriptions.manage", "profile.requestChange"] as const) {
      expect(can("provider", p)).toBe(true);
      expect(can("reseller", p)).toBe(false);
      expect(can("customer_admin", p)).toBe(false);
      expect(can("operator", p)).toBe(false);
    }
  });
  it("lets each role into exactly one workspace: the one its home is in", () => {
    for (const role of Object.keys(roles) as (keyof typeof roles)[]) {
      const workspaces = roles[role].can.filter((p) => p.startsWith("workspace."));
      expect(workspaces).toEqual([`workspace${homeFor(role).replace("/", ".")}`]);
    }
  });
  it("scopes customers by data: providers see all theirs, resellers those delegated to them and what is assigned to them", () => {
    expect(can("provider", "customers.viewAll")).toBe(true);
    for (const role of ["reseller", "customer_admin", "operator"] as const) expect(can(role, "customers.viewAll")).toBe(false);
    expect(can("reseller", "customers.view") && can("reseller", "subscriptions.viewAssigned") && can("reseller", "customers.createThroughProvider")).toBe(true);
    expect(can("provider", "subscriptions.viewAssigned") || can("provider", "customers.createThroughProvider")).toBe(false);
  });
  it("has the menu of each workspace", () => {
    expect(roles.provider.nav.map((n) => en(n.label))).toEqual(["Dashboard", "Indirect resellers", "Customers", "Provider profile", "Activity log"]);
    expect(roles.reseller.nav.map((n) => en(n.label)).slice(0, 3)).toEqual(["Dashboard", "Indirect providers", "Customers"]);
    expect(roles.customer_admin.nav.map((n) => en(n.label))).toEqual(["Subscriptions"]);
    expect(roles.operator.nav.map((n) => en(n.label))).toEqual(["Requests", "Providers", "Partners"]);
  });
});
