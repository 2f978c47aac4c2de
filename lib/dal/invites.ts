import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { notFound } from "next/navigation";
import { getDb, type DbOrTx, type Tx } from "@/db/client";
import { clinics, invites, patients, users, type Invite, type LinkKind, type Role } from "@/db/schema";
import { UserFacingError } from "@/lib/user-facing-error";
import type { Caller } from "@/lib/auth/caller";
import { hashInviteToken, INVITE_TTL_DAYS, isWellFormedToken, maskEmail, newInviteToken } from "@/lib/auth/invite-token";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { recordAuditEvent } from "./audit";
import { assertCan } from "./guard";

/**
 * Creates a portal invite for a patient of the caller's clinic and returns the raw token, the
 * only time it exists. Any earlier unused link for the patient is voided in the same transaction.
 */
export async function createPatientInvite(tx: Tx, caller: Caller, patientId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
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
    .set({ voidedAt: now })
    .where(and(eq(invites.kind, "patient-invite"), eq(invites.patientId, patientId), eq(invites.clinicId, caller.clinicId), isNull(invites.usedAt), isNull(invites.voidedAt)));
  const token = newInviteToken();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * 86_400_000);
  await tx.insert(invites).values({ kind: "patient-invite", clinicId: caller.clinicId, patientId, tokenHash: hashInviteToken(token), createdBy: caller.userId, expiresAt });
  return { token, expiresAt };
}

export type ClosedLink = "used" | "expired" | "invalid";

export type LinkLookup =
  | { status: "valid"; kind: LinkKind; clinicName: string; maskedEmail: string; role: Role }
  | { status: ClosedLink };

/** A link as read by its token, with the account it is about: only ever used inside this DAL. */
export type OpenLink = { invite: Invite; clinicName: string; email: string; role: Role; name: string; userId: string | null };

const target = alias(users, "target");

/**
 * Reads a single-use link by its token and says whether it can still be used. A voided link, an
 * unknown token, a link of another kind, or one whose account is gone or disabled is "invalid":
 * the public page then says only that, and nothing about whom it was for.
 */
export async function readLink(db: DbOrTx, token: string, kinds: readonly LinkKind[], now: Date): Promise<OpenLink | { status: ClosedLink }> {
  if (!isWellFormedToken(token)) return { status: "invalid" };
  const [row] = await db
    .select({ invite: invites, clinicName: clinics.name, patient: { email: patients.email, userId: patients.userId, name: patients.fullName }, target })
    .from(invites)
    .innerJoin(clinics, eq(clinics.id, invites.clinicId))
    .leftJoin(patients, and(eq(patients.id, invites.patientId), eq(patients.clinicId, invites.clinicId)))
    .leftJoin(target, and(eq(target.id, invites.userId), eq(target.clinicId, invites.clinicId)))
    .where(eq(invites.tokenHash, hashInviteToken(token)));
  if (!row || row.invite.voidedAt || !kinds.includes(row.invite.kind)) return { status: "invalid" };
  const { invite } = row;
  const account = accountOf(row);
  if (!account) return { status: "invalid" };
  if (invite.usedAt || (invite.kind === "patient-invite" && row.patient?.userId)) return { status: "used" };
  if (invite.expiresAt <= now) return { status: "expired" };
  return { invite, clinicName: row.clinicName, ...account };
}

/** Whose account the link is about, by kind; null when that account cannot take it any more. */
function accountOf(row: {
  invite: Invite;
  patient: { email: string | null; userId: string | null; name: string } | null;
  target: typeof users.$inferSelect | null;
}): Pick<OpenLink, "email" | "role" | "name" | "userId"> | null {
  const { invite, patient, target: user } = row;
  if (invite.kind === "patient-invite") return patient?.email ? { email: patient.email.toLowerCase(), role: "patient", name: patient.name, userId: null } : null;
  if (invite.kind === "staff-invite") return invite.email && invite.name && invite.role ? { email: invite.email, role: invite.role, name: invite.name, userId: null } : null;
  return user && !user.disabledAt ? { email: user.email, role: user.role, name: user.name, userId: user.id } : null;
}

