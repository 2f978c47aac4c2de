/**
 * The data behind `npm run bench:triage`: clinics of patients on active protocols, each logging
 * daily for 90 days, a third of them running, and the flags such a clinic accumulates over time.
 * Every table is filled with one set-based INSERT ... SELECT (generate_series), so 200k rows load
 * in seconds. Values are deterministic (arithmetic on the patient number and the day), so two runs
 * load the same shape of data; only the ids differ.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";

export type BenchExercise = { id: string; sets: number; reps: number | null; holdSeconds: number | null; frequencyPerWeek: number; eachSide: boolean };

export type ClinicLoad = {
  clinicId: string;
  /** Patient g is looked after by therapists[g % therapists.length]. */
  therapistIds: string[];
  /** Patients on an active protocol, logging daily. */
  activePatients: number;
  /** Extra archived patients (protocol ended, some open flags left): the queue must not show them. */
  archivedPatients: number;
  /** How many active patients in 100 stopped logging 8-14 days ago (the lapse check raises them). */
  lapsedPer100: number;
  /** "Today" in the clinic's zone (YYYY-MM-DD): the newest possible log. */
  today: string;
  exercises: BenchExercise[];
  /** Days of daily logs up to today (LOG_DAYS unless given; npm run db:seed:large asks for 30). */
  logDays?: number;
};

export const LOG_DAYS = 90;

/** A whole number written into the statement: a bare parameter next to a date is ambiguous (date - unknown). */
const n = (value: number): SQL => sql.raw(String(Math.trunc(value)));
const uuidArray = (ids: string[]): SQL => sql`array[${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}]`;

/**
 * Loads one clinic inside one transaction (the patient numbering lives in a temporary table,
 * which only that connection sees). Returns how many rows of each kind were written.
 */
