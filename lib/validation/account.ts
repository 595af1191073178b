import { msg } from "../i18n/message";
import { z } from "./zod";

/** An email address typed into a form, lower-cased; `missing` is the catalogue key of its "Enter …" message. */
export const emailAddress = (missing: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .min(1, msg(missing))
    .max(254, msg("validation.maxChars", { max: 254 }))
    .pipe(z.email(msg("validation.validEmail")));

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, msg("validation.enterYourEmail"))
    .max(320, msg("validation.validEmail"))
    .pipe(z.email(msg("validation.validEmail"))),
  // Bounded: argon2 hashes whatever it is given.
  password: z.string().min(1, msg("validation.enterYourPassword")).max(1000, msg("auth.incorrect")),
  callbackUrl: z.string().max(2000).optional(),
});

export const newPasswordSchema = z
  .string()
  .min(12, msg("validation.minChars", { min: 12 }))
  .max(200, msg("validation.maxChars", { max: 200 }))
  .refine((p) => /[A-Za-z]/.test(p) && /[^A-Za-z]/.test(p), msg("validation.mixCharacters"));

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, msg("validation.enterCurrentPassword")).max(1000, msg("auth.currentIncorrect")),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: msg("validation.passwordsDiffer") })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: msg("validation.sameAsCurrent") });

export const forgotPasswordSchema = z.object({ email: emailAddress("validation.enterYourEmail") });

export const setPasswordSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, msg("auth.setPassword.linkInvalid")),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: msg("validation.passwordsDiffer") });
