"use server";
import { cookies, headers } from "next/headers";
import { z } from "@/lib/validation/zod";
import { replacePasswordIfCurrent, unsafeUpdateUser, unsafeUserById } from "@/db/queries/users";
import { action, publicAction } from "@/lib/action";
import { endSession, startSession } from "@/lib/auth";
import { clientAddress } from "@/lib/client-address";
import { ActionError } from "@/lib/errors";
import { isLocale, LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";
import { msg } from "@/lib/i18n/message";
import { hashPassword, verifyPassword } from "@/lib/password";
import { RESET_ANSWER, consumeTokens, sendPasswordReset, usableToken } from "@/lib/password-links";
import { homeFor, landingFor, organisationColumns } from "@/lib/permissions";
import { safeRedirect } from "@/lib/safe-redirect";
import { revokeSessions } from "@/lib/sessions";
import { attemptSignIn, findUserForSignIn } from "@/lib/sign-in";
import { changePasswordSchema, forgotPasswordSchema, setPasswordSchema, signInSchema } from "@/lib/validation/account";

// The account's own actions: sign in, passwords (change, forgot, set from an emailed link), sign out, language.

/**
 * "Sign out" (the user menu of every workspace): ends every session of the user, on every device (a copied
 * session cookie stops working), back to sign-in (and afterwards to `callbackUrl`).
 */
export const signOut = action(
  { name: "user.sign_out", schema: z.object({ callbackUrl: z.string().optional() }), permission: "account.signOut" },
  async (input, { viewer, audit }) => {
    await revokeSessions(viewer.id);
    await endSession();
    audit({ targetType: "user", targetId: viewer.id, summary: "signed out everywhere" });
    const back = safeRedirect(input.callbackUrl);
    return { redirect: back ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : "/sign-in" };
  },
);

/**
 * "Language / 語言" (the user menu): saves the interface language on the user (it follows them to every
 * device) and in the switcher's cookie, so the signed-out pages keep it after signing out. Not an
 * `account.*` permission: a user who must replace a temporary password can do only that first.
 */
export const setLanguage = action(
  {
    name: "user.set_language",
    schema: z.object({ locale: z.enum(LOCALES, { error: msg("validation.chooseLanguage") }) }),
    permission: "preferences.language",
    revalidate: ["/"],
  },
  async (input, { viewer, audit }) => {
    await unsafeUpdateUser(viewer.id, { locale: input.locale });
    (await cookies()).set(LOCALE_COOKIE, input.locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
    audit({
      targetType: "user",
      targetId: viewer.id,
      before: { locale: viewer.locale ?? null },
      after: { locale: input.locale },
    });
    return { message: msg("shell.languageSaved") };
  },
);

export const signIn = publicAction(
  {
    name: "user.sign_in",
    schema: signInSchema,
    // Throttled, verified and recorded before the transaction opens (lib/sign-in.ts).
    prepare: async (input) => {
      const outcome = await attemptSignIn(input.email, input.password, clientAddress(await headers()));
      if (!outcome.ok) {
        // lib/sign-in.ts words its outcome in English (the credentials provider shows it as it is); here it is a key.
        const minutes = Number(/(\d+) minute/.exec(outcome.message)?.[1] ?? 1);
        throw new ActionError(outcome.throttled ? msg("auth.tooManyAttempts", { minutes }) : msg("auth.incorrect"));
      }
      return outcome.user;
    },
  },
  async (input, { prepared: user, audit }) => {
    await startSession(user);
    // The language chosen on the signed-out pages stays after sign-in, until the user picks another.
    const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
    if (!user.locale && isLocale(chosen)) await unsafeUpdateUser(user.id, { locale: chosen });
    audit({ actor: user, targetType: "user", targetId: user.id, providerId: organisationColumns(user).providerId });
    return { redirect: landingFor(user, safeRedirect(input.callbackUrl)) };
  },
);

/** A new password ends every other session; this browser gets a fresh one. */
export const changePassword = action(
  {
    name: "user.change_password",
    schema: changePasswordSchema,
    permission: "account.changePassword",
    // argon2 (verify, then hash) before the transaction opens.
    prepare: async (input, viewer) => {
      const user = await unsafeUserById(viewer.id);
      if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw new ActionError(msg("auth.currentIncorrect"), "currentPassword");
      }
      return { checkedHash: user.passwordHash, newHash: await hashPassword(input.newPassword) };
    },
  },
  async (_input, { viewer, prepared, audit }) => {
    // Only if the password checked above is still the current one (not changed meanwhile in another tab).
    const updated = await replacePasswordIfCurrent(viewer.id, prepared.checkedHash, prepared.newHash);
    if (!updated) throw new ActionError(msg("auth.currentIncorrect"), "currentPassword");
    const sessionVersion = await revokeSessions(viewer.id);
    await startSession({ ...updated, sessionVersion });
    audit({
      targetType: "user",
      targetId: viewer.id,
      summary: viewer.mustChangePassword ? "temporary password replaced" : "password changed",
    });
    return { redirect: homeFor(viewer.role) };
  },
);

/** "Forgot password?": a reset link by email to an active account; the same answer for every address; rate limited. */
export const requestPasswordReset = publicAction(
  { name: "user.password_reset_request", schema: forgotPasswordSchema },
  async (input, { audit }) => {
    const user = await findUserForSignIn(input.email);
    if (user?.status === "active") {
      const sent = await sendPasswordReset(user);
      audit({
        actor: user,
        targetType: "user",
        targetId: user.id,
        providerId: organisationColumns(user).providerId,
        summary: sent ? "password reset link sent" : "password reset rate limited",
      });
    } else {
      audit({ targetType: "none", summary: "password reset for an unknown or deactivated address" });
    }
    return { message: RESET_ANSWER };
  },
);

/** The emailed link (invitation or reset): choose a password, the link is used up, every other session ends, and the user is signed in here. */
export const setPasswordWithLink = publicAction(
  {
    name: "user.set_password",
    schema: setPasswordSchema,
    // argon2 before the transaction opens.
    prepare: async (input) => ({ newHash: await hashPassword(input.newPassword) }),
  },
  async (input, { prepared, audit }) => {
    const found = await usableToken(input.token);
    if (!found) throw new ActionError(msg("auth.setPassword.linkUsed"));
    const { user, token } = found;
    await unsafeUpdateUser(user.id, { passwordHash: prepared.newHash, mustChangePassword: false, lastSignInAt: new Date() });
    await consumeTokens(user.id);
    const sessionVersion = await revokeSessions(user.id);
    await startSession({ ...user, sessionVersion });
    audit({
      actor: user,
      targetType: "user",
      targetId: user.id,
      providerId: organisationColumns(user).providerId,
      summary: token.purpose === "invitation" ? "invitation accepted, password set" : "password reset",
    });
    return { redirect: homeFor(user.role) };
  },
);
