"use client";
import { useActionState } from "react";
import { signOut } from "@/app/(auth)/actions";
import { idleState } from "@/lib/form-state";

export function SignOutButton({ className }: { className?: string }) {
  const [, formAction, pending] = useActionState(signOut, idleState);
  return (
    <form action={formAction}>
      <button type="submit" className={className ?? "link text-sm"} disabled={pending}>
        Sign out
      </button>
    </form>
  );
}