export async function loadClinic(db: Database, load: ClinicLoad): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    const today = sql`${load.today}::date`;
    const days = load.logDays ?? LOG_DAYS;
    const total = load.activePatients + load.archivedPatients;
    // g numbers the patients; lapse is how many days ago each one last logged (0 = logs daily).
    // lapsedPer100 in 100 active patients stopped logging 8-14 days ago: the lapse check has work to do.
    // Archived patients stopped 30 days ago, when their protocol ended.
    await tx.execute(sql`create temporary table bench_p (g int primary key, id uuid not null default gen_random_uuid(), therapist_id uuid not null, archived boolean not null, lapse int not null) on commit drop`);
    await tx.execute(sql`
      insert into bench_p (g, therapist_id, archived, lapse)
      select g, (${uuidArray(load.therapistIds)})[1 + g % ${n(load.therapistIds.length)}],
             g > ${n(load.activePatients)},
             case when g > ${n(load.activePatients)} then 30 when (g + 50) % 100 < ${n(load.lapsedPer100)} then 8 + g % 7 else 0 end
      from generate_series(1, ${n(total)}) g`);

    const counts: Record<string, number> = {};
    const run = async (label: string, statement: SQL) => {
      const result = (await tx.execute(statement)) as unknown as { rowCount: number | null };
      counts[label] = (counts[label] ?? 0) + (result.rowCount ?? 0);
    };

    await run("patients", sql`
      insert into patients (id, clinic_id, primary_therapist_id, full_name, email, date_of_birth, affected_side, onset_date,
                            risk_factors, aggravating_activities, archived_at, created_at, updated_at)
      select p.id, ${load.clinicId}::uuid, p.therapist_id,
             (array['Ann','Ben','Cara','Dev','Eli','Fay','Gus','Hana','Ivo','Jo','Kai','Lena','Milo','Nia','Omar','Pia','Quinn','Rosa','Sami','Tess'])[1 + p.g % 20]
               || ' ' || (array['Walker','Okafor','Lindqvist','Moreau','Tanaka','Silva','Novak','Byrne','Haddad','Kowalski','Reyes','Ferrari','Nguyen','Osei','Petrov','Brennan','Yilmaz','Costa','Murphy','Iversen'])[1 + (p.g / 20) % 20]
               || ' ' || p.g,
             'patient' || p.g || '@bench.test',
             date '1965-01-01' + (p.g * 37) % 18000,
             (array['left','right','both'])[1 + p.g % 3]::side,
             ${today} - ${n(days + 30)} - p.g % 60,
             case when p.g % 4 = 0 then '{training-load-spike,weak-hip-abductors}'::text[] else '{training-load-spike}'::text[] end,
             '{stairs,running,squatting}'::text[],
             case when p.archived then now() - interval '29 days' end,
             ${today} - ${n(days + 10)} + interval '9 hours' + p.g * interval '7 seconds',
             now()
      from bench_p p`);

    // One protocol per patient, started before the first log; archived patients' protocols ended.
    await run("protocols", sql`
      insert into protocols (clinic_id, patient_id, therapist_id, status, start_date, end_date, current_version, created_at, updated_at)
      select ${load.clinicId}::uuid, p.id, p.therapist_id,
             (case when p.archived then 'ended' else 'active' end)::protocol_status,
             ${today} - ${n(days + 5)},
             case when p.archived then ${today} - 30 end,
             1, ${today} - ${n(days + 5)} + interval '10 hours', now()
      from bench_p p`);
    await run("protocol_versions", sql`
      insert into protocol_versions (protocol_id, version, title, phase, created_by, created_at)
      select pr.id, 1, 'Runner''s knee, phase 1', 1, pr.therapist_id, pr.created_at
      from protocols pr join bench_p p on p.id = pr.patient_id`);
    const exerciseRows = sql.join(
      load.exercises.map((e, i) => sql`(${e.id}::uuid, ${n(i)}, ${n(e.sets)}, ${e.reps}::int, ${e.holdSeconds}::int, ${n(e.frequencyPerWeek)}, ${e.eachSide}::boolean)`),
      sql`, `,
    );
    await run("protocol_items", sql`
      insert into protocol_items (version_id, exercise_id, position, sets, reps, hold_seconds, frequency_per_week, each_side, side)
      select v.id, e.exercise_id, e.position, e.sets, e.reps, e.hold_seconds, e.frequency_per_week, e.each_side, pt.affected_side
      from protocol_versions v
      join protocols pr on pr.id = v.protocol_id
      join bench_p p on p.id = pr.patient_id
      join patients pt on pt.id = p.id
      cross join (values ${exerciseRows}) as e(exercise_id, position, sets, reps, hold_seconds, frequency_per_week, each_side)`);

    // A log a day from 89 days ago up to the last day each patient logged; half have logged today.
    await run("pain_logs", sql`
      insert into pain_logs (clinic_id, patient_id, log_date, pain_at_rest, pain_during_exercise, pain_next_morning,
                             aggravating_activities, grinding, red_flags, note, created_at, updated_at)
      select ${load.clinicId}::uuid, p.id, ${today} - d,
             ((p.g * 7 + d * 3) % 5)::smallint,
             ((p.g * 5 + d * 11) % 8)::smallint,
             ((p.g * 3 + d * 7) % 5)::smallint,
             case when d % 9 = 0 then '{stairs}'::text[] else '{}'::text[] end,
             d % 11 = 0,
             '{}'::text[],
             case when d % 13 = 0 then 'Sore after the long run, better by lunch.' end,
             ${today} - d + interval '19 hours' + (p.g % 240) * interval '1 minute',
             ${today} - d + interval '19 hours' + (p.g % 240) * interval '1 minute'
      from bench_p p
      cross join generate_series(p.lapse, ${n(days - 1)}) d
      where not (d = 0 and p.g % 2 = 1)`);

    // A third of the patients run, every third day.
    await run("runs", sql`
      insert into runs (clinic_id, patient_id, run_date, distance_km, duration_seconds, pain_during, pain_next_morning, cadence, surface, shoe, created_at, updated_at)
      select ${load.clinicId}::uuid, p.id, ${today} - d,
             (3 + (p.g + d) % 8 + 0.25 * (d % 4))::numeric(6, 2),
             (3 + (p.g + d) % 8) * 330,
             ((p.g + d) % 6)::smallint,
             ((p.g + 2 * d) % 5)::smallint,
             (165 + (p.g + d) % 15)::smallint,
             (array['road','trail','track','treadmill'])[1 + d % 4],
             'Daily trainer',
             ${today} - d + interval '7 hours', ${today} - d + interval '7 hours'
      from bench_p p
      cross join generate_series(p.lapse, ${n(days - 1)}) d
      where p.g % 3 = 0 and d % 3 = 1`);

    await run("flags", flagInsert(load));

    // The denormalised summary the patient table and the lapse check read (db/pain-log-summary.ts).
    await run("patient_summaries", sql`
      update patients pt
      set last_log_date = l.log_date,
          latest_pain = greatest(l.pain_at_rest, coalesce(l.pain_during_exercise, 0), coalesce(l.pain_next_morning, 0))
      from (select distinct on (patient_id) patient_id, log_date, pain_at_rest, pain_during_exercise, pain_next_morning
            from pain_logs where clinic_id = ${load.clinicId}::uuid
            order by patient_id, log_date desc) l
      where pt.id = l.patient_id and pt.clinic_id = ${load.clinicId}::uuid`);
    return counts;
  });
}

