import { z } from "./zod";
import { orgRole } from "@/db/schema";
import { msg } from "../i18n/message";
import { emailAddress } from "./account";

const orgRoleField = z.enum(orgRole.enumValues, { error: msg("validation.chooseRole") });

export const addUserSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, msg("validation.enterPersonName"))
    .max(200, msg("validation.maxChars", { max: 200 })),
  email: emailAddress("validation.enterEmailAddress"),
  orgRole: orgRoleField,
});

export const userRefSchema = z.object({ userId: z.uuid(msg("errors.notFound")) });

export const changeRoleSchema = z.object({ userId: z.uuid(msg("errors.notFound")), orgRole: orgRoleField });
