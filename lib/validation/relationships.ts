import { z } from "./zod";
import { countryCodes } from "../countries";
import { msg } from "../i18n/message";
import { emailAddress, newPasswordSchema } from "./account";

/** What an invitation token looks like: 32 random bytes in base64url (lib/invitations.ts). */
export const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const invitationTokenSchema = z.string().regex(INVITATION_TOKEN, msg("relationships.invalidLink"));

export const requestRelationshipSchema = z.object({});

/** "Send from Partner Hub": the draft as the provider edited it, to the address it typed. */
export const sendRelationshipRequestSchema = z.object({
  invitationId: z.uuid(msg("errors.notFound")),
  link: z.string().max(500),
  to: emailAddress("relationships.send.enterTo"),
  subject: z
    .string()
    .trim()
    .min(1, msg("relationships.send.enterSubject"))
    .max(300, msg("validation.maxChars", { max: 300 })),
  // "10,000" as written in both languages (a plain ICU argument is not grouped).
  body: z
    .string()
    .trim()
    .min(1, msg("relationships.send.enterBody"))
    .max(10_000, msg("validation.maxChars", { max: "10,000" })),
});

export const invitationIdSchema = z.object({ invitationId: z.uuid(msg("errors.notFound")) });

export const relationshipIdSchema = z.object({ relationshipId: z.uuid(msg("errors.notFound")) });

export const acceptInvitationSchema = z.object({
  token: invitationTokenSchema,
  confirm: z.literal("on", { error: msg("relationships.tickToConfirm") }),
});

export const enrolSchema = z.object({
  companyName: z
    .string()
    .trim()
    .max(200, msg("validation.maxChars", { max: 200 }))
    .refine((v) => v.length >= 2 && /[\p{L}\p{N}]/u.test(v), msg("validation.enterLegalName")),
  partnerNumber: z
    .string()
    .trim()
    .regex(/^[0-9]{4,12}$/, msg("validation.enterPartnerId")),
  country: z.enum(countryCodes, { error: msg("validation.chooseYourCountry") }),
  name: z
    .string()
    .trim()
    .min(2, msg("validation.enterYourName"))
    .max(200, msg("validation.maxChars", { max: 200 })),
  email: emailAddress("validation.enterYourEmail"),
  password: newPasswordSchema,
  callbackUrl: z.string().optional(),
});
export type EnrolInput = z.infer<typeof enrolSchema>;

/** "Only for this reseller": a partner ID and/or an email the provider knows (empty: no restriction of that kind). */
export const restrictInvitationSchema = z.object({
  invitationId: z.uuid(msg("errors.notFound")),
  partnerNumber: z
    .string()
    .trim()
    .max(12, msg("relationships.restrict.partnerIdFormat"))
    .refine((v) => v === "" || /^[0-9]{4,12}$/.test(v), msg("relationships.restrict.partnerIdFormat"))
    .transform((v) => v || null),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, msg("validation.validEmail"))
    .refine((v) => v === "" || z.email().safeParse(v).success, msg("validation.validEmail"))
    .transform((v) => v || null),
});

/** The Indirect resellers page's address: search, page, and the relationship just ended (for its notice). */
export const resellerListSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  after: z.string().max(400).optional().catch(undefined),
  ended: z.uuid().optional().catch(undefined),
});
