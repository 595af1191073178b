"use server";
import { createOrganisationUser, organisationUserForUpdate, unsafeUpdateUser } from "@/db/queries/users";
import { action } from "@/lib/action";
import { ActionError } from "@/lib/errors";
import type { Viewer } from "@/lib/viewer";
import { msg } from "@/lib/i18n/message";
import { generateTemporaryPassword, hashPassword } from "@/lib/password";
import { INVITATION_TTL_HOURS, sendInvitation } from "@/lib/password-links";
import { orgRoles, roles, type OrgRole } from "@/lib/permissions";
import { revokeSessions } from "@/lib/sessions";
import { addUserSchema, changeRoleSchema, userRefSchema } from "@/lib/validation/users";

/**
 * The Users page of an organisation (provider, reseller, the operator's team): add (invite) a user, change its
 * role within the organisation, deactivate / reactivate it, reset its password. The last active Admin
 * is kept by the database (trigger users_last_admin, migration 0008). Deactivating a user or resetting its
 * password ends its sessions at once (lib/sessions.ts `revokeSessions`).
 */
const revalidate = ["/provider/users", "/reseller/users", "/operator/users"];

function requireOfferedRole(viewer: Viewer, orgRole: OrgRole) {
  if (!roles[viewer.role].orgRoles.includes(orgRole)) throw new ActionError(msg("users.chooseListedRole"), "orgRole");
}

/** `what` the Admin may not do to itself (users.notYourself). */
async function otherUser(viewer: Viewer, userId: string, what: "changeRole" | "deactivate" | "reactivate" | "resetPassword") {
  if (userId === viewer.id) throw new ActionError(msg("users.notYourself", { what }));
  return organisationUserForUpdate(viewer, userId);
}

/** A new user gets an emailed, single-use link to choose its password (never a password by email). */
export const addUser = action(
  { name: "user.create", permission: "users.manage", schema: addUserSchema, revalidate },
  async (input, { viewer, audit }) => {
    requireOfferedRole(viewer, input.orgRole);
    const user = await createOrganisationUser(viewer, {
      email: input.email,
      name: input.name,
      orgRole: input.orgRole,
      passwordHash: null,
    });
    await sendInvitation(user, viewer);
    audit({
      targetType: "user",
      targetId: user.id,
      after: { name: input.name, email: input.email, role: input.orgRole },
      summary: `Invited ${input.name} as ${orgRoles[input.orgRole].label}`,
    });
    return {
      message: msg("users.added", { name: input.name, email: input.email, days: INVITATION_TTL_HOURS / 24 }),
    };
  },
);

export const changeUserRole = action(
  { name: "user.change_role", permission: "users.manage", schema: changeRoleSchema, revalidate },
  async (input, { viewer, audit }) => {
    const user = await otherUser(viewer, input.userId, "changeRole");
    requireOfferedRole(viewer, input.orgRole);
    if (user.orgRole === input.orgRole) return { message: msg("users.noChange") };
    await unsafeUpdateUser(user.id, { orgRole: input.orgRole });
    audit({
      targetType: "user",
      targetId: user.id,
      before: { role: user.orgRole },
      after: { role: input.orgRole },
      summary: `${user.name}: ${orgRoles[user.orgRole].label} → ${orgRoles[input.orgRole].label}`,
    });
    return { message: msg("users.nowRole", { name: user.name, role: input.orgRole }) };
  },
);

export const deactivateUser = action(
  { name: "user.deactivate", permission: "users.manage", schema: userRefSchema, revalidate },
  async (input, { viewer, audit }) => {
    const user = await otherUser(viewer, input.userId, "deactivate");
    if (user.status === "deactivated") return { message: msg("users.alreadyDeactivated", { name: user.name }) };
    await unsafeUpdateUser(user.id, { status: "deactivated" });
    await revokeSessions(user.id);
    audit({
      targetType: "user",
      targetId: user.id,
      before: { status: user.status },
      after: { status: "deactivated" },
      summary: `Deactivated ${user.name}`,
    });
    return { message: msg("users.wasDeactivated", { name: user.name }) };
  },
);

export const reactivateUser = action(
  { name: "user.reactivate", permission: "users.manage", schema: userRefSchema, revalidate },
  async (input, { viewer, audit }) => {
    const user = await otherUser(viewer, input.userId, "reactivate");
    if (user.status === "active") return { message: msg("users.alreadyActive", { name: user.name }) };
    await unsafeUpdateUser(user.id, { status: "active" });
    audit({
      targetType: "user",
      targetId: user.id,
      before: { status: user.status },
      after: { status: "active" },
      summary: `Reactivated ${user.name}`,
    });
    return { message: msg("users.wasReactivated", { name: user.name }) };
  },
);

/** A temporary password shown once (only its argon2id hash stored), changed at the next sign-in; the user's sessions end. */
export const resetUserPassword = action(
  {
    name: "user.reset_password",
    permission: "users.manage",
    schema: userRefSchema,
    revalidate,
    // argon2 before the transaction opens.
    prepare: async () => {
      const password = generateTemporaryPassword();
      return { password, passwordHash: await hashPassword(password) };
    },
  },
  async (input, { viewer, prepared, audit }) => {
    const user = await otherUser(viewer, input.userId, "resetPassword");
    await unsafeUpdateUser(user.id, { passwordHash: prepared.passwordHash, mustChangePassword: true });
    await revokeSessions(user.id);
    audit({ targetType: "user", targetId: user.id, summary: `Reset the password of ${user.name}` });
    return {
      message: msg("users.temporaryFor", { name: user.name }),
      data: { email: user.email, temporaryPassword: prepared.password },
    };
  },
);
