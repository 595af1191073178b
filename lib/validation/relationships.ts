import { z } from "./zod";
import { countryCodes } from "../countries";
import { msg } from "../i18n/message";
import { newPasswordSchema } from "./account";

/** What an invitation token looks like: 32 random bytes in base64url (lib/invitations.ts). */
export const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const invitationTokenSchema = z.string().regex(INVITATION_TOKEN, msg("relationships.invalidLink"));

export const requestRelationshipSchema = z.object({});

/** "Send from Partner Hub": the draft as the provider edited it, to the address it typed. */
export const sendRelationshipRequestSchema = z.object({
  invitationId: z.uuid("Not found."),
  link: z.string().max(500),
  to: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter the reseller's email address.")
    .max(254, "Use at most 254 characters.")
    .pipe(z.email("Enter a valid email address.")),
  subject: z.string().trim().min(1, "Enter a subject.").max(300, "Use at most 300 characters."),
  body: z.string().trim().min(1, "Write a message.").max(10_000, "Use at most 10,000 characters."),
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
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, msg("validation.enterYourEmail"))
    .max(254, msg("validation.maxChars", { max: 254 }))
    .pipe(z.email(msg("validation.validEmail"))),
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
