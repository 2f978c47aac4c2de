import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb, type Tx } from "@/db/client";
import { clinics, invites, patients, users } from "@/db/schema";
import { UserFacingError } from "@/lib/auth/authed-action";
import type { Caller } from "@/lib/auth/caller";
import { hashInviteToken, INVITE_TTL_DAYS, maskEmail, newInviteToken } from "@/lib/auth/invite-token";
import { hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "./audit";
import { assertCan } from "./guard";

/**
 * Creates a portal invite for a patient of the caller's clinic and returns the raw token, the
 * only time it exists. Any earlier unused link for the patient is voided in the same transaction.
 */
export async function createPatientInvite(tx: Tx, caller: Caller, patientId: string): Promise<{ token: string; expiresAt: Date }> {
  assertCan(caller, "invite:patient:clinic");
  const [patient] = await tx
    .select({ id: patients.id, email: patients.email, userId: patients.userId, archivedAt: patients.archivedAt })
    .from(patients)
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, caller.clinicId)));
  if (!patient) notFound();
  if (patient.userId) throw new UserFacingError("This patient already has a portal account.");
  if (patient.archivedAt) throw new UserFacingError("Unarchive the patient before inviting them.");
  if (!patient.email) throw new UserFacingError("Add the patient's email to their record first: it becomes their sign-in.");
  const taken = await tx.select({ id: users.id }).from(users).where(eq(users.email, patient.email.toLowerCase())).limit(1);
  if (taken.length > 0) throw new UserFacingError("That email already belongs to a Stride account. Use a different email for this patient.");

  await tx
    .update(invites)
    .set({ voidedAt: new Date() })
    .where(and(eq(invites.patientId, patientId), eq(invites.clinicId, caller.clinicId), isNull(invites.usedAt), isNull(invites.voidedAt)));
  const token = newInviteToken();
  const expiresAt = new Date(Date.now() + INVITE_TTL_DAYS * 86_400_000);
  await tx.insert(invites).values({ clinicId: caller.clinicId, patientId, tokenHash: hashInviteToken(token), createdBy: caller.userId, expiresAt });
  return { token, expiresAt };
}

export type InviteLookup =
  | { status: "valid"; clinicName: string; maskedEmail: string }
  | { status: "used" | "expired" | "invalid" };

/**
 * What the public invite page may know. A used, expired, voided or unknown link says only that;
 * nothing identifies the patient it was for.
 */
export async function lookUpInvite(token: string): Promise<InviteLookup> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "invalid" };
  const db = await getDb();
  const [row] = await db
    .select({ invite: invites, clinicName: clinics.name, email: patients.email, userId: patients.userId })
    .from(invites)
    .innerJoin(patients, and(eq(patients.id, invites.patientId), eq(patients.clinicId, invites.clinicId)))
    .innerJoin(clinics, eq(clinics.id, invites.clinicId))
    .where(eq(invites.tokenHash, hashInviteToken(token)));
  if (!row || row.invite.voidedAt || !row.email) return { status: "invalid" };
  if (row.invite.usedAt || row.userId) return { status: "used" };
  if (row.invite.expiresAt <= new Date()) return { status: "expired" };
  return { status: "valid", clinicName: row.clinicName, maskedEmail: maskEmail(row.email) };
}

/**
 * Turns a valid invite into a patient login. Public (the patient has no session yet): the token
 * is the credential. Runs in one transaction and re-checks the invite there, so a link can
 * never create two accounts.
 */
export async function acceptInvite(token: string, password: string, ip: string | null): Promise<{ email: string } | { error: InviteLookup["status"] }> {
  const lookup = await lookUpInvite(token);
  if (lookup.status !== "valid") return { error: lookup.status };
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ invite: invites, patient: patients })
      .from(invites)
      .innerJoin(patients, and(eq(patients.id, invites.patientId), eq(patients.clinicId, invites.clinicId)))
      .where(and(eq(invites.tokenHash, hashInviteToken(token)), isNull(invites.usedAt), isNull(invites.voidedAt)))
      .for("update");
    if (!row || row.patient.userId || !row.patient.email || row.invite.expiresAt <= new Date()) return { error: "used" as const };
    const email = row.patient.email.toLowerCase();
    const [user] = await tx
      .insert(users)
      .values({ clinicId: row.invite.clinicId, role: "patient", email, name: row.patient.fullName, passwordHash })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) throw new UserFacingError("This email already has a Stride account. Ask your clinic for help.");
    await tx.update(patients).set({ userId: user.id }).where(eq(patients.id, row.patient.id));
    await tx.update(invites).set({ usedAt: new Date() }).where(eq(invites.id, row.invite.id));
    await recordAuditEvent(tx, { clinicId: row.invite.clinicId, actorId: user.id, action: "invite.accepted", entity: "invite", entityId: row.invite.id, patientId: row.patient.id, ip });
    return { email };
  });
}

/** The newest unused, unexpired invite of a patient of the caller's clinic, for the record page. */
export async function getPendingInvite(caller: Caller, patientId: string): Promise<{ createdAt: Date; expiresAt: Date } | null> {
  assertCan(caller, "invite:patient:clinic");
  const db = await getDb();
  const [row] = await db
    .select({ createdAt: invites.createdAt, expiresAt: invites.expiresAt })
    .from(invites)
    .where(and(eq(invites.patientId, patientId), eq(invites.clinicId, caller.clinicId), isNull(invites.usedAt), isNull(invites.voidedAt), gt(invites.expiresAt, new Date())))
    .orderBy(desc(invites.createdAt))
    .limit(1);
  return row ?? null;
}
