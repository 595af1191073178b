import { DataTable } from "@/components/ui/data-table";
import type { Metadata } from "next";
import { listOrganisationUsers } from "@/db/queries/users";
import { deactivateUser, reactivateUser } from "@/lib/actions/users";
import { requireViewer } from "@/lib/auth";
import { getFormat, getT, organisationName } from "@/lib/i18n/server";
import { roles } from "@/lib/permissions";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { AddUserForm, ChangeRoleForm, ResetPasswordButton } from "./users-forms";

export async function usersMetadata(): Promise<Metadata> {
  return { title: (await getT())("users.title") };
}

/** The Users page of the viewer's organisation (provider, reseller, the operator's team). */
export async function UsersPage() {
  const viewer = await requireViewer("users.manage");
  const [list, t, f] = await Promise.all([listOrganisationUsers(viewer), getT(), getFormat()]);
  const offered = roles[viewer.role].orgRoles.map((r) => ({ value: r, label: t(`users.roles.${r}`) }));
  return (
    <>
      <PageHeader title={t("users.title")} description={t("users.description", { org: organisationName(viewer, t) })} />
      <section className="card mb-6 p-5">
        <h2 className="mb-1 font-semibold">{t("users.addUser")}</h2>
        <ul className="hint mb-3 list-inside list-disc">
          {offered.map((r) => (
            <li key={r.value}>
              <strong>{r.label}</strong>: {t(`users.roleDescriptions.${r.value}`)}
            </li>
          ))}
        </ul>
        <AddUserForm roles={offered} />
      </section>
      <DataTable
        testId="users-table"
        columns={[
          t("users.name"),
          t("users.email"),
          t("users.role"),
          t("users.status"),
          t("users.lastSignIn"),
          t("users.actions"),
        ]}
      >
        {list.map((u) => (
          <tr key={u.id} data-testid="user-row">
            <td translate="no">{u.name}</td>
            <td>{u.email}</td>
            <td data-testid="user-role">{t(`users.roles.${u.orgRole}`)}</td>
            <td data-testid="user-status">
              <span className={u.status === "active" ? "badge" : "badge bg-slate-200 text-slate-700"}>
                {u.status === "active" ? t("users.active") : t("users.deactivated")}
              </span>
              {u.mustChangePassword && u.status === "active" ? (
                <span className="hint block">{t("users.mustSetPassword")}</span>
              ) : null}
            </td>
            <td>{u.lastSignInAt ? f.dateTime(u.lastSignInAt) : t("users.never")}</td>
            <td className="space-y-2">
              {u.id === viewer.id ? (
                <span className="hint">{t("users.you")}</span>
              ) : (
                <>
                  {offered.length > 1 ? <ChangeRoleForm userId={u.id} name={u.name} current={u.orgRole} roles={offered} /> : null}
                  <div className="flex flex-wrap gap-2">
                    {u.status === "active" ? (
                      <ActionButton action={deactivateUser} fields={{ userId: u.id }} variant="danger">
                        {t("users.deactivate")}
                      </ActionButton>
                    ) : (
                      <ActionButton action={reactivateUser} fields={{ userId: u.id }}>
                        {t("users.reactivate")}
                      </ActionButton>
                    )}
                    {u.status === "active" ? <ResetPasswordButton userId={u.id} /> : null}
                  </div>
                </>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
