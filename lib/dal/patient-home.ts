import "server-only";
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { clinics, patients, protocols, protocolVersions, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { assertCan, foundOr404, ownPatientId } from "./guard";

export type PatientHome = {
  firstName: string;
  clinicName: string;
  therapistName: string | null;
  activeProtocol: { id: string; title: string; phase: number; version: number; startDate: string } | null;
};

const therapist = alias(users, "therapist");

/** The patient's own home: scoped by the session's patient id and clinic, nothing from the URL. */
export async function getPatientHome(caller: Caller): Promise<PatientHome> {
  assertCan(caller, "read:patient:own");
  const patientId = ownPatientId(caller);
  const db = await getDb();
  const [row] = await db
    .select({ fullName: patients.fullName, clinicName: clinics.name, therapistName: therapist.name })
    .from(patients)
    .innerJoin(clinics, eq(clinics.id, patients.clinicId))
    .leftJoin(therapist, eq(therapist.id, patients.primaryTherapistId))
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, caller.clinicId)));
  const patient = foundOr404(row);

  const [active] = await db
    .select({ id: protocols.id, title: protocolVersions.title, phase: protocolVersions.phase, version: protocolVersions.version, startDate: protocols.startDate })
    .from(protocols)
    .innerJoin(protocolVersions, and(eq(protocolVersions.protocolId, protocols.id), eq(protocolVersions.version, protocols.currentVersion)))
    .where(and(eq(protocols.patientId, patientId), eq(protocols.clinicId, caller.clinicId), eq(protocols.status, "active")));

  return {
    firstName: patient.fullName.split(" ")[0] ?? patient.fullName,
    clinicName: patient.clinicName,
    therapistName: patient.therapistName,
    activeProtocol: active ?? null,
  };
}
