"use server";

import { appBaseUrl } from "@/lib/app-url";
import { authedAction } from "@/lib/auth/authed-action";
import { createStaffResetLink } from "@/lib/dal/reset-links";
import { changeStaffRole, createStaffInvite, setStaffDisabled } from "@/lib/dal/staff";
import { staffIdSchema, staffInviteSchema, staffRoleSchema, staffStatusSchema } from "@/lib/validation/staff";

const PAGE = "/admin/therapists";

export const inviteStaff = authedAction(staffInviteSchema, "manage:staff:clinic", async ({ input, caller, tx }) => {
  const { token, expiresAt, inviteId } = await createStaffInvite(tx, caller, input);
  return {
    // The email is the invitee's work address, needed to tell invites apart in the log; no patient data.
    audit: { action: "staff.invited", entity: "invite", entityId: inviteId, detail: { role: input.role, email: input.email, expiresAt: expiresAt.toISOString() } },
    revalidate: [PAGE],
    message: `Invite link for ${input.name} created. Copy it now: it is shown only once. Any earlier link for this email no longer works.`,
    data: { link: `${await appBaseUrl()}/invite/${token}`, expiresAt: expiresAt.toISOString() },
  };
});

export const changeRole = authedAction(staffRoleSchema, "manage:staff:clinic", async ({ input, caller, tx }) => {
  const changed = await changeStaffRole(tx, caller, input.userId, input.role);
  if (!changed) return { audit: [], message: "Nothing changed: that is already their role." };
  return {
    audit: { action: "staff.role-changed", entity: "user", entityId: input.userId, detail: { from: changed.from, to: input.role, sessionsEnded: changed.sessionsEnded } },
    revalidate: [PAGE],
    message: `${changed.name} is now ${input.role === "admin" ? "an admin" : "a therapist"}. They were signed out, so the new role applies when they sign in again.`,
  };
});

export const setStaffStatus = authedAction(staffStatusSchema, "manage:staff:clinic", async ({ input, caller, tx }) => {
  const disabled = input.status === "disabled";
  const changed = await setStaffDisabled(tx, caller, input.userId, disabled);
  if (!changed) return { audit: [], message: disabled ? "That account was already disabled." : "That account was already active." };
  return {
    audit: { action: disabled ? "staff.disabled" : "staff.enabled", entity: "user", entityId: input.userId, detail: { sessionsEnded: changed.sessionsEnded } },
    revalidate: [PAGE, "/patients"],
    message: disabled ? `${changed.name} is disabled and was signed out everywhere.` : `${changed.name} can sign in again.`,
  };
});

export const createStaffReset = authedAction(staffIdSchema, "manage:staff:clinic", async ({ input, caller, tx }) => {
  const { token, expiresAt, inviteId, name } = await createStaffResetLink(tx, caller, input.userId);
  return {
    audit: { action: "password-reset.created", entity: "user", entityId: input.userId, detail: { link: inviteId, expiresAt: expiresAt.toISOString() } },
    revalidate: [PAGE],
    message: `Reset link for ${name} created. Copy it now: it is shown only once. Their current password works until they use it.`,
    data: { link: `${await appBaseUrl()}/reset/${token}`, expiresAt: expiresAt.toISOString() },
  };
});
