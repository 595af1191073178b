"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signOut } from "@/lib/actions/account";
import { idleState } from "@/lib/form-state";

/** Sign out; with `callbackUrl`, the sign-in page it lands on sends the next user back there. */
export function SignOutButton({ className, callbackUrl }: { className?: string; callbackUrl?: string }) {
  const t = useTranslations();
  const [, formAction, pending] = useActionState(signOut, idleState);
  return (
    <form action={formAction}>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <button type="submit" className={className ?? "link text-sm"} disabled={pending}>
        {t("shell.signOut")}
      </button>
    </form>
  );
}
