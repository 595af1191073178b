import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { activatePartner } from "@/app/operator/partners/actions";
import { setProviderListed } from "@/app/operator/providers/actions";
import { completeRequest, markInReview, rejectRequest } from "@/app/operator/requests/actions";
import { requestProfileChange } from "@/app/provider/profile/actions";
import { logoFor, ownProfile } from "@/db/queries/profile";
import { publicProviderList } from "@/lib/provider-list";
import { providerRequest, providerRequests, requestQueue } from "@/db/queries/support-requests";
import * as s from "@/db/schema";
import { detectImageType, MAX_LOGO_BYTES } from "@/lib/validation/profile";
import type { Viewer } from "@/lib/viewer";
import { actAs, activityFor, form, makeOperator, makePartner, makeProfile, testDb } from "../support/db";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const SVG = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>');

type Provider = Awaited<ReturnType<typeof makePartner>>;
type Operator = Awaited<ReturnType<typeof makeOperator>>;

/** The request form as the browser sends it: company name, location rows, optional logo file. */
function requestForm(
  values: { companyName: string; locations: [string, string][]; note?: string },
  logo?: { bytes: Buffer; name: string; type: string },
) {
  const fd = form({ companyName: values.companyName, note: values.note ?? "" });
  for (const [country, url] of values.locations) {
    fd.append("country[]", country);
    fd.append("targetUrl[]", url);
  }
  fd.append(
    "logo",
    logo
      ? new File([new Uint8Array(logo.bytes)], logo.name, { type: logo.type })
      : new File([], "", { type: "application/octet-stream" }),
  );
  return fd;
}

async function requestsOf(providerId: string) {
  const db = await testDb();
  return db.select().from(s.supportRequests).where(eq(s.supportRequests.providerId, providerId));
}

async function entryOf(provider: Provider) {
  return ownProfile(provider.viewer);
}

let provider: Provider;
let other: Provider;
let operator: Operator;
const US: [string, string] = ["US", "https://provider.example/us"];
const CA: [string, string] = ["CA", "https://provider.example/ca"];

beforeEach(async () => {
  provider = await makePartner("indirect_provider");
  other = await makePartner("indirect_provider");
  operator = await makeOperator();
  await makeProfile(provider.partner.id, "Provider Original", [
    { country: US[0], targetUrl: US[1] },
    { country: CA[0], targetUrl: CA[1] },
  ]);
});

async function submit(values: Parameters<typeof requestForm>[0], logo?: Parameters<typeof requestForm>[1]) {
  actAs(provider.viewer);
  return requestProfileChange(undefined, requestForm(values, logo));
}

describe("a provider's support request", () => {
  it("records only what differs from the entry, and writes an activity record", async () => {
    const state = await submit({ companyName: "Provider Renamed", locations: [US, CA] });
    expect(state.status).toBe("success");
    const [request] = await requestsOf(provider.partner.id);
    expect(request).toMatchObject({
      status: "submitted",
      companyName: "Provider Renamed",
      logoImageId: null,
      locations: null,
      createdBy: provider.user.id,
    });
    const [record] = await activityFor(request!.id);
    expect(record).toMatchObject({
      action: "profile.request_change",
      providerId: provider.partner.id,
      details: { after: { companyName: "Provider Renamed" } },
    });
  });

  it("must ask for at least one change", async () => {
    const state = await submit({ companyName: "Provider Original", locations: [CA, US] });
    expect(state.status).toBe("invalid");
    expect(state.message).toMatch(/at least one/);
    expect(await requestsOf(provider.partner.id)).toHaveLength(0);
  });

  it("accepts only valid https URLs, a country/region per row, each once, and at least one location", async () => {
    const state = await submit({
      companyName: "X Corp",
      locations: [
        ["US", "http://provider.example"],
        ["US", "https://ok.example"],
        ["ZZ", "not a url"],
      ],
    });
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors?.["targetUrl.0"]).toEqual(["Enter a valid https:// URL."]);
    expect(state.fieldErrors?.["country.1"]).toEqual(["This country/region is already listed."]);
    expect(state.fieldErrors?.["country.2"]).toEqual(["Choose a country/region."]);
    expect(state.fieldErrors?.["targetUrl.2"]).toEqual(["Enter a valid https:// URL."]);
    expect(state.values?.companyName).toBe("X Corp");
    const none = await submit({ companyName: "X Corp", locations: [] });
    expect(none.fieldErrors?.locations).toEqual(["Keep at least one location."]);
    expect(await requestsOf(provider.partner.id)).toHaveLength(0);
  });

  it("checks an uploaded logo by its bytes and its size, and stores it in the images table", async () => {
    const fake = await submit(
      { companyName: "Provider Original", locations: [US, CA] },
      { bytes: Buffer.from("MZ this is not an image"), name: "logo.png", type: "image/png" },
    );
    expect(fake).toMatchObject({ status: "invalid", fieldErrors: { logo: ["Upload a PNG, JPEG, WebP, SVG or GIF image."] } });
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]);
    const tooBig = await submit(
      { companyName: "Provider Original", locations: [US, CA] },
      { bytes: big, name: "logo.png", type: "image/png" },
    );
    expect(tooBig).toMatchObject({ status: "invalid", fieldErrors: { logo: ["The logo must be 512 KiB or smaller."] } });
    expect(await requestsOf(provider.partner.id)).toHaveLength(0);

    // The browser's claimed type is ignored: the bytes say PNG.
    const ok = await submit(
      { companyName: "Provider Original", locations: [US, CA] },
      { bytes: PNG, name: "logo.gif", type: "image/gif" },
    );
    expect(ok.status).toBe("success");
    const [request] = await requestsOf(provider.partner.id);
    expect(request).toMatchObject({ companyName: null, locations: null });
    const db = await testDb();
    const [image] = await db.select().from(s.images).where(eq(s.images.id, request!.logoImageId!));
    expect(image).toMatchObject({ providerId: provider.partner.id, contentType: "image/png", sizeBytes: PNG.length });
    expect(Buffer.compare(image!.bytes, PNG)).toBe(0);
  });

  it("is visible to its provider only", async () => {
    await submit({ companyName: "Provider Renamed", locations: [US] });
    const [request] = await requestsOf(provider.partner.id);
    expect((await providerRequests(provider.viewer)).map((r) => r.id)).toEqual([request!.id]);
    expect(await providerRequest(provider.viewer, request!.id)).toMatchObject({ id: request!.id, status: "submitted" });
    expect(await providerRequests(other.viewer)).toEqual([]);
    await expect(providerRequest(other.viewer, request!.id)).rejects.toThrow("Not found.");
    await expect(providerRequest(other.viewer, "not-a-uuid")).rejects.toThrow("Not found.");
    await expect(requestQueue(provider.viewer)).rejects.toThrow("Not found.");
    expect((await requestQueue(operator.viewer, "submitted")).map((r) => r.id)).toContain(request!.id);
  });
});

