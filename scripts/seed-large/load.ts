/**
 * The large clinic of `npm run db:seed:large` and `npm run bench`, written in bulk SQL into a
 * migrated database: one clinic of `patients` patients (names from names.ts, reproducible from the
 * seed number), 20 therapists and an admin; 2% of the patients (2,000 of 100k) on 12-exercise
 * protocols logging daily for 30 days with the flags such logs raise (triage-data.ts, the rows
 * the triage benchmark loads too); 50 of those with portal accounts; and Sam Rivera, a portal
 * patient with 365 daily logs. Summary columns (patients.last_log_date, latest_pain) are set from
 * the logs as refreshPatientLogSummary would (docs/decisions/0004).
 */
import { performance } from "node:perf_hooks";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { builtInExerciseIds, syncBuiltInLibrary } from "@/lib/dal/library-sync";
import { addDays, todayInZone } from "@/lib/dates";
import { createClinic, createUser, sharedPasswordHash } from "@/lib/seed/factories";
import { loadClinic, vacuumAnalyze, type BenchExercise } from "../bench/triage-data";
import { generatePatients } from "./names";

export const LARGE_CLINIC = "Large Physio";
export const LOG_DAYS = 30;
export const SAM_LOG_DAYS = 365;
const THERAPISTS = 20;
const PROTOCOL_EXERCISES = 12;
const PORTAL_LOGGERS = 50;
/** Rows per INSERT of the plain patients: one statement's text stays a few MB. */
const CHUNK = 20_000;

export type LargeSeedOptions = { patients: number; seed: number; password: string };

export type LargeSeed = {
  clinicId: string;
  today: string;
  therapistEmail: string;
  adminEmail: string;
  sam: { email: string; patientId: string; protocolId: string };
  /** Portal patients with a protocol and 30 days of logs (the pain-log submit's writers). */
  loggerEmails: string[];
  /** Protocols of 12 exercises, one per logging patient (the PDF's first renders). */
  protocolIds: string[];
  rows: Record<string, number>;
  seconds: number;
};

/** Patients logging daily: 2% of the clinic (2,000 of 100k), at least one. */
export const loggersFor = (patients: number) => Math.max(1, Math.floor(patients * 0.02));

type Rows<T> = { rows: T[] };
const rowsOf = async <T>(db: Database, query: SQL): Promise<T[]> => ((await db.execute(query)) as unknown as Rows<T>).rows;

