import { z } from "./zod";
import { orgRole } from "@/db/schema";

const orgRoleField = z.enum(orgRole.enumValues, { error: "Choose a role." });

export const addUserSchema = z.object({
  name: z.string().trim().min(2, "Enter the person's name.").max(200, "Use at most 200 characters."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter an email address.")
    .max(254, "Use at most 254 characters.")
    .pipe(z.email("Enter a valid email address.")),
  orgRole: orgRoleField,
});

export const userRefSchema = z.object({ userId: z.uuid("Not found.") });

export const changeRoleSchema = z.object({ userId: z.uuid("Not found."), orgRole: orgRoleField });
