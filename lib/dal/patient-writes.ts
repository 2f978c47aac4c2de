import "server-only";
import { and, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { notFound } from "next/navigation";
import type { Tx } from "@/db/client";
import { patients } from "@/db/schema";
import { UserFacingError } from "@/lib/user-facing-error";
import type { Caller } from "@/lib/auth/caller";
import type { PatientInput } from "@/lib/validation/patient";
import { assertCan } from "./guard";
import { isClinicTherapist } from "./staff";

/** Checks a form can fail on that the schema cannot see: the therapist and the email's uniqueness. */
async function assertPatientInputFits(tx: Tx, caller: Caller, input: PatientInput, existingId: string | null): Promise<void> {
  if (!(await isClinicTherapist(tx, caller, input.primaryTherapistId))) {
    throw new UserFacingError("Please correct the highlighted fields. Nothing was saved.", { primaryTherapistId: ["Choose a therapist of your clinic"] });
  }
  if (input.email) {
    const clash = await tx
      .select({ id: patients.id })
      .from(patients)
      .where(and(eq(patients.clinicId, caller.clinicId), sql`lower(${patients.email}) = ${input.email}`, existingId ? ne(patients.id, existingId) : undefined))
      .limit(1);
    if (clash.length > 0) {
      throw new UserFacingError("Please correct the highlighted fields. Nothing was saved.", { email: ["Another patient of your clinic already has this email"] });
    }
  }
}

export async function createPatientRecord(tx: Tx, caller: Caller, input: PatientInput): Promise<string> {
  assertCan(caller, "write:patient:clinic");
  await assertPatientInputFits(tx, caller, input, null);
  const [row] = await tx.insert(patients).values({ ...input, clinicId: caller.clinicId }).returning({ id: patients.id });
  if (!row) throw new Error("patient insert returned nothing");
  return row.id;
}

export async function updatePatientRecord(tx: Tx, caller: Caller, patientId: string, input: PatientInput): Promise<void> {
  assertCan(caller, "write:patient:clinic");
  await assertPatientInputFits(tx, caller, input, patientId);
  const updated = await tx
    .update(patients)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, caller.clinicId)))
    .returning({ id: patients.id });
  if (updated.length === 0) notFound();
}

/** Archiving hides a patient from the default list; nothing clinical is deleted, and it can be undone. */
export async function setPatientArchived(tx: Tx, caller: Caller, patientId: string, archived: boolean): Promise<void> {
  assertCan(caller, "write:patient:clinic");
  const updated = await tx
    .update(patients)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, caller.clinicId), archived ? isNull(patients.archivedAt) : isNotNull(patients.archivedAt)))
    .returning({ id: patients.id });
  if (updated.length === 0) {
    const [exists] = await tx.select({ id: patients.id }).from(patients).where(and(eq(patients.id, patientId), eq(patients.clinicId, caller.clinicId)));
    if (!exists) notFound();
    throw new UserFacingError(archived ? "This patient is already archived." : "This patient is not archived.");
  }
}
