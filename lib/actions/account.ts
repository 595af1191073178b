"use server";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { action } from "@/lib/action";
import { endSession } from "@/lib/auth";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";
import { msg } from "@/lib/i18n/message";
import { safeRedirect } from "@/lib/safe-redirect";
import { revokeSessions } from "@/lib/sessions";

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
    await (await getDb()).update(users).set({ locale: input.locale }).where(eq(users.id, viewer.id));
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
