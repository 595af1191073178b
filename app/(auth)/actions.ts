"use server";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { ActionError } from "@/lib/errors";
import { action, publicAction } from "@/lib/action";
import { startSession } from "@/lib/auth";
import { hashPassword, verifyPassword } from "@/lib/password";
import { homeFor, organisationColumns } from "@/lib/permissions";
import { verifyCredentials } from "@/lib/sign-in";
import { changePasswordSchema, safeCallback, signInSchema } from "@/lib/validation/account";

export const signIn = publicAction({ name: "user.sign_in", schema: signInSchema }, async (input, { audit }) => {
  const user = await verifyCredentials(input.email, input.password);
  if (!user) throw new ActionError("The email or password is incorrect.");
  await startSession(user);
  audit({ actor: user, targetType: "user", targetId: user.id, providerId: organisationColumns(user).providerId });
  if (user.mustChangePassword) return { redirect: "/change-password" };
  return { redirect: safeCallback(input.callbackUrl) ?? homeFor(user.role) };
});

export const changePassword = action(
  { name: "user.change_password", schema: changePasswordSchema, permission: "account.changePassword" },
  async (input, { viewer, audit }) => {
    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.id, viewer.id));
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new ActionError("The current password is incorrect.", "currentPassword");
    }
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(input.newPassword), mustChangePassword: false })
      .where(eq(users.id, viewer.id));
    audit({ targetType: "user", targetId: viewer.id, summary: viewer.mustChangePassword ? "temporary password replaced" : "password changed" });
    return { redirect: homeFor(viewer.role) };
  },
);
