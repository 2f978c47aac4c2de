import "server-only";
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { patients, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { auditPatientRead, type ReadContext } from "./audit";
import { assertCan } from "./guard";
import { getPatientOrThrow } from "./patients";
import { getPatientProtocols, rememberScoped, type PatientProtocols } from "./protocols";
import { uuidOr404 } from "./uuid-or-404";

const therapist = alias(users, "therapist");
const account = alias(users, "account");

/*
 * The staff pages that show one patient each enter the DAL here, and each entry point writes the
 * one audit row of its request (lib/dal/audit.ts auditPatientRead): patients can see who opened
 * their record (/my/access). The sections a page renders read without auditing.
 */

/** The patient record as staff see it (/patients/[id]). */
export async function getPatientRecord(caller: Caller, id: unknown, context: ReadContext) {
  assertCan(caller, "read:patient:clinic");
  const patientId = uuidOr404(id);
  const db = await getDb();
  const [row] = await db
    .select({ patient: patients, therapistName: therapist.name, accountEmail: account.email, accountDisabledAt: account.disabledAt })
    .from(patients)
    .leftJoin(therapist, and(eq(therapist.id, patients.primaryTherapistId), eq(therapist.clinicId, caller.clinicId)))
    .leftJoin(account, eq(account.id, patients.userId))
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, caller.clinicId)));
  if (!row) notFound();
  await auditPatientRead(caller, { patientId, read: "record", ip: context.ip }, db);
  const { patient } = row;
  // The sections of the page take this row instead of the id, and do not read it again.
  return rememberScoped(caller, {
    ...patient,
    therapistName: row.therapistName,
    portal: patient.userId ? { email: row.accountEmail, disabled: Boolean(row.accountDisabledAt) } : null,
  });
}

export type PatientRecord = Awaited<ReturnType<typeof getPatientRecord>>;

/** The intake form filled with the record (/patients/[id]/edit). Staff only. */
export async function getPatientForEdit(caller: Caller, id: unknown, context: ReadContext) {
  assertCan(caller, "read:patient:clinic");
  const patient = await getPatientOrThrow(caller, id);
  await auditPatientRead(caller, { patientId: patient.id, read: "edit", ip: context.ip });
  return patient;
}

/** The protocol builder's view of the patient's protocols (/patients/[id]/protocol). Staff only. */
export async function getProtocolsForBuilder(caller: Caller, id: unknown, context: ReadContext): Promise<PatientProtocols> {
  const protocols = await getPatientProtocols(caller, id);
  await auditPatientRead(caller, { patientId: protocols.patient.id, read: "protocol", ip: context.ip });
  return protocols;
}
