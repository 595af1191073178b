"use server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { unsafeUpdateUser } from "@/db/queries/users";
import { ActionError, action, publicAction } from "@/lib/action";
import { endSession, startSession } from "@/lib/auth";
import { hashPassword, verifyPassword } from "@/lib/password";
import { homeFor, organisationColumns } from "@/lib/permissions";
import { RESET_ANSWER, consumeTokens, sendPasswordReset, usableToken } from "@/lib/password-links";
import { findUserForSignIn, verifyCredentials } from "@/lib/sign-in";
import { changePasswordSchema, forgotPasswordSchema, safeCallback, setPasswordSchema, signInSchema } from "@/lib/validation/account";

export const signIn = publicAction({ name: "user.sign_in", schema: signInSchema }, async (input, { audit }) => {
  const user = await verifyCredentials(input.email, input.password);
  if (!user) throw new ActionError("The email or password is incorrect.");
  await startSession(user);
  audit({ actor: user, targetType: "user", targetId: user.id, providerId: organisationColumns(user).providerId });
  if (user.mustChangePassword) return { redirect: "/change-password" };
  return { redirect: safeCallback(input.callbackUrl) ?? homeFor(user.role) };
});

export const signOut = action(
  { name: "user.sign_out", schema: z.object({ callbackUrl: z.string().optional() }), permission: "account.signOut" },
  async (input, { viewer, audit }) => {
    await endSession();
    audit({ targetType: "user", targetId: viewer.id });
    const back = safeCallback(input.callbackUrl);
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

/** "Forgot password?": a reset link by email to an active account; the same answer for every address; rate limited. */
export const requestPasswordReset = publicAction({ name: "user.password_reset_request", schema: forgotPasswordSchema }, async (input, { audit }) => {
  const user = await findUserForSignIn(input.email);
  if (user?.status === "active") {
    const sent = await sendPasswordReset(user);
    audit({ actor: user, targetType: "user", targetId: user.id, providerId: organisationColumns(user).providerId, summary: sent ? "password reset link sent" : "password reset rate limited" });
  } else {
    audit({ targetType: "none", summary: "password reset for an unknown or deactivated address" });
  }
  return { message: RESET_ANSWER };
});

/** The emailed link (invitation or reset): choose a password, the link is used up, and the user is signed in. */
export const setPasswordWithLink = publicAction({ name: "user.set_password", schema: setPasswordSchema }, async (input, { audit }) => {
  const found = await usableToken(input.token);
  if (!found) throw new ActionError("This link is not valid any more: it was used, it expired, or the account is deactivated. Ask for a new one.");
  const { user, token } = found;
  await unsafeUpdateUser(user.id, { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, lastSignInAt: new Date() });
  await consumeTokens(user.id);
  await startSession(user);
  audit({ actor: user, targetType: "user", targetId: user.id, providerId: organisationColumns(user).providerId, summary: token.purpose === "invitation" ? "invitation accepted, password set" : "password reset" });
  return { redirect: homeFor(user.role) };
});
