import type { Metadata } from "next";
import { listOrganisationUsers } from "@/db/queries/users";
import { deactivateUser, reactivateUser } from "@/lib/actions/users";
import { requireViewer } from "@/lib/auth";
import { formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { orgRoles, roles } from "@/lib/permissions";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { AddUserForm, ChangeRoleForm, ResetPasswordButton } from "./users-forms";

export const usersMetadata: Metadata = { title: "Users · Partner Hub" };

/** The Users page of the viewer's organisation (provider, reseller, the operator's team). */
export async function UsersPage() {
  const viewer = await requireViewer("users.manage");
  const [list, t] = await Promise.all([listOrganisationUsers(viewer), getT()]);
  const offered = roles[viewer.role].orgRoles.map((r) => ({ value: r, label: t(`users.roles.${r}`) }));
  return (
    <>
      <PageHeader
        title="Users"
        description={`The people of ${viewer.orgName} who sign in to Partner Hub, and what each may do.`}
      />
      <section className="card mb-6 p-5">
        <h2 className="mb-1 font-semibold">Add user</h2>
        <ul className="hint mb-3 list-inside list-disc">
          {offered.map((r) => (
            <li key={r.value}>
              <strong>{r.label}</strong>: {orgRoles[r.value].description}
            </li>
          ))}
        </ul>
        <AddUserForm roles={offered} />
      </section>
      <div className="card overflow-x-auto">
        <table className="table" data-testid="users-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Role</th>
              <th>Status</th>
              <th>Last sign-in</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {list.map((u) => (
              <tr key={u.id} data-testid="user-row">
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td data-testid="user-role">{t(`users.roles.${u.orgRole}`)}</td>
                <td data-testid="user-status">
                  <span className={u.status === "active" ? "badge" : "badge bg-slate-200 text-slate-700"}>
                    {u.status === "active" ? "Active" : "Deactivated"}
                  </span>
                  {u.mustChangePassword && u.status === "active" ? (
                    <span className="hint block">must set a new password</span>
                  ) : null}
                </td>
                <td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : "Never"}</td>
                <td className="space-y-2">
                  {u.id === viewer.id ? (
                    <span className="hint">You</span>
                  ) : (
                    <>
                      {offered.length > 1 ? (
                        <ChangeRoleForm userId={u.id} name={u.name} current={u.orgRole} roles={offered} />
                      ) : null}
                      <div className="flex flex-wrap gap-2">
                        {u.status === "active" ? (
                          <ActionButton action={deactivateUser} fields={{ userId: u.id }} variant="danger">
                            Deactivate
                          </ActionButton>
                        ) : (
                          <ActionButton action={reactivateUser} fields={{ userId: u.id }}>
                            Reactivate
                          </ActionButton>
                        )}
                        {u.status === "active" ? <ResetPasswordButton userId={u.id} /> : null}
                      </div>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
