import { z } from "./zod";
import { countryCodes } from "../countries";

const countrySet = new Set<string>(countryCodes);

export const languages: [string, string][] = [
  ["en", "English"], ["zh-TW", "中文 (繁體)"], ["zh-CN", "中文 (简体)"], ["ja", "日本語"], ["ko", "한국어"], ["de", "Deutsch"],
  ["fr", "Français"], ["es", "Español"], ["it", "Italiano"], ["nl", "Nederlands"], ["pt", "Português"],
];
const languageCodes = new Set(languages.map(([c]) => c));

export const DOMAIN_SUFFIX = ".onmicrosoft.com";

const text = (label: string, max = 120) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `Use at most ${max} characters.`);
const optionalText = (max = 120) => z.string().trim().max(max, `Use at most ${max} characters.`).default("");

/** The part before `.onmicrosoft.com`: lower-case letters, digits and inner hyphens. */
export const domainPrefixSchema = z
  .string({ error: "Enter a domain name." })
  .trim()
  .toLowerCase()
  .transform((v) => (v.endsWith(DOMAIN_SUFFIX) ? v.slice(0, -DOMAIN_SUFFIX.length) : v))
  .pipe(
    z
      .string()
      .min(1, "Enter a domain name.")
      .max(63, "Use at most 63 characters.")
      .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, "Use letters, digits and hyphens only (not at the start or end)."),
  );

export const companyNameSchema = text("company name", 200).refine(
  (v) => v.length >= 2 && /[\p{L}\p{N}]/u.test(v),
  "The company name must be more than one character and not only punctuation.",
);

/** Step 1 of the wizard: the customer's details, with the labels the form shows in its messages. */
export const customerDetailsSchema = z.object({
  companyName: companyNameSchema,
  domain: domainPrefixSchema,
  country: z.string().refine((c) => countrySet.has(c), "Choose a country/region."),
  addressLine1: text("address", 200),
  addressLine2: optionalText(200),
  city: text("city", 100),
  state: optionalText(100),
  postalCode: text("postal code", 20).regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, "Use letters, digits, spaces and hyphens only."),
  contactFirstName: text("first name", 100),
  contactLastName: text("last name", 100),
  contactEmail: z.string().trim().min(1, "Enter the contact's email.").pipe(z.email("Enter a valid email address.")),
  contactPhone: z
    .string()
    .trim()
    .max(30, "Use at most 30 characters.")
    .regex(/^[+0-9 ()./-]*$/, "Use digits, spaces and + ( ) - . / only.")
    .default(""),
  language: z.string().refine((l) => languageCodes.has(l), "Choose a language."),
  resellerId: z.union([z.uuid(), z.literal("")]).default(""),
});
export type CustomerDetails = z.output<typeof customerDetailsSchema>;

export const licensesSchema = z.coerce
  .number({ error: "Enter a whole number of licenses." })
  .int("Enter a whole number of licenses.")
  .min(1, "Enter at least 1 license.")
  .max(1_000_000, "That is more licenses than any offer allows.");

/** Step 2: offers chosen (`offer[]`) and licenses for each (`licenses.<offerId>`). */
export const customerLinesSchema = z
  .object({ draftId: z.uuid(), offer: z.array(z.string().min(1)).default([]) })
  .catchall(z.unknown())
  .transform((v, ctx) => {
    const lines: { offerId: string; licenses: number }[] = [];
    if (v.offer.length === 0) {
      ctx.addIssue({ code: "custom", path: ["offer"], message: "Choose at least one offer." });
      return z.NEVER;
    }
    for (const offerId of new Set(v.offer)) {
      const parsed = licensesSchema.safeParse(v[`licenses.${offerId}`]);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", path: [`licenses.${offerId}`], message: parsed.error.issues[0]!.message });
        continue;
      }
      lines.push({ offerId, licenses: parsed.data });
    }
    return { draftId: v.draftId, lines };
  });

export const draftRef = z.object({ draftId: z.uuid() });

export const newSubscriptionSchema = z.object({
  customerId: z.uuid(),
  offerId: z.string().min(1, "Choose an offer."),
  licenses: licensesSchema,
  resellerId: z.union([z.uuid(), z.literal("")]).default(""),
  /** Made when the form is rendered: submitting the same form twice places one order. */
  requestKey: z.uuid().optional(),
});

const subscriptionRef = { subscriptionId: z.uuid(), version: z.coerce.number().int().min(1) };

export const supportContactSchema = z.object({ ...subscriptionRef, supportContactId: z.uuid({ error: "Choose a support contact." }) });
export const changeLicensesSchema = z.object({ ...subscriptionRef, licenses: licensesSchema });
export const upgradeSchema = z.object({ ...subscriptionRef, targetOfferId: z.string().min(1, "Choose the offer to upgrade to.") });
export const subscriptionResellerSchema = z.object({ ...subscriptionRef, resellerId: z.union([z.uuid(), z.literal("")]) });
export const subscriptionStatusSchema = z.object({ ...subscriptionRef, status: z.enum(["active", "suspended"]) });
export const customerResellerSchema = z.object({ customerId: z.uuid(), resellerId: z.union([z.uuid(), z.literal("")]) });

/** Customers list filters, as they appear in the URL. */
export const customerListSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  reseller: z.union([z.uuid(), z.literal("none")]).optional().catch(undefined),
  provider: z.uuid().optional().catch(undefined),
  after: z.string().max(400).optional().catch(undefined),
});

/** The domain of an email address, lower-cased. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}
