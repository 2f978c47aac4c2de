import type { Role } from "@/db/schema";

/**
 * The one static role -> permission map. Permission strings read `action:entity:scope`:
 * `clinic` means every row of the caller's own clinic, `own` means the patient's own record.
 * The DAL still scopes each query in its WHERE clause; a permission says what kind of access a
 * role has, the WHERE clause says to which rows.
 */
const therapistPermissions = [
  "read:patient:clinic",
  "write:patient:clinic",
  "invite:patient:clinic",
  "read:exercise:clinic",
  "write:exercise:clinic",
  "read:template:clinic",
  "write:template:clinic",
  "read:protocol:clinic",
  "write:protocol:clinic",
  "read:pain-log:clinic",
  "review:flag:clinic",
  "read:outcome:clinic",
  "write:outcome:clinic",
  // Approve or dismiss a rule-made suggestion (lib/dal/suggestions.ts); approving writes a protocol version.
  "decide:suggestion:clinic",
  "read:clinic:own",
  "manage:account:own",
] as const;

// `own` here is the caller's own clinic row: its time zone, phone and paper size.
const adminOnlyPermissions = ["manage:staff:clinic", "read:audit:clinic", "manage:clinic:own"] as const;

const patientPermissions = [
  "read:patient:own",
  "read:protocol:own",
  "read:pain-log:own",
  "write:pain-log:own",
  "read:outcome:own",
  // Answering the questionnaires their therapist asked for (drafts and the final submit).
  "write:outcome:own",
  "read:access-log:own",
  "read:clinic:own",
  // Every signed-in person: their own password and sessions (/account).
  "manage:account:own",
] as const;

export type Permission =
  | (typeof therapistPermissions)[number]
  | (typeof adminOnlyPermissions)[number]
  | (typeof patientPermissions)[number];

export const rolePermissions: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set<Permission>([...therapistPermissions, ...adminOnlyPermissions]),
  therapist: new Set<Permission>(therapistPermissions),
  patient: new Set<Permission>(patientPermissions),
};

export function can(role: Role, permission: Permission): boolean {
  return rolePermissions[role].has(permission);
}

export const STAFF_ROLES: readonly Role[] = ["admin", "therapist"];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/** Where each role lands after sign-in and when it opens a page of the other portal. */
export function homePathFor(role: Role): "/dashboard" | "/my" {
  return role === "patient" ? "/my" : "/dashboard";
}
