"use server";
import { z } from "zod";
import { action } from "@/lib/action";
import { endSession } from "@/lib/auth";
import { safeCallback } from "@/lib/validation/account";

/** "Sign out" (the user menu of every workspace): ends the session, back to sign-in (and afterwards to `callbackUrl`). */
export const signOut = action(
  { name: "user.sign_out", schema: z.object({ callbackUrl: z.string().optional() }), permission: "account.signOut" },
  async (input, { viewer, audit }) => {
    await endSession();
    audit({ targetType: "user", targetId: viewer.id });
    const back = safeCallback(input.callbackUrl);
    return { redirect: back ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : "/sign-in" };
  },
);