/**
 * The flags raised over the days logged: patient g has g % 13 of them (6 on average), each on a distinct
 * day. Rules in roughly the mix a clinic sees: 5% red flags (urgent), 15% lapses in logging
 * (watch), the rest pain-model rules (review), with evidence shaped as lib/clinical/log-rules.ts
 * writes it (a pain rise carries its trigger and the 14 readings it was compared with). Flags from
 * the last 7 days are open; older ones were reviewed 7 times in 10, so a backlog stays open.
 */
function flagInsert(load: ClinicLoad): SQL {
  const today = sql`${load.today}::date`;
  const days = load.logDays ?? LOG_DAYS;
  return sql`
    with f as (
      select p.g, p.id as patient_id, p.therapist_id, j,
             ${today} - (1 + (j * 13 + p.g) % ${n(days - 2)}) as ed,
             1 + (j * 13 + p.g) % ${n(days - 2)} as age,
             case (p.g + j * 3) % 20
               when 0 then 'red-flag'
               when 1 then 'no-recent-log' when 2 then 'no-recent-log' when 3 then 'no-recent-log'
               when 4 then 'exercise-pain-high' when 5 then 'exercise-pain-high' when 6 then 'exercise-pain-high' when 7 then 'exercise-pain-high'
               when 8 then 'pain-rise' when 9 then 'pain-rise' when 10 then 'pain-rise' when 11 then 'pain-rise'
               when 12 then 'morning-not-settled' when 13 then 'morning-not-settled' when 14 then 'morning-not-settled' when 15 then 'morning-not-settled'
               else 'weekly-pain-rising'
             end as rule
      from bench_p p
      cross join generate_series(1, p.g % 13) j
    ),
    -- The readings a rule compares against: the 14 days before the evidence.
    c as (
      select f.g, f.j,
             jsonb_agg(jsonb_build_object('source', 'log', 'date', (f.ed - k)::text,
                       'measure', case f.rule when 'morning-not-settled' then 'painNextMorning' else 'painAtRest' end,
                       'value', (f.g + k) % 3, 'role', 'comparison') order by k) as readings
      from f cross join generate_series(1, 14) k
      where f.rule in ('pain-rise', 'morning-not-settled', 'weekly-pain-rising')
      group by f.g, f.j
    )
    insert into flags (clinic_id, patient_id, rule, severity, evidence_key, evidence, reason, evidence_date, raised_at, reviewed_by, reviewed_at, review_note)
    select ${load.clinicId}::uuid, f.patient_id, f.rule,
           (case f.rule when 'red-flag' then 'urgent' when 'no-recent-log' then 'watch' else 'review' end)::flag_severity,
           case f.rule
             when 'red-flag' then f.ed::text || ':locking-giving-way'
             when 'no-recent-log' then 'last-log:' || f.ed::text
             when 'exercise-pain-high' then f.ed::text || ':painDuringExercise=7'
             when 'pain-rise' then f.ed::text || ':painAtRest=6'
             when 'morning-not-settled' then f.ed::text || ':painNextMorning=5'
             else 'week:' || date_trunc('week', f.ed)::date::text || ':painAtRest'
           end,
           case f.rule
             when 'red-flag' then jsonb_build_object('readings', '[]'::jsonb, 'answers', jsonb_build_array('locking-giving-way'))
             when 'no-recent-log' then jsonb_build_object('readings', '[]'::jsonb, 'numbers', jsonb_build_object('days', 8, 'lastLogDate', (f.ed - 8)::text, 'protocolStart', (${today} - ${n(days + 5)})::text))
             when 'exercise-pain-high' then jsonb_build_object('readings', jsonb_build_array(jsonb_build_object('source', 'log', 'date', f.ed::text, 'measure', 'painDuringExercise', 'value', 7, 'role', 'trigger')), 'numbers', jsonb_build_object('limit', 5))
             when 'pain-rise' then jsonb_build_object('readings', jsonb_build_array(jsonb_build_object('source', 'log', 'date', f.ed::text, 'measure', 'painAtRest', 'value', 6, 'role', 'trigger')) || c.readings,
                                                      'numbers', jsonb_build_object('series', 'painAtRest', 'rollingMedian', 1, 'rise', 5))
             when 'morning-not-settled' then jsonb_build_object('readings', jsonb_build_array(jsonb_build_object('source', 'log', 'date', f.ed::text, 'measure', 'painNextMorning', 'value', 5, 'role', 'trigger')) || c.readings,
                                                                'numbers', jsonb_build_object('usualMorning', 1))
             else jsonb_build_object('readings', c.readings, 'numbers', jsonb_build_object('series', 'painAtRest', 'weekStart', date_trunc('week', f.ed)::date::text, 'weekMean', 3.5, 'previousWeekMean', 2))
           end,
           case f.rule
             when 'red-flag' then 'On ' || to_char(f.ed, 'FMDD Mon YYYY') || ' the patient reported knee locking or giving way. These are red flags, not typical of patellofemoral pain: contact the patient today. They were told to call the clinic.'
             when 'no-recent-log' then 'No pain log for 8 days (last on ' || to_char(f.ed - 8, 'FMDD Mon YYYY') || '). Check in with the patient about the plan.'
             when 'exercise-pain-high' then 'Pain during exercise was 7/10 on ' || to_char(f.ed, 'FMDD Mon YYYY') || ', above the 5/10 the pain-monitoring model accepts. Review the exercise dose.'
             when 'pain-rise' then 'Pain at rest was 6/10 on ' || to_char(f.ed, 'FMDD Mon YYYY') || ', 5 points above this patient''s recent level (median 1 over the 14 days before). Review the recent load.'
             when 'morning-not-settled' then 'Morning pain on ' || to_char(f.ed, 'FMDD Mon YYYY') || ' was 5/10; this patient''s usual morning is 1/10 (median of the 14 days before). Pain had not settled overnight: review the previous day''s load.'
             else 'Pain at rest averaged 3.5/10 in the week of ' || to_char(date_trunc('week', f.ed), 'FMDD Mon YYYY') || ' so far (4 logs), up from 2/10 the week before. Pain should not rise from week to week: review the plan before progressing.'
           end,
           f.ed,
           f.ed + interval '19 hours' + (f.g % 240) * interval '1 minute' + f.j * interval '1 second',
           case when reviewed then f.therapist_id end,
           case when reviewed then f.ed + interval '1 day 10 hours' + (f.g % 300) * interval '1 minute' end,
           case when reviewed and f.j % 3 = 0 then 'Called the patient; dose reduced for a week.' end
    from f
    left join c on c.g = f.g and c.j = f.j
    cross join lateral (select f.age > 7 and (f.g + f.j) % 10 < 7 as reviewed) r
    on conflict on constraint flags_same_evidence_once do nothing`;
}

/**
 * What autovacuum would have done by the time a clinic has 90 days of data: planner statistics
 * (ANALYZE) and the visibility map and hint bits (VACUUM), so plans and timings are those of a
 * settled database rather than of one just bulk-loaded.
 */
export async function vacuumAnalyze(db: Database): Promise<void> {
  await db.execute(sql`vacuum (analyze)`);
}
