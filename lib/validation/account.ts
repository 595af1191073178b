import { msg } from "../i18n/message";
import { z } from "./zod";

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

export const forgotPasswordSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email.")
    .max(254, "Use at most 254 characters.")
    .pipe(z.email("Enter a valid email address.")),
});

export const setPasswordSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords do not match." });