describe("the operator resolving requests", () => {
  async function submitted(values: Parameters<typeof requestForm>[0], logo?: Parameters<typeof requestForm>[1]) {
    expect((await submit(values, logo)).status).toBe("success");
    const [request] = await requestsOf(provider.partner.id);
    actAs(operator.viewer);
    return request!;
  }

  it("marks in review, then completes, applying exactly the requested fields in one go", async () => {
    const request = await submitted({ companyName: "Provider Renamed", locations: [["GB", "https://provider.example/uk"], US] });
    expect(await markInReview(undefined, form({ requestId: request.id }))).toMatchObject({ status: "success" });
    expect((await requestsOf(provider.partner.id))[0]!.status).toBe("in_review");
    expect(await completeRequest(undefined, form({ requestId: request.id, reply: "Done, thanks." }))).toMatchObject({
      status: "success",
    });
    const [done] = await requestsOf(provider.partner.id);
    expect(done).toMatchObject({ status: "completed", operatorReply: "Done, thanks.", resolvedBy: operator.user.id });
    const entry = await entryOf(provider);
    expect(entry).toMatchObject({ displayName: "Provider Renamed", logoImageId: null, listed: true });
    expect(entry!.locations).toEqual([
      { country: "GB", targetUrl: "https://provider.example/uk" },
      { country: "US", targetUrl: US[1] },
    ]);
    const [record] = (await activityFor(request.id)).filter((r) => r.action === "support_request.complete");
    expect(record).toMatchObject({ actorUserId: operator.user.id, providerId: provider.partner.id });
    // A resolved request cannot be resolved again.
    const again = await rejectRequest(undefined, form({ requestId: request.id, reason: "Too late" }));
    expect(again.status).toBe("invalid");
    expect(again.message).toMatch(/already completed/);
  });

  it("completing a logo-only request changes the logo and nothing else", async () => {
    const request = await submitted(
      { companyName: "Provider Original", locations: [US, CA] },
      { bytes: SVG, name: "logo.svg", type: "image/svg+xml" },
    );
    expect(await completeRequest(undefined, form({ requestId: request.id }))).toMatchObject({ status: "success" });
    const entry = await entryOf(provider);
    expect(entry).toMatchObject({ displayName: "Provider Original", logoImageId: request.logoImageId });
    expect(entry!.locations.map((l) => l.country)).toEqual(["CA", "US"]);
    expect((await publicProviderList()).find((e) => e.providerId === provider.partner.id)).toMatchObject({
      logoImageId: request.logoImageId,
    });
  });

  it("rejecting needs a reason and leaves the entry as it was", async () => {
    const request = await submitted({ companyName: "Provider Renamed", locations: [US] });
    const empty = await rejectRequest(undefined, form({ requestId: request.id, reason: "  " }));
    expect(empty).toMatchObject({ status: "invalid", fieldErrors: { reason: ["Give the provider a reason."] } });
    expect(
      await rejectRequest(undefined, form({ requestId: request.id, reason: "The name must match your legal name." })),
    ).toMatchObject({ status: "success" });
    expect((await requestsOf(provider.partner.id))[0]).toMatchObject({
      status: "rejected",
      operatorReply: "The name must match your legal name.",
    });
    expect(await entryOf(provider)).toMatchObject({ displayName: "Provider Original" });
    expect((await providerRequest(provider.viewer, request.id))?.operatorReply).toBe("The name must match your legal name.");
  });

  it("refuses providers and resellers as not found, and unknown requests too", async () => {
    const request = await submitted({ companyName: "Provider Renamed", locations: [US] });
    const reseller = await makePartner("indirect_reseller");
    for (const viewer of [provider.viewer, other.viewer, reseller.viewer]) {
      actAs(viewer);
      expect(await markInReview(undefined, form({ requestId: request.id }))).toMatchObject({ status: "not_found" });
      expect(await completeRequest(undefined, form({ requestId: request.id }))).toMatchObject({ status: "not_found" });
      expect(await rejectRequest(undefined, form({ requestId: request.id, reason: "no" }))).toMatchObject({
        status: "not_found",
      });
      expect(await setProviderListed(undefined, form({ providerId: provider.partner.id, listed: "false" }))).toMatchObject({
        status: "not_found",
      });
      expect(await activatePartner(undefined, form({ partnerId: reseller.partner.id }))).toMatchObject({ status: "not_found" });
    }
    expect((await requestsOf(provider.partner.id))[0]!.status).toBe("submitted");
    expect(await entryOf(provider)).toMatchObject({ displayName: "Provider Original", listed: true });
    actAs(operator.viewer);
    expect(await completeRequest(undefined, form({ requestId: "00000000-0000-4000-8000-000000000000" }))).toMatchObject({
      status: "not_found",
    });
    expect(await completeRequest(undefined, form({ requestId: "nope" }))).toMatchObject({ status: "invalid" });
  });
});

