import { z } from "./zod";
import { countryCodes } from "../countries";
import { newPasswordSchema } from "./account";

/** What an invitation token looks like: 32 random bytes in base64url (lib/invitations.ts). */
export const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const invitationTokenSchema = z.string().regex(INVITATION_TOKEN, "This invitation link is not valid.");

export const requestRelationshipSchema = z.object({});

/** "Send from Partner Hub": the draft as the provider edited it, to the address it typed. */
export const sendRelationshipRequestSchema = z.object({
  invitationId: z.uuid("Not found."),
  link: z.string().max(500),
  to: z.string().trim().toLowerCase().min(1, "Enter the reseller's email address.").max(254, "Use at most 254 characters.").pipe(z.email("Enter a valid email address.")),
  subject: z.string().trim().min(1, "Enter a subject.").max(300, "Use at most 300 characters."),
  body: z.string().trim().min(1, "Write a message.").max(10_000, "Use at most 10,000 characters."),
});

export const invitationIdSchema = z.object({ invitationId: z.uuid("Not found.") });

export const relationshipIdSchema = z.object({ relationshipId: z.uuid("Not found.") });

export const acceptInvitationSchema = z.object({
  token: invitationTokenSchema,
  confirm: z.literal("on", { error: "Tick the box to confirm that you authorize this provider." }),
});

export const enrolSchema = z.object({
  companyName: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters.")
    .refine((v) => v.length >= 2 && /[\p{L}\p{N}]/u.test(v), "Enter your company's legal name."),
  partnerNumber: z.string().trim().regex(/^[0-9]{4,12}$/, "Enter your partner ID: 4 to 12 digits."),
  country: z.enum(countryCodes, { error: "Choose your country/region." }),
  name: z.string().trim().min(2, "Enter your name.").max(200, "Use at most 200 characters."),
  email: z.string().trim().toLowerCase().min(1, "Enter your email.").max(254, "Use at most 254 characters.").pipe(z.email("Enter a valid email address.")),
  password: newPasswordSchema,
  callbackUrl: z.string().optional(),
});
export type EnrolInput = z.infer<typeof enrolSchema>;
