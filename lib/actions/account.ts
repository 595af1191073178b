"use server";
import { z } from "zod";
import { action } from "@/lib/action";
import { endSession } from "@/lib/auth";
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
