import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { createPatient, createUser, sharedPasswordHash } from "@/lib/seed/factories";
import { clinics, painLogs, patients, users } from "@/db/schema";
import { seedDemoData } from "@/lib/seed/demo-data";
import { addDays, serverTimeZone, todayInZone } from "@/lib/dates";
import { BACKDATE_BEFORE_START_DAYS } from "@/lib/validation/pain-log";
import type { Ack } from "./stats";

export type LoadUsers = { patients: string[]; therapists: string[]; logDates: string[] };

/**
 * The demo clinics, plus, in Riverside Physio, `therapists` therapists and `patients` patients with
 * portal accounts and no protocol (so each may log any of the last 30 days: one distinct day per
 * write, and every acknowledged write can be found again by patient, day and note).
 */
export async function seedLoadData(db: Database, counts: { patients: number; therapists: number }, password: string): Promise<LoadUsers> {
  await seedDemoData(db);
  const [clinic] = await db.select().from(clinics).where(eq(clinics.name, "Riverside Physio"));
  if (!clinic) throw new Error("demo data has no Riverside Physio");
  const passwordHash = await sharedPasswordHash(password);
  const therapists: string[] = [];
  const therapistIds: string[] = [];
  for (let i = 1; i <= counts.therapists; i++) {
    const email = `load-therapist-${i}@riverside.test`;
    const user = await createUser(db, { clinicId: clinic.id, role: "therapist", email, name: `Load Therapist ${i}`, passwordHash });
    therapists.push(email);
    therapistIds.push(user.id);
  }
  const patientEmails: string[] = [];
  for (let i = 1; i <= counts.patients; i++) {
    const email = `load-patient-${String(i).padStart(2, "0")}@riverside.test`;
    const user = await createUser(db, { clinicId: clinic.id, role: "patient", email, name: `Load Patient ${i}`, passwordHash });
    await createPatient(db, { clinicId: clinic.id, primaryTherapistId: therapistIds[i % therapistIds.length], userId: user.id, fullName: `Load Patient ${i}` });
    patientEmails.push(email);
  }
  // Today and the days before it that a patient without a protocol may still log, newest first.
  const today = todayInZone(clinic.timeZone ?? serverTimeZone());
  const logDates = Array.from({ length: BACKDATE_BEFORE_START_DAYS + 1 }, (_, i) => addDays(today, -i));
  return { patients: patientEmails, therapists, logDates };
}

/** Every pain log of the load patients, as (email, day, note), read after the run. */
export async function storedLogs(db: Database): Promise<Ack[]> {
  const rows = await db
    .select({ email: users.email, logDate: painLogs.logDate, note: painLogs.note })
    .from(painLogs)
    .innerJoin(patients, eq(patients.id, painLogs.patientId))
    .innerJoin(users, eq(users.id, patients.userId))
    .where(sql`${users.email} like 'load-patient-%'`);
  return rows.map((r) => ({ email: r.email, logDate: r.logDate, note: r.note ?? "" }));
}
