"use server";
import { and, eq } from "drizzle-orm";
import { cookies, headers } from "next/headers";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { ActionError } from "@/lib/errors";
import { action, publicAction } from "@/lib/action";
import { startSession } from "@/lib/auth";
import { clientAddress } from "@/lib/client-address";
import { hashPassword, verifyPassword } from "@/lib/password";
import { homeFor, organisationColumns } from "@/lib/permissions";
import { safeRedirect } from "@/lib/safe-redirect";
import { revokeSessions } from "@/lib/sessions";
import { attemptSignIn } from "@/lib/sign-in";
import { changePasswordSchema, signInSchema } from "@/lib/validation/account";
import { msg } from "@/lib/i18n/message";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";

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
    if (!user.locale && isLocale(chosen)) await (await getDb()).update(users).set({ locale: chosen }).where(eq(users.id, user.id));
    audit({ actor: user, targetType: "user", targetId: user.id, providerId: organisationColumns(user).providerId });
    if (user.mustChangePassword) return { redirect: "/change-password" };
    return { redirect: safeRedirect(input.callbackUrl) ?? homeFor(user.role) };
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
      const [user] = await (await getDb()).select().from(users).where(eq(users.id, viewer.id));
      if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw new ActionError(msg("auth.currentIncorrect"), "currentPassword");
      }
      return { checkedHash: user.passwordHash, newHash: await hashPassword(input.newPassword) };
    },
  },
  async (_input, { viewer, prepared, audit }) => {
    // Only if the password checked above is still the current one (not changed meanwhile in another tab).
    const [updated] = await (await getDb())
      .update(users)
      .set({ passwordHash: prepared.newHash, mustChangePassword: false })
      .where(and(eq(users.id, viewer.id), eq(users.passwordHash, prepared.checkedHash)))
      .returning();
    if (!updated) throw new ActionError(msg("auth.currentIncorrect"), "currentPassword");
    const sessionVersion = await revokeSessions(viewer.id);
    await startSession({ ...updated, sessionVersion });
    audit({ targetType: "user", targetId: viewer.id, summary: viewer.mustChangePassword ? "temporary password replaced" : "password changed" });
    return { redirect: homeFor(viewer.role) };
  },
);
