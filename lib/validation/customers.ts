import { z } from "./zod";
import { countryCodes } from "../countries";
import { msg } from "../i18n/message";

const countrySet = new Set<string>(countryCodes);

export const languages: [string, string][] = [
  ["en", "English"],
  ["zh-TW", "中文 (繁體)"],
  ["zh-CN", "中文 (简体)"],
  ["ja", "日本語"],
  ["ko", "한국어"],
  ["de", "Deutsch"],
  ["fr", "Français"],
  ["es", "Español"],
  ["it", "Italiano"],
  ["nl", "Nederlands"],
  ["pt", "Português"],
];
const languageCodes = new Set(languages.map(([c]) => c));

export const DOMAIN_SUFFIX = ".onmicrosoft.com";

/** A required text; `missing` is the catalogue key of its "Enter the …" message. */
const text = (missing: string, max = 120) =>
  z
    .string({ error: msg(missing) })
    .trim()
    .min(1, msg(missing))
    .max(max, msg("validation.maxChars", { max }));
const optionalText = (max = 120) => z.string().trim().max(max, msg("validation.maxChars", { max })).default("");

/** The part before `.onmicrosoft.com`: lower-case letters, digits and inner hyphens. */
export const domainPrefixSchema = z
  .string({ error: msg("validation.enterDomain") })
  .trim()
  .toLowerCase()
  .transform((v) => (v.endsWith(DOMAIN_SUFFIX) ? v.slice(0, -DOMAIN_SUFFIX.length) : v))
  .pipe(
    z
      .string()
      .min(1, msg("validation.enterDomain"))
      .max(63, msg("validation.maxChars", { max: 63 }))
      .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, msg("validation.domainChars")),
  );

export const companyNameSchema = text("validation.enterCompanyName", 200).refine(
  (v) => v.length >= 2 && /[\p{L}\p{N}]/u.test(v),
  msg("validation.companyNameMeaningful"),
);

/** Step 1 of the wizard: the customer's details, with the labels the form shows in its messages. */
export const customerDetailsSchema = z.object({
  companyName: companyNameSchema,
  domain: domainPrefixSchema,
  country: z.string().refine((c) => countrySet.has(c), msg("validation.chooseCountry")),
  addressLine1: text("validation.enterAddress", 200),
  addressLine2: optionalText(200),
  city: text("validation.enterCity", 100),
  state: optionalText(100),
  postalCode: text("validation.enterPostalCode", 20).regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, msg("validation.postalChars")),
  contactFirstName: text("validation.enterFirstName", 100),
  contactLastName: text("validation.enterLastName", 100),
  contactEmail: z
    .string()
    .trim()
    .min(1, msg("validation.enterContactEmail"))
    .pipe(z.email(msg("validation.validEmail"))),
  contactPhone: z
    .string()
    .trim()
    .max(30, msg("validation.maxChars", { max: 30 }))
    .regex(/^[+0-9 ()./-]*$/, msg("validation.phoneChars"))
    .default(""),
  language: z.string().refine((l) => languageCodes.has(l), msg("validation.chooseLanguage")),
  resellerId: z.union([z.uuid(), z.literal("")]).default(""),
});
export type CustomerDetails = z.output<typeof customerDetailsSchema>;

export const licensesSchema = z.coerce
  .number({ error: msg("validation.wholeLicenses") })
  .int(msg("validation.wholeLicenses"))
  .min(1, msg("validation.atLeastOneLicense"))
  .max(1_000_000, msg("validation.tooManyLicenses"));

/** Step 2: offers chosen (`offer[]`) and licenses for each (`licenses.<offerId>`). */
export const customerLinesSchema = z
  .object({ draftId: z.uuid(), offer: z.array(z.string().min(1)).default([]) })
  .catchall(z.unknown())
  .transform((v, ctx) => {
    const lines: { offerId: string; licenses: number }[] = [];
    if (v.offer.length === 0) {
      ctx.addIssue({ code: "custom", path: ["offer"], message: msg("validation.chooseOneOffer") });
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
  offerId: z.string().min(1, msg("validation.chooseOffer")),
  licenses: licensesSchema,
  resellerId: z.union([z.uuid(), z.literal("")]).default(""),
  /** Made when the form is rendered: submitting the same form twice places one order. */
  requestKey: z.uuid().optional(),
});

const subscriptionRef = { subscriptionId: z.uuid(), version: z.coerce.number().int().min(1) };

export const supportContactSchema = z.object({
  ...subscriptionRef,
  supportContactId: z.uuid({ error: msg("validation.chooseSupportContact") }),
});
export const changeLicensesSchema = z.object({ ...subscriptionRef, licenses: licensesSchema });
export const upgradeSchema = z.object({ ...subscriptionRef, targetOfferId: z.string().min(1, msg("validation.chooseUpgrade")) });
export const subscriptionResellerSchema = z.object({ ...subscriptionRef, resellerId: z.union([z.uuid(), z.literal("")]) });
export const subscriptionStatusSchema = z.object({ ...subscriptionRef, status: z.enum(["active", "suspended"]) });
export const customerResellerSchema = z.object({ customerId: z.uuid(), resellerId: z.union([z.uuid(), z.literal("")]) });

/** Customers list filters, as they appear in the URL. */
export const customerListSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  reseller: z
    .union([z.uuid(), z.literal("none")])
    .optional()
    .catch(undefined),
  provider: z.uuid().optional().catch(undefined),
  after: z.string().max(400).optional().catch(undefined),
});

/** The domain of an email address, lower-cased. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}
