import { describe, expect, it } from "vitest";
import { isPartnerViewer, viewerOf } from "@/lib/viewer";

const user = { id: "u1", email: "a@b.example", name: "A", mustChangePassword: false, orgRole: "admin" as const };

describe("viewerOf", () => {
  it("gives each role the organisation it belongs to", () => {
    const provider = viewerOf({ ...user, role: "provider", partnerId: "p1", customerId: null }, "Northwind");
    expect(provider).toMatchObject({ role: "provider", partnerId: "p1", customerId: null, orgId: "p1", orgName: "Northwind" });
    expect(isPartnerViewer(provider)).toBe(true);
    expect(provider).toMatchObject({ orgStatus: "active" });
    const enrolled = viewerOf({ ...user, role: "reseller", partnerId: "r1", customerId: null }, "Fabrikam", "pending");
    expect(enrolled).toMatchObject({ orgStatus: "pending" });
    expect(viewerOf({ ...user, role: "customer_admin", partnerId: null, customerId: "c1" }, "Contoso")).toMatchObject({
      orgId: "c1",
      partnerId: null,
    });
    const operator = viewerOf({ ...user, role: "operator", partnerId: null, customerId: null }, "Partner Hub program");
    expect(operator.orgId).toBe("operator");
    expect(isPartnerViewer(operator)).toBe(false);
  });

  it("refuses a user row whose organisation does not fit its role", () => {
    expect(() => viewerOf({ ...user, role: "reseller", partnerId: null, customerId: null }, "")).toThrow("exactly one partner");
    expect(() => viewerOf({ ...user, role: "customer_admin", partnerId: "p1", customerId: "c1" }, "")).toThrow(
      "exactly one customer",
    );
    expect(() => viewerOf({ ...user, role: "operator", partnerId: "p1", customerId: null }, "")).toThrow("no organisation");
  });
});
