"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addUser, changeUserRole, resetUserPassword } from "@/lib/actions/users";
import { idleState, type FormState } from "@/lib/form-state";
import { CopyButton } from "@/components/ui/copy-button";
import { Field, FormMessage } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";

type RoleOption = { value: string; label: string };

/** The one-time sign-in details of a password reset by an Admin: shown once, never stored, never emailed. */
function TemporaryPassword({ state }: { state: FormState<{ email: string; temporaryPassword: string }> }) {
  const t = useTranslations();
  const data = state.status === "success" ? state.data : undefined;
  if (!data?.temporaryPassword) return null;
  return (
    <div className="notice notice-success space-y-1 text-sm" data-testid="temporary-password-notice">
      <div>
        {t("users.account")} <span className="font-mono">{data.email}</span>
      </div>
      <div className="flex items-center gap-2">
        {t("users.temporaryPassword")}{" "}
        <span className="font-mono" data-testid="temporary-password">
          {data.temporaryPassword}
        </span>
        <CopyButton text={data.temporaryPassword} label={t("users.copyTemporary")} />
      </div>
      <div>{t("users.giveIt")}</div>
    </div>
  );
}

export function AddUserForm({ roles }: { roles: RoleOption[] }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(addUser, idleState);
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="add-user-form">
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("users.name")} name="name" state={state} autoComplete="off" />
        <Field label={t("users.email")} name="email" type="email" state={state} autoComplete="off" />
        <SelectField label={t("users.role")} name="orgRole" options={roles} defaultValue={roles[0]?.value} state={state} />
      </div>
      <FormMessage state={state} />
      <SubmitButton>{t("users.addUser")}</SubmitButton>
    </form>
  );
}

export function ChangeRoleForm({
  userId,
  name,
  current,
  roles,
}: {
  userId: string;
  name: string;
  current: string;
  roles: RoleOption[];
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(changeUserRole, idleState);
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-end gap-2"
      noValidate
      aria-label={t("users.changeRoleOf", { name })}
    >
      <input type="hidden" name="userId" value={userId} />
      <SelectField
        label={t("users.role")}
        name="orgRole"
        id={`role-${userId}`}
        options={roles}
        defaultValue={current}
        state={state}
      />
      <SubmitButton variant="secondary">{t("users.changeRole")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function ResetPasswordButton({ userId }: { userId: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(resetUserPassword, idleState);
  return (
    <form action={formAction} className="inline-flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      {state.status === "success" ? <TemporaryPassword state={state} /> : <FormMessage state={state} />}
      <SubmitButton variant="secondary">{t("users.resetPassword")}</SubmitButton>
    </form>
  );
}
