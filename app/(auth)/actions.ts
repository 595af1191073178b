"use server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { ActionError, action, publicAction } from "@/lib/action";
import { endSession, startSession } from "@/lib/auth";
import { hashPassword, verifyPassword } from "@/lib/password";
import { homeFor, organisationColumns } from "@/lib/permissions";
import { verifyCredentials } from "@/lib/sign-in";
import { safeRedirect } from "@/lib/safe-redirect";
import { changePasswordSchema, signInSchema } from "@/lib/validation/account";

export const signIn = publicAction({ name: "user.sign_in", schema: signInSchema }, async (input, { audit }) => {
  const user = await verifyCredentials(input.email, input.password);
  if (!user) throw new ActionError("The email or password is incorrect.");
  await startSession(user);
  audit({ actor: user, targetType: "user", targetId: user.id, providerId: organisationColumns(user).providerId });
  if (user.mustChangePassword) return { redirect: "/change-password" };
  return { redirect: safeRedirect(input.callbackUrl) ?? homeFor(user.role) };
});

export const signOut = action(
  { name: "user.sign_out", schema: z.object({ callbackUrl: z.string().optional() }), permission: "account.signOut" },
  async (input, { viewer, audit }) => {
    await endSession();
    audit({ targetType: "user", targetId: viewer.id });
    const back = safeRedirect(input.callbackUrl);
    return { redirect: back ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : "/sign-in" };
  },
);

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