describe("the official list", () => {
  it("lists active, listed providers only; the operator can unlist and list again", async () => {
    const inList = async () => (await publicProviderList()).some((e) => e.providerId === provider.partner.id);
    expect(await inList()).toBe(true);
    actAs(operator.viewer);
    expect(await setProviderListed(undefined, form({ providerId: provider.partner.id, listed: "false" }))).toMatchObject({
      status: "success",
    });
    expect(await inList()).toBe(false);
    expect(await setProviderListed(undefined, form({ providerId: provider.partner.id, listed: "true" }))).toMatchObject({
      status: "success",
    });
    expect(await inList()).toBe(true);
    const db = await testDb();
    await db.update(s.partners).set({ status: "pending" }).where(eq(s.partners.id, provider.partner.id));
    expect(await inList()).toBe(false);
  });

  it("serves a listed provider's logo to anyone, a pending request's logo to its provider and the operator only", async () => {
    expect(
      (await submit({ companyName: "Provider Original", locations: [US, CA] }, { bytes: PNG, name: "l.png", type: "image/png" }))
        .status,
    ).toBe("success");
    const [request] = await requestsOf(provider.partner.id);
    const id = request!.logoImageId!;
    const as = (v: Viewer | null) => async () => v;
    await expect(logoFor(id, as(null))).rejects.toThrow("Not found.");
    await expect(logoFor(id, as(other.viewer))).rejects.toThrow("Not found.");
    expect(await logoFor(id, as(provider.viewer))).toMatchObject({ contentType: "image/png", public: false });
    expect(await logoFor(id, as(operator.viewer))).toMatchObject({ public: false });
    actAs(operator.viewer);
    await completeRequest(undefined, form({ requestId: request!.id }));
    expect(await logoFor(id, as(null))).toMatchObject({ contentType: "image/png", public: true });
  });

  it("the operator activates a pending reseller enrolment, once", async () => {
    const reseller = await makePartner("indirect_reseller");
    const db = await testDb();
    await db.update(s.partners).set({ status: "pending" }).where(eq(s.partners.id, reseller.partner.id));
    actAs(operator.viewer);
    expect(await activatePartner(undefined, form({ partnerId: reseller.partner.id }))).toMatchObject({ status: "success" });
    expect((await db.select().from(s.partners).where(eq(s.partners.id, reseller.partner.id)))[0]!.status).toBe("active");
    expect(await activatePartner(undefined, form({ partnerId: reseller.partner.id }))).toMatchObject({ status: "invalid" });
    expect(await activatePartner(undefined, form({ partnerId: provider.partner.id }))).toMatchObject({ status: "not_found" });
  });
});

describe("image type detection", () => {
  it("knows the allowed formats by their bytes", () => {
    expect(detectImageType(PNG)).toBe("image/png");
    expect(detectImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(detectImageType(Buffer.from("GIF89a\x01\x00"))).toBe("image/gif");
    expect(detectImageType(Buffer.from("RIFF\x10\x00\x00\x00WEBPVP8 "))).toBe("image/webp");
    expect(detectImageType(SVG)).toBe("image/svg+xml");
    expect(detectImageType(Buffer.from("\uFEFF<!-- logo -->\n<svg viewBox='0 0 1 1'/>"))).toBe("image/svg+xml");
    expect(detectImageType(Buffer.from("<html><svg></svg></html>"))).toBeNull();
    expect(detectImageType(Buffer.from("%PDF-1.7"))).toBeNull();
    expect(detectImageType(Buffer.alloc(0))).toBeNull();
  });
});
