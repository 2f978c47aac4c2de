/**
 * The people and clinics of `npm run bench:triage`: Bench Physio (Maya, two colleagues and an
 * admin) with its 2,000 patients, and a second clinic whose flags the queue must never show.
 * The rows themselves are loaded by triage-data.ts.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { builtInExerciseIds, syncBuiltInLibrary } from "@/lib/dal/library-sync";
import { todayInZone } from "@/lib/dates";
import { createClinic, createUser, sharedPasswordHash } from "@/lib/seed/factories";
import { formatSeconds } from "../shared/stats";
import { LOG_DAYS, loadClinic, vacuumAnalyze, type BenchExercise } from "./triage-data";

export const BENCH_CLINIC = "Bench Physio";

/**
 * idlePatients: more active patients in Bench Physio with no protocol and no logs (discharged or
 * not started), so the dashboard's counts and the lapse check see a clinic network's size (the
 * issue's 100k with 2,000 logging daily: BENCH_IDLE_PATIENTS=98000).
 */
export type ClinicSizes = { patients: number; archived: number; otherClinicPatients: number; lapsedPer100: number; idlePatients: number };

/** Who the benchmark signs in as: Maya (therapist, also the DAL calls' caller) and the clinic's admin. */
export type BenchPeople = { caller: Caller; adminEmail: string; password: string };

/** Creates both clinics and their staff, loads their data, settles it (VACUUM ANALYZE) and prints what was loaded. */
export async function setUpClinics(db: Database, sizes: ClinicSizes, started: number): Promise<BenchPeople> {
  await syncBuiltInLibrary(db);
  const library = [...(await builtInExerciseIds(db)).values()].slice(0, 4);
  const exercises: BenchExercise[] = library.map((e) => ({ id: e.id, sets: e.sets, reps: e.reps, holdSeconds: e.holdSeconds, frequencyPerWeek: e.frequencyPerWeek, eachSide: e.eachSide }));
  const timeZone = "UTC";
  const today = todayInZone(timeZone);
  const password = randomBytes(12).toString("base64url");
  const passwordHash = await sharedPasswordHash(password);

  const clinic = await createClinic(db, { name: BENCH_CLINIC, timeZone });
  const me = await createUser(db, { clinicId: clinic.id, role: "therapist", email: "therapist@bench.test", name: "Maya Bench", passwordHash });
  const colleagues = [
    await createUser(db, { clinicId: clinic.id, role: "therapist", email: "leo@bench.test", name: "Leo Bench", passwordHash }),
    await createUser(db, { clinicId: clinic.id, role: "therapist", email: "ines@bench.test", name: "Ines Bench", passwordHash }),
  ];
  const admin = await createUser(db, { clinicId: clinic.id, role: "admin", email: "admin@bench.test", name: "Ada Admin", passwordHash });
  const other = await createClinic(db, { name: "Other Bench Clinic", timeZone });
  const otherTherapist = await createUser(db, { clinicId: other.id, role: "therapist", email: "ana@other.test", name: "Ana Other", passwordHash });

  const loaded = await loadClinic(db, { clinicId: clinic.id, therapistIds: [me.id, ...colleagues.map((c) => c.id)], activePatients: sizes.patients, archivedPatients: sizes.archived, lapsedPer100: sizes.lapsedPer100, today, exercises });
  const loadedOther = await loadClinic(db, { clinicId: other.id, therapistIds: [otherTherapist.id], activePatients: sizes.otherClinicPatients, archivedPatients: 0, lapsedPer100: 1, today, exercises });
  if (sizes.idlePatients > 0) await addIdlePatients(db, clinic.id, [me.id, ...colleagues.map((c) => c.id)], sizes.idlePatients);
  await vacuumAnalyze(db);
  console.log(`Loaded in ${formatSeconds(performance.now() - started)} (today = ${today}, ${LOG_DAYS} days of logs), then VACUUM (ANALYZE):`);
  console.log(`  ${BENCH_CLINIC}: ${JSON.stringify(loaded)}`);
  console.log(`  Other Bench Clinic: ${JSON.stringify(loadedOther)}`);
  for (const r of await countFlags(db, me.id)) {
    console.log(`  flags, ${r.clinic}, ${r.archived ? "archived patients" : "patients in care"}: ${r.open} open (${r.open_mine} of Maya's), ${r.reviewed} reviewed`);
  }
  const caller: Caller = { userId: me.id, role: "therapist", clinicId: clinic.id, patientId: null, name: me.name, email: me.email, timeZone, sessionId: null };
  return { caller, adminEmail: admin.email, password };
}

type FlagCount = { clinic: string; archived: boolean; open: number; reviewed: number; open_mine: number };

/** Open and reviewed flags per clinic, counted straight from the tables (what the queue must show). */
export async function countFlags(db: Database, therapistId: string): Promise<FlagCount[]> {
  const result = (await db.execute(sql`
    select c.name as clinic, pt.archived_at is not null as archived,
           count(*) filter (where f.reviewed_at is null)::int as open, count(*) filter (where f.reviewed_at is not null)::int as reviewed,
           count(*) filter (where f.reviewed_at is null and pt.primary_therapist_id = ${therapistId}::uuid)::int as open_mine
    from flags f join patients pt on pt.id = f.patient_id join clinics c on c.id = f.clinic_id
    group by 1, 2 order by 1, 2`)) as unknown as { rows: FlagCount[] };
  return result.rows;
}

/** What the queue must show Maya's clinic: its open flags on patients in care, all and hers. */
export async function expectedQueueTotals(db: Database, therapistId: string): Promise<{ all: number; mine: number }> {
  const inCare = (await countFlags(db, therapistId)).find((r) => r.clinic === BENCH_CLINIC && !r.archived);
  return { all: inCare?.open ?? 0, mine: inCare?.open_mine ?? 0 };
}

/** One set-based insert of `count` active patients without protocol or logs, named like the others. */
async function addIdlePatients(db: Database, clinicId: string, therapistIds: string[], count: number): Promise<void> {
  const therapists = sql`array[${sql.join(therapistIds.map((id) => sql`${id}::uuid`), sql`, `)}]`;
  await db.execute(sql`
    insert into patients (clinic_id, primary_therapist_id, full_name, email, date_of_birth, affected_side)
    select ${clinicId}::uuid, (${therapists})[1 + g % ${sql.raw(String(therapistIds.length))}],
           (array['Ada','Bo','Cy','Dina','Emre','Fen','Gia','Hugo','Isla','Jun','Kofi','Liv','Mads','Noor','Otto','Peg','Rafe','Suki','Theo','Uma'])[1 + g % 20]
             || ' ' || (array['Alder','Brook','Castel','Dunmore','Eklund','Frost','Garza','Holm','Ibarra','Jansen','Keane','Lowe','Mendez','Nash','Ortega','Price','Quist','Rowe','Sato','Vance'])[1 + (g / 20) % 20]
             || ' ' || g,
           'idle' || g || '@bench.test', date '1960-01-01' + (g * 41) % 20000, (array['left','right','both'])[1 + g % 3]::side
    from generate_series(1, ${sql.raw(String(Math.trunc(count)))}) g`);
}
