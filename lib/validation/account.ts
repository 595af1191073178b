import { z } from "./zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email.").max(320, "Enter a valid email address.").pipe(z.email("Enter a valid email address.")),
  // Bounded: argon2 hashes whatever it is given.
  password: z.string().min(1, "Enter your password.").max(1000, "The email or password is incorrect."),
  callbackUrl: z.string().max(2000).optional(),
});

export const newPasswordSchema = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(200, "Use at most 200 characters.")
  .refine((p) => /[A-Za-z]/.test(p) && /[^A-Za-z]/.test(p), "Mix letters with digits or symbols.");

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(1000, "The current password is incorrect."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords do not match." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Choose a password different from the current one." });

export const forgotPasswordSchema = z.object({
  email: z.string().trim().min(1, "Enter your email.").max(254, "Use at most 254 characters.").pipe(z.email("Enter a valid email address.")),
});

export const setPasswordSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords do not match." });