/** What a public link page may show: the clinic and a masked email, or only why it is closed. */
export function publicView(link: OpenLink | { status: ClosedLink }): LinkLookup {
  if ("status" in link) return link;
  return { status: "valid", kind: link.invite.kind, clinicName: link.clinicName, maskedEmail: maskEmail(link.email), role: link.role };
}

/** Re-reads and locks the link inside the transaction that uses it, so a link works once. */
export async function lockUsableLink(tx: Tx, inviteId: string, now: Date): Promise<Invite | undefined> {
  const [invite] = await tx
    .select()
    .from(invites)
    .where(and(eq(invites.id, inviteId), isNull(invites.usedAt), isNull(invites.voidedAt), gt(invites.expiresAt, now)))
    .for("update");
  return invite;
}

/** The password rules, with the account's email known: a refusal is a field message. */
export function assertAcceptablePassword(password: string, email: string): void {
  const problem = passwordProblem(password, { email });
  if (problem) throw new UserFacingError("Choose a different password.", { password: [problem] });
}

/** A patient's portal invite or a staff invite, for /invite/[token]. */
export async function lookUpInvite(token: string, now = new Date()): Promise<LinkLookup> {
  return publicView(await readLink(await getDb(), token, ["patient-invite", "staff-invite"], now));
}

export type AcceptedLink = { email: string; role: Role };

/**
 * Turns a valid invite into a login: a patient account linked to the record, or a staff account
 * with the invite's name and role. Public (nobody has a session yet): the token is the
 * credential. The link is re-checked and locked in the transaction, so it creates one account.
 */
export async function acceptInvite(token: string, password: string, ip: string | null, now = new Date()): Promise<AcceptedLink | { error: ClosedLink }> {
  const db = await getDb();
  const link = await readLink(db, token, ["patient-invite", "staff-invite"], now);
  if ("status" in link) return { error: link.status };
  assertAcceptablePassword(password, link.email);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const invite = await lockUsableLink(tx, link.invite.id, now);
    if (!invite) return { error: "used" as const };
    const [user] = await tx
      .insert(users)
      .values({ clinicId: invite.clinicId, role: link.role, email: link.email, name: link.name, passwordHash })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) throw new UserFacingError("This email already has a Stride account. Ask your clinic for help.");
    if (invite.kind === "patient-invite" && invite.patientId) {
      const linked = await tx
        .update(patients)
        .set({ userId: user.id })
        .where(and(eq(patients.id, invite.patientId), eq(patients.clinicId, invite.clinicId), isNull(patients.userId)))
        .returning({ id: patients.id });
      if (linked.length === 0) throw new UserFacingError("This link has already been used. Sign in with the password you chose.");
    }
    await tx.update(invites).set({ usedAt: now }).where(eq(invites.id, invite.id));
    await recordAuditEvent(tx, {
      clinicId: invite.clinicId, actorId: user.id, action: "invite.accepted", entity: "invite", entityId: invite.id,
      patientId: invite.patientId, ip, detail: { kind: invite.kind, role: link.role },
    });
    return { email: link.email, role: link.role };
  });
}

/** The newest unused, unexpired invite of a patient of the caller's clinic, for the record page. */
export async function getPendingInvite(caller: Caller, patientId: string, now = new Date()): Promise<{ createdAt: Date; expiresAt: Date } | null> {
  assertCan(caller, "invite:patient:clinic");
  const db = await getDb();
  const [row] = await db
    .select({ createdAt: invites.createdAt, expiresAt: invites.expiresAt })
    .from(invites)
    .where(
      and(
        eq(invites.kind, "patient-invite"), eq(invites.patientId, patientId), eq(invites.clinicId, caller.clinicId),
        isNull(invites.usedAt), isNull(invites.voidedAt), gt(invites.expiresAt, now),
      ),
    )
    .orderBy(desc(invites.createdAt))
    .limit(1);
  return row ?? null;
}
