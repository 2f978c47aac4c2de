import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb, type DbOrTx, type Tx } from "@/db/client";
import { invites, users } from "@/db/schema";
import { UserFacingError } from "@/lib/user-facing-error";
import type { Caller } from "@/lib/auth/caller";
import { hashInviteToken, INVITE_TTL_DAYS, newInviteToken } from "@/lib/auth/invite-token";
import type { StaffInviteInput, StaffRole } from "@/lib/validation/staff";
import { assertCan } from "./guard";
import { revokeUserSessions } from "./sessions";

const STAFF: StaffRole[] = ["admin", "therapist"];

/** Active therapists and admins of the caller's clinic: who can be a patient's primary therapist. */
export async function listClinicTherapists(caller: Caller): Promise<{ id: string; name: string }[]> {
  assertCan(caller, "read:patient:clinic");
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.clinicId, caller.clinicId), inArray(users.role, STAFF), isNull(users.disabledAt)))
    .orderBy(asc(users.name));
}

/** Whether an id from a form names an active staff member of the caller's own clinic. */
export async function isClinicTherapist(db: DbOrTx, caller: Caller, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.clinicId, caller.clinicId), inArray(users.role, STAFF), isNull(users.disabledAt)))
    .limit(1);
  return rows.length > 0;
}

/**
 * Ends every session of an account, in the caller's transaction: the server-side session rows,
 * and (as a belt) the session version older JWTs carry. Returns how many session rows ended.
 */
export async function endAllSessions(tx: Tx, userId: string, reason: string): Promise<number> {
  await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
  return revokeUserSessions(tx, userId, reason);
}

export type StaffMember = { id: string; name: string; email: string; role: StaffRole; disabledAt: Date | null; lastLoginAt: Date | null };
export type PendingStaffInvite = { id: string; name: string; email: string; role: StaffRole; createdAt: Date; expiresAt: Date };

/** /admin/therapists: the clinic's staff, and staff invites not yet used or replaced. */
export async function listStaff(caller: Caller): Promise<{ members: StaffMember[]; invites: PendingStaffInvite[] }> {
  assertCan(caller, "manage:staff:clinic");
  const db = await getDb();
  const members = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, disabledAt: users.disabledAt, lastLoginAt: users.lastLoginAt })
    .from(users)
    .where(and(eq(users.clinicId, caller.clinicId), inArray(users.role, STAFF)))
    .orderBy(asc(users.name), asc(users.id));
  const pending = await db
    .select({ id: invites.id, name: invites.name, email: invites.email, role: invites.role, createdAt: invites.createdAt, expiresAt: invites.expiresAt })
    .from(invites)
    .where(and(eq(invites.clinicId, caller.clinicId), eq(invites.kind, "staff-invite"), isNull(invites.usedAt), isNull(invites.voidedAt)))
    .orderBy(desc(invites.createdAt))
    .limit(50);
  return {
    members: members.map((m) => ({ ...m, role: m.role as StaffRole })),
    invites: pending.map((i) => ({ ...i, name: i.name ?? "", email: i.email ?? "", role: (i.role ?? "therapist") as StaffRole })),
  };
}

/**
 * A single-use link that creates a staff account with this name, email and role in the admin's
 * clinic. The raw token exists only in the return value; an earlier unused link for the same
 * email in this clinic stops working.
 */
export async function createStaffInvite(tx: Tx, caller: Caller, input: StaffInviteInput, now = new Date()): Promise<{ token: string; expiresAt: Date; inviteId: string }> {
  assertCan(caller, "manage:staff:clinic");
  const taken = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
  if (taken.length > 0) {
    throw new UserFacingError("Nothing was sent.", { email: ["That email already belongs to a Stride account. Use a different email."] });
  }
  await tx
    .update(invites)
    .set({ voidedAt: now })
    .where(and(eq(invites.clinicId, caller.clinicId), eq(invites.kind, "staff-invite"), eq(invites.email, input.email), isNull(invites.usedAt), isNull(invites.voidedAt)));
  const token = newInviteToken();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * 86_400_000);
  const [row] = await tx
    .insert(invites)
    .values({ kind: "staff-invite", clinicId: caller.clinicId, email: input.email, name: input.name, role: input.role, tokenHash: hashInviteToken(token), createdBy: caller.userId, expiresAt })
    .returning({ id: invites.id });
  if (!row) throw new Error("staff invite insert returned nothing");
  return { token, expiresAt, inviteId: row.id };
}

/**
 * Locks the clinic's active admins, then the target row. Every staff change takes the admin
 * lock first, so two admins demoting or disabling each other at once queue up here, and the
 * second sees the first's change: the clinic can never end up without an active admin.
 */
async function lockForStaffChange(tx: Tx, caller: Caller, userId: string) {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.clinicId, caller.clinicId), eq(users.role, "admin"), isNull(users.disabledAt)))
    .orderBy(asc(users.id))
    .for("update");
  const [target] = await tx
    .select({ id: users.id, name: users.name, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.clinicId, caller.clinicId), inArray(users.role, STAFF)))
    .for("update");
  if (!target) notFound();
  const isActiveAdmin = admins.some((a) => a.id === target.id);
  return { target: { ...target, role: target.role as StaffRole }, lastAdmin: isActiveAdmin && admins.length <= 1 };
}

const lastAdminMessage = (name: string) =>
  `${name} is the clinic's last active admin, and a clinic always keeps at least one. Make someone else an admin first.`;

/** Therapist <-> admin. The person's sessions end, so the new role applies from their next sign-in. */
export async function changeStaffRole(tx: Tx, caller: Caller, userId: string, role: StaffRole): Promise<{ name: string; from: StaffRole; sessionsEnded: number } | null> {
  assertCan(caller, "manage:staff:clinic");
  const { target, lastAdmin } = await lockForStaffChange(tx, caller, userId);
  if (target.role === role) return null;
  if (role !== "admin" && lastAdmin) throw new UserFacingError(lastAdminMessage(target.name));
  if (target.id === caller.userId) throw new UserFacingError("You cannot remove your own admin role. Ask another admin to do it.");
  await tx.update(users).set({ role, updatedAt: new Date() }).where(and(eq(users.id, target.id), eq(users.clinicId, caller.clinicId)));
  const sessionsEnded = await endAllSessions(tx, target.id, "role-changed");
  return { name: target.name, from: target.role, sessionsEnded };
}

/** Disabling cuts the person off at once (every session ends); re-enabling lets them sign in again. */
export async function setStaffDisabled(tx: Tx, caller: Caller, userId: string, disabled: boolean): Promise<{ name: string; sessionsEnded: number } | null> {
  assertCan(caller, "manage:staff:clinic");
  const { target, lastAdmin } = await lockForStaffChange(tx, caller, userId);
  if (Boolean(target.disabledAt) === disabled) return null;
  if (disabled && lastAdmin) throw new UserFacingError(lastAdminMessage(target.name));
  if (disabled && target.id === caller.userId) throw new UserFacingError("You cannot disable your own account. Ask another admin to do it.");
  const now = new Date();
  await tx
    .update(users)
    .set(disabled ? { disabledAt: now, updatedAt: now } : { disabledAt: null, failedLogins: 0, lockedUntil: null, updatedAt: now })
    .where(and(eq(users.id, target.id), eq(users.clinicId, caller.clinicId)));
  const sessionsEnded = disabled ? await endAllSessions(tx, target.id, "disabled") : 0;
  return { name: target.name, sessionsEnded };
}
