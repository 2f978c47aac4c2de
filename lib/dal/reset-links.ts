import "server-only";
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb, type Tx } from "@/db/client";
import { invites, patients, users } from "@/db/schema";
import { UserFacingError } from "@/lib/user-facing-error";
import type { Caller } from "@/lib/auth/caller";
import { hashInviteToken, newInviteToken, RESET_TTL_HOURS } from "@/lib/auth/invite-token";
import { hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "./audit";
import { assertCan } from "./guard";
import { assertAcceptablePassword, lockUsableLink, publicView, readLink, type AcceptedLink, type ClosedLink, type LinkLookup } from "./invites";
import { endAllSessions } from "./staff";

export type IssuedLink = { token: string; expiresAt: Date; inviteId: string };

/**
 * A password reset link for a staff member of the admin's clinic. Not for the admin's own
 * account (that is changed on /account, with the current password) nor a disabled one.
 */
export async function createStaffResetLink(tx: Tx, caller: Caller, userId: string, now = new Date()): Promise<IssuedLink & { name: string }> {
  assertCan(caller, "manage:staff:clinic");
  const [user] = await tx
    .select({ id: users.id, name: users.name, disabledAt: users.disabledAt })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.clinicId, caller.clinicId), inArray(users.role, ["admin", "therapist"])));
  if (!user) notFound();
  if (user.id === caller.userId) throw new UserFacingError("To change your own password, use your account page.");
  if (user.disabledAt) throw new UserFacingError(`${user.name}'s account is disabled. Re-enable it before making a reset link.`);
  return { ...(await issueResetLink(tx, caller, user.id, now)), name: user.name };
}

/**
 * "Reset portal access" from a patient's record: a reset link for the patient's own account.
 * Their current password keeps working until the link is used.
 */
export async function createPatientResetLink(tx: Tx, caller: Caller, patientId: string, now = new Date()): Promise<IssuedLink & { userId: string }> {
  assertCan(caller, "invite:patient:clinic");
  const [row] = await tx
    .select({ userId: patients.userId, archivedAt: patients.archivedAt, disabledAt: users.disabledAt })
    .from(patients)
    .leftJoin(users, and(eq(users.id, patients.userId), eq(users.clinicId, caller.clinicId)))
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, caller.clinicId)));
  if (!row) notFound();
  if (!row.userId) throw new UserFacingError("This patient has no portal account yet. Create an invite link instead.");
  if (row.archivedAt) throw new UserFacingError("Unarchive the patient before resetting their portal access.");
  if (row.disabledAt) throw new UserFacingError("This patient's portal account is disabled.");
  return { ...(await issueResetLink(tx, caller, row.userId, now)), userId: row.userId };
}

/** One live reset link per account: making a new one voids any earlier unused one. */
async function issueResetLink(tx: Tx, caller: Caller, userId: string, now: Date): Promise<IssuedLink> {
  await voidResetLinks(tx, caller.clinicId, userId, now);
  const token = newInviteToken();
  const expiresAt = new Date(now.getTime() + RESET_TTL_HOURS * 3_600_000);
  const [row] = await tx
    .insert(invites)
    .values({ kind: "reset", clinicId: caller.clinicId, userId, tokenHash: hashInviteToken(token), createdBy: caller.userId, expiresAt })
    .returning({ id: invites.id });
  if (!row) throw new Error("reset link insert returned nothing");
  return { token, expiresAt, inviteId: row.id };
}

async function voidResetLinks(tx: Tx, clinicId: string, userId: string, now: Date, exceptId?: string): Promise<void> {
  await tx
    .update(invites)
    .set({ voidedAt: now })
    .where(
      and(
        eq(invites.kind, "reset"), eq(invites.userId, userId), eq(invites.clinicId, clinicId),
        isNull(invites.usedAt), isNull(invites.voidedAt), exceptId ? ne(invites.id, exceptId) : undefined,
      ),
    );
}

/** For /reset/[token]: the clinic and a masked email, or only that the link is closed. */
export async function lookUpReset(token: string, now = new Date()): Promise<LinkLookup> {
  return publicView(await readLink(await getDb(), token, ["reset"], now));
}

/**
 * Sets a new password from a reset link. Public (the person cannot sign in): the token is the
 * credential, re-checked and locked in the transaction. Every session of the account ends, the
 * old password stops working, and any other reset link for it is voided.
 */
export async function acceptReset(token: string, password: string, ip: string | null, now = new Date()): Promise<AcceptedLink | { error: ClosedLink }> {
  const db = await getDb();
  const link = await readLink(db, token, ["reset"], now);
  if ("status" in link) return { error: link.status };
  assertAcceptablePassword(password, link.email);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const invite = await lockUsableLink(tx, link.invite.id, now);
    if (!invite?.userId) return { error: "used" as const };
    const [user] = await tx
      .update(users)
      // A reset also clears the old per-account lockout counters: the owner just proved who they are.
      .set({ passwordHash, failedLogins: 0, lockedUntil: null, updatedAt: now })
      .where(and(eq(users.id, invite.userId), eq(users.clinicId, invite.clinicId), isNull(users.disabledAt)))
      .returning({ id: users.id, email: users.email, role: users.role });
    if (!user) return { error: "invalid" as const };
    await tx.update(invites).set({ usedAt: now }).where(eq(invites.id, invite.id));
    await voidResetLinks(tx, invite.clinicId, user.id, now, invite.id);
    const sessionsEnded = await endAllSessions(tx, user.id, "password-reset");
    await recordAuditEvent(tx, {
      clinicId: invite.clinicId, actorId: user.id, action: "password.reset", entity: "user", entityId: user.id, ip, detail: { link: invite.id, sessionsEnded },
    });
    return { email: user.email, role: user.role };
  });
}
