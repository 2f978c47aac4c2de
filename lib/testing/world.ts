import { createClinic, createPatient, createUser } from "@/lib/seed/factories";
import type { Database } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import type { Role } from "@/db/schema";
import { serverTimeZone } from "@/lib/dates";

/** A verified caller for DAL tests, built the way lib/auth/session.ts builds one. */
export function callerFor(
  user: { id: string; role: Role; clinicId: string; name: string; email: string },
  patientId: string | null = null,
  timeZone: string = serverTimeZone(),
): Caller {
  return { userId: user.id, role: user.role, clinicId: user.clinicId, patientId, name: user.name, email: user.email, timeZone, sessionId: null };
}

/**
 * Two clinics with every persona of the authorization matrix: admin, therapist, two portal
 * patients (A and B) in clinic one, and a therapist and patient in clinic two.
 */
export async function createTwoClinicWorld(db: Database) {
  const home = await createClinic(db, { name: "Home Clinic" });
  const other = await createClinic(db, { name: "Other Clinic" });
  const admin = await createUser(db, { clinicId: home.id, role: "admin" });
  const therapist = await createUser(db, { clinicId: home.id, role: "therapist" });
  const otherTherapist = await createUser(db, { clinicId: other.id, role: "therapist" });
  const patientUserA = await createUser(db, { clinicId: home.id, role: "patient" });
  const patientUserB = await createUser(db, { clinicId: home.id, role: "patient" });
  const otherPatientUser = await createUser(db, { clinicId: other.id, role: "patient" });
  const patientA = await createPatient(db, { clinicId: home.id, primaryTherapistId: therapist.id, userId: patientUserA.id, fullName: "Alex Home" });
  const patientB = await createPatient(db, { clinicId: home.id, primaryTherapistId: therapist.id, userId: patientUserB.id, fullName: "Blair Home" });
  const otherPatient = await createPatient(db, { clinicId: other.id, primaryTherapistId: otherTherapist.id, userId: otherPatientUser.id, fullName: "Casey Other" });
  return {
    home, other, patientA, patientB, otherPatient,
    as: {
      admin: callerFor(admin),
      therapist: callerFor(therapist),
      otherTherapist: callerFor(otherTherapist),
      patientA: callerFor(patientUserA, patientA.id),
      patientB: callerFor(patientUserB, patientB.id),
      otherPatient: callerFor(otherPatientUser, otherPatient.id),
    },
  };
}

/** notFound() throws an error whose digest marks a 404; tests assert on that, not on a message. */
export const NOT_FOUND = /NEXT_HTTP_ERROR_FALLBACK;404/;