export async function seedLargeClinic(db: Database, options: LargeSeedOptions): Promise<LargeSeed> {
  const started = performance.now();
  const loggers = loggersFor(options.patients);
  const plain = options.patients - loggers - 1;
  if (plain < 0) throw new Error(`--patients must be at least ${loggers + 1}`);
  await syncBuiltInLibrary(db);
  const library = [...(await builtInExerciseIds(db)).values()].slice(0, PROTOCOL_EXERCISES);
  const exercises: BenchExercise[] = library.map((e) => ({ id: e.id, sets: e.sets, reps: e.reps, holdSeconds: e.holdSeconds, frequencyPerWeek: e.frequencyPerWeek, eachSide: e.eachSide }));
  const timeZone = "UTC";
  const today = todayInZone(timeZone);
  const passwordHash = await sharedPasswordHash(options.password);

  const clinic = await createClinic(db, { name: LARGE_CLINIC, timeZone, phone: "+44 20 7946 0000" });
  const admin = await createUser(db, { clinicId: clinic.id, role: "admin", email: "admin@large.test", name: "Ada Large", passwordHash });
  const therapistIds: string[] = [];
  for (let i = 1; i <= THERAPISTS; i++) {
    const email = `therapist-${String(i).padStart(2, "0")}@large.test`;
    therapistIds.push((await createUser(db, { clinicId: clinic.id, role: "therapist", email, name: `Therapist ${i} Large`, passwordHash })).id);
  }

  await insertPlainPatients(db, clinic.id, therapistIds, today, generatePatients(plain, options.seed));
  // The loggers belong to the first ten therapists, so therapist-01's own views have logs and flags.
  await loadClinic(db, { clinicId: clinic.id, therapistIds: therapistIds.slice(0, 10), activePatients: loggers, archivedPatients: 0, lapsedPer100: 1, today, exercises, logDays: LOG_DAYS });
  const loggerEmails = await givePortalAccounts(db, clinic.id, Math.min(PORTAL_LOGGERS, loggers), passwordHash);
  const sam = await insertSam(db, clinic.id, therapistIds[0] as string, today, exercises, passwordHash);
  await vacuumAnalyze(db);

  const protocolIds = (await rowsOf<{ id: string }>(db, sql`select id from protocols where clinic_id = ${clinic.id}::uuid and id <> ${sam.protocolId}::uuid order by created_at, id`)).map((r) => r.id);
  return {
    clinicId: clinic.id,
    today,
    therapistEmail: "therapist-01@large.test",
    adminEmail: admin.email,
    sam,
    loggerEmails,
    protocolIds,
    rows: await countRows(db, clinic.id),
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * The clinic's patients who do not log (past patients, and those who never used the portal): one
 * INSERT ... SELECT over unnest() per chunk. Each column travels as one newline-joined text
 * parameter, which both node-postgres and PGlite pass as it is (no driver array encoding).
 */
async function insertPlainPatients(db: Database, clinicId: string, therapistIds: string[], today: string, people: ReturnType<typeof generatePatients>): Promise<void> {
  const therapists = sql`array[${sql.join(therapistIds.map((id) => sql`${id}::uuid`), sql`, `)}]`;
  for (let from = 0; from < people.length; from += CHUNK) {
    const chunk = people.slice(from, from + CHUNK);
    const column = (value: (p: (typeof chunk)[number]) => string) => chunk.map(value).join("\n");
    await db.execute(sql`
      insert into patients (clinic_id, primary_therapist_id, full_name, email, date_of_birth, affected_side, onset_date, archived_at, created_at, updated_at)
      select ${clinicId}::uuid, (${therapists})[1 + (${from}::int + u.ord::int) % ${therapistIds.length}::int],
             u.full_name, nullif(u.email, ''), u.dob::date, u.side::side,
             ${today}::date - u.created::int - 14,
             case when u.archived = 't' then ${today}::date - u.created::int / 2 + interval '12 hours' end,
             ${today}::date - u.created::int + interval '9 hours', now()
      from unnest(string_to_array(${column((p) => p.fullName)}, E'\n'), string_to_array(${column((p) => p.email ?? "")}, E'\n'),
                  string_to_array(${column((p) => p.dateOfBirth)}, E'\n'), string_to_array(${column((p) => p.affectedSide)}, E'\n'),
                  string_to_array(${column((p) => (p.archived ? "t" : "f"))}, E'\n'), string_to_array(${column((p) => String(p.createdDaysAgo))}, E'\n'))
           with ordinality as u(full_name, email, dob, side, archived, created, ord)`);
  }
}

/** Portal accounts for the first `count` logging patients (logger-01@large.test, ...): the pain-log submit's writers. */
async function givePortalAccounts(db: Database, clinicId: string, count: number, passwordHash: string): Promise<string[]> {
  const rows = await rowsOf<{ email: string }>(db, sql`
    with p as (
      select id, full_name, 'logger-' || lpad((row_number() over (order by created_at, id))::text, 2, '0') || '@large.test' as email
      from patients where clinic_id = ${clinicId}::uuid and email like 'patient%@bench.test'
      order by created_at, id limit ${count}
    ), u as (
      insert into users (clinic_id, role, email, name, password_hash)
      select ${clinicId}::uuid, 'patient', p.email, p.full_name, ${passwordHash} from p
      returning id, email
    )
    update patients set user_id = u.id from p join u on u.email = p.email
    where patients.id = p.id
    returning u.email`);
  return rows.map((r) => r.email).sort();
}

/** Sam Rivera: a portal patient on a 12-exercise protocol for a year, one log a day for 365 days. */
async function insertSam(db: Database, clinicId: string, therapistId: string, today: string, exercises: BenchExercise[], passwordHash: string): Promise<LargeSeed["sam"]> {
  const user = await createUser(db, { clinicId, role: "patient", email: "sam@large.test", name: "Sam Rivera", passwordHash });
  const start = addDays(today, -(SAM_LOG_DAYS + 5));
  const [row] = await rowsOf<{ patient_id: string; protocol_id: string }>(db, sql`
    with pt as (
      insert into patients (clinic_id, primary_therapist_id, user_id, full_name, email, date_of_birth, affected_side, onset_date, created_at)
      values (${clinicId}::uuid, ${therapistId}::uuid, ${user.id}::uuid, 'Sam Rivera', 'sam@large.test', '1991-04-12', 'right', ${start}::date - 20, ${start}::date)
      returning id
    ), pr as (
      insert into protocols (clinic_id, patient_id, therapist_id, status, start_date, current_version, created_at)
      select ${clinicId}::uuid, pt.id, ${therapistId}::uuid, 'active', ${start}::date, 1, ${start}::date from pt
      returning id, patient_id
    )
    select pr.patient_id, pr.id as protocol_id from pr`);
  if (!row) throw new Error("Sam's rows were not written");
  const items = sql.join(
    exercises.map((e, i) => sql`(${e.id}::uuid, ${i}::int, ${e.sets}::int, ${e.reps}::int, ${e.holdSeconds}::int, ${e.frequencyPerWeek}::int, ${e.eachSide}::boolean)`),
    sql`, `,
  );
  await db.execute(sql`
    with v as (
      insert into protocol_versions (protocol_id, version, title, phase, created_by, created_at)
      values (${row.protocol_id}::uuid, 1, 'Runner''s knee: hip and quadriceps strength', 2, ${therapistId}::uuid, ${start}::date)
      returning id
    )
    insert into protocol_items (version_id, exercise_id, position, sets, reps, hold_seconds, frequency_per_week, each_side, side)
    select v.id, e.exercise_id, e.position, e.sets, e.reps, e.hold_seconds, e.frequency_per_week, e.each_side, 'right'
    from v cross join (values ${items}) as e(exercise_id, position, sets, reps, hold_seconds, frequency_per_week, each_side)`);
  // Pain easing over the year (6 to 1 at rest), with a weekly rhythm and an occasional bad day.
  await db.execute(sql`
    insert into pain_logs (clinic_id, patient_id, log_date, pain_at_rest, pain_during_exercise, pain_next_morning, aggravating_activities, grinding, note, created_at, updated_at)
    select ${clinicId}::uuid, ${row.patient_id}::uuid, ${today}::date - d,
           least(10, 1 + d / 73 + (d % 7 = 3)::int + (d % 29 = 0)::int * 2)::smallint,
           least(10, 2 + d / 60 + (d % 5 = 1)::int)::smallint,
           least(10, 1 + d / 90 + (d % 11 = 0)::int)::smallint,
           case when d % 6 = 0 then '{stairs}'::text[] when d % 6 = 3 then '{running}'::text[] else '{}'::text[] end,
           d % 17 = 0,
           case when d % 21 = 0 then 'Long run on the weekend; knee fine the next day.' end,
           ${today}::date - d + interval '20 hours', ${today}::date - d + interval '20 hours'
    from generate_series(0, ${SAM_LOG_DAYS - 1}::int) d`);
  await db.execute(sql`
    update patients set last_log_date = l.log_date,
           latest_pain = greatest(l.pain_at_rest, coalesce(l.pain_during_exercise, 0), coalesce(l.pain_next_morning, 0))
    from (select log_date, pain_at_rest, pain_during_exercise, pain_next_morning from pain_logs
          where patient_id = ${row.patient_id}::uuid order by log_date desc limit 1) l
    where patients.id = ${row.patient_id}::uuid`);
  return { email: user.email, patientId: row.patient_id, protocolId: row.protocol_id };
}

/** What the clinic holds, table by table, for the seed's report. */
async function countRows(db: Database, clinicId: string): Promise<Record<string, number>> {
  const [row] = await rowsOf<Record<string, number>>(db, sql`
    select (select count(*)::int from patients where clinic_id = ${clinicId}::uuid) as patients,
           (select count(*)::int from patients where clinic_id = ${clinicId}::uuid and archived_at is not null) as archived_patients,
           (select count(*)::int from users where clinic_id = ${clinicId}::uuid and role = 'therapist') as therapists,
           (select count(*)::int from users where clinic_id = ${clinicId}::uuid and role = 'patient') as portal_accounts,
           (select count(*)::int from protocols where clinic_id = ${clinicId}::uuid) as protocols,
           (select count(*)::int from protocol_items i join protocol_versions v on v.id = i.version_id join protocols p on p.id = v.protocol_id where p.clinic_id = ${clinicId}::uuid) as protocol_items,
           (select count(*)::int from pain_logs where clinic_id = ${clinicId}::uuid) as pain_logs,
           (select count(*)::int from runs where clinic_id = ${clinicId}::uuid) as runs,
           (select count(*)::int from flags where clinic_id = ${clinicId}::uuid and reviewed_at is null) as open_flags,
           (select count(*)::int from flags where clinic_id = ${clinicId}::uuid and reviewed_at is not null) as reviewed_flags`);
  return row ?? {};
}
