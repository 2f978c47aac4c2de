import "server-only";
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { patients, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { recordAuditEvent } from "./audit";
import { assertCan } from "./guard";
import { uuidOr404 } from "./uuid-or-404";
import { clientIp } from "@/lib/request-ip";

const therapist = alias(users, "therapist");
const account = alias(users, "account");

/**
 * The patient record as staff see it. Opening it is recorded in the audit log: patients can see
 * who viewed their record (DESIGN.md, /my/access).
 */
export async function getPatientRecord(caller: Caller, id: unknown) {
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
  const ip = clientIp(await headers());
  await recordAuditEvent(db, { clinicId: caller.clinicId, actorId: caller.userId, action: "patient.viewed", entity: "patient", entityId: patientId, patientId, ip });
  const { patient } = row;
  return {
    ...patient,
    therapistName: row.therapistName,
    portal: patient.userId ? { email: row.accountEmail, disabled: Boolean(row.accountDisabledAt) } : null,
  };
}

export type PatientRecord = Awaited<ReturnType<typeof getPatientRecord>>;
