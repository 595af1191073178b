/**
 * Provider profile support requests (the provider asks, the operator applies): what a provider may ask for and what the
 * operator answers. Shared by the request form (client) and the actions (server).
 */
import { z } from "./zod";
import { isCountryCode } from "@/lib/countries";
import { msg } from "../i18n/message";

/** The `images` table's own limit (images_size check). */
export const MAX_LOGO_BYTES = 512 * 1024;
export const LOGO_ACCEPT = "image/png,image/jpeg,image/webp,image/svg+xml,image/gif";
export const MAX_LOCATIONS = 50;

export type ImageType = "image/png" | "image/jpeg" | "image/webp" | "image/svg+xml" | "image/gif";

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The image type by its first bytes (the name and the browser's claimed type are not trusted). */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return isSvgDocument(new TextDecoder("utf-8").decode(bytes.subarray(0, SVG_HEAD_BYTES))) ? "image/svg+xml" : null;
}

/** How much of an upload the SVG check reads: the root element must start within it. */
const SVG_HEAD_BYTES = 4096;

/**
 * SVG is text: an optional BOM, then XML declaration, comments or doctype (with whitespace between),
 * then the `<svg` root element. One forward scan with `indexOf` (no regular expression over attacker
 * text, so no backtracking): linear in the bounded head, whatever the upload contains.
 */
function isSvgDocument(head: string): boolean {
  if (head.includes("\u0000")) return false;
  const text = head.toLowerCase();
  let i = text.startsWith("\uFEFF") ? 1 : 0;
  const skipSpace = () => {
    while (i < text.length && " \t\r\n".includes(text[i]!)) i++;
  };
  /** Skips `open … close` at i; false when it is not there or never closes. */
  const skip = (open: string, close: string) => {
    if (!text.startsWith(open, i)) return false;
    const end = text.indexOf(close, i + open.length);
    if (end < 0) return false;
    i = end + close.length;
    return true;
  };
  for (;;) {
    skipSpace();
    if (skip("<?xml", "?>") || skip("<!--", "-->") || skip("<!doctype", ">")) continue;
    return text.startsWith("<svg", i) && /^[\s>/]/.test(text[i + 4] ?? "");
  }
}

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** A chosen file, or undefined when the file input was left empty. */
const optionalFile = z
  .unknown()
  .optional()
  .transform((v) => (v instanceof Blob && v.size > 0 ? v : undefined));

const companyName = z
  .string({ error: msg("validation.enterCompanyName") })
  .trim()
  .min(2, msg("validation.profileCompanyName"))
  .max(120, msg("validation.maxChars", { max: 120 }))
  .refine((v) => /[\p{L}\p{N}]/u.test(v), msg("validation.profileCompanyPunctuation"));

export const profileChangeSchema = z
  .object({
    companyName,
    logo: optionalFile.refine((f) => !f || f.size <= MAX_LOGO_BYTES, msg("validation.constraint.logoSize")),
    country: z.array(z.string().trim()).default([]),
    targetUrl: z.array(z.string().trim()).default([]),
    note: z
      .string()
      .trim()
      .max(2000, msg("validation.maxChars", { max: 2000 }))
      .default(""),
  })
  .superRefine((v, ctx) => {
    const rows = Math.max(v.country.length, v.targetUrl.length);
    if (rows === 0) ctx.addIssue({ code: "custom", path: ["locations"], message: msg("validation.keepOneLocation") });
    if (rows > MAX_LOCATIONS)
      ctx.addIssue({ code: "custom", path: ["locations"], message: msg("validation.maxLocations", { max: MAX_LOCATIONS }) });
    const seen = new Set<string>();
    for (let i = 0; i < rows; i++) {
      const country = v.country[i] ?? "";
      const url = v.targetUrl[i] ?? "";
      if (!isCountryCode(country))
        ctx.addIssue({ code: "custom", path: [`country.${i}`], message: msg("validation.chooseCountry") });
      else if (seen.has(country))
        ctx.addIssue({ code: "custom", path: [`country.${i}`], message: msg("validation.countryListed") });
      seen.add(country);
      if (!url) ctx.addIssue({ code: "custom", path: [`targetUrl.${i}`], message: msg("validation.enterTargetUrl") });
      else if (url.length > 2000 || !isHttpsUrl(url))
        ctx.addIssue({ code: "custom", path: [`targetUrl.${i}`], message: msg("validation.validHttpsUrl") });
    }
  })
  .transform(({ companyName, logo, country, targetUrl, note }) => ({
    companyName,
    logo,
    locations: country.map((c, i) => ({ country: c, targetUrl: targetUrl[i] ?? "" })),
    note,
  }));
export type ProfileChangeInput = z.output<typeof profileChangeSchema>;

export const requestIdSchema = z.object({ requestId: z.uuid(msg("errors.notFound")) });

export const completeRequestSchema = requestIdSchema.extend({
  reply: z
    .string()
    .trim()
    .max(2000, msg("validation.maxChars", { max: 2000 }))
    .default(""),
});

export const rejectRequestSchema = requestIdSchema.extend({
  reason: z
    .string({ error: msg("validation.constraint.reason") })
    .trim()
    .min(1, msg("validation.constraint.reason"))
    .max(2000, msg("validation.maxChars", { max: 2000 })),
});

export const setListedSchema = z.object({
  providerId: z.uuid(msg("errors.notFound")),
  listed: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const activatePartnerSchema = z.object({ partnerId: z.uuid(msg("errors.notFound")) });
