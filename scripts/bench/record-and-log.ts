/**
 * Benchmark: the record page of a patient with a year of daily logs, and the pain-log submit of 50
 * patients at once (issue 13), through the DAL on a scratch PostgreSQL database (no HTTP: what is
 * measured is the database work a request does, the part this code controls).
 *
 *   npx tsx --tsconfig scripts/tsconfig.json scripts/bench/record-and-log.ts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres ... (the default)
 *
 * 1. Creates a scratch database, migrates it, loads one clinic: "Sam" (365 daily logs, ticks, a
 *    two-version protocol of 6 exercises) and 50 portal patients on 5-exercise plans with 20 days
 *    of history; each has a live session.
 * 2. Record: what loadRecordPage does for one request, with the session check first: 5 warm-up
 *    and RECORD_RUNS measured, one at a time: median and p95, and the statements one request sends.
 * 3. Submit: the 50 patients each submit SUBMITS_EACH logs one after another (new days, some over
 *    the pain limits), all 50 at once (BENCH_AT_ONCE=1: one at a time): the session check, then the action's transaction
 *    (saveOwnPainLog, the advice, the audit row). Throughput, p50, p95, errors, statements.
 * 4. Drops the database, whatever happened. It prints figures; it asserts nothing.
 */
import { performance } from "node:perf_hooks";
import type { Logger } from "drizzle-orm";
import { openPostgres, setDbHandle, type Database } from "@/db/client";
import { recordAuditEvent } from "@/lib/dal/audit";
import { builtInExerciseByKey, syncBuiltInLibrary } from "@/lib/dal/library-sync";
import { saveOwnPainLog } from "@/lib/dal/pain-logs";
import { adviceForOwnSave } from "@/lib/dal/patient-advice";
import { loadRecordPage } from "@/lib/dal/record-page";
import { resolveSession } from "@/lib/dal/sessions";
import { addDays, serverTimeZone, todayInZone } from "@/lib/dates";
import { createClinic, createPatient, createProtocol, createSession, createUser, recordCompletions } from "@/lib/seed/factories";
import { exerciseCompletions, painLogs } from "@/db/schema";
import { createScratchDatabase } from "@/lib/testing/scratch-postgres";
import { parseReviewParams } from "@/lib/validation/review-params";
import { Cleanups } from "../shared/cleanups";
import { formatMs, median, percentile } from "../shared/stats";
import { envNumber } from "../shared/env-number";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const RECORD_RUNS = envNumber("BENCH_RECORD_RUNS", 40);
const PATIENTS = 50;
const SUBMITS_EACH = envNumber("BENCH_SUBMITS_EACH", 10);
/** How many of the 50 submit at the same time (1: one submit at a time, so its own latency shows without queueing). */
const AT_ONCE = Math.min(PATIENTS, Math.max(1, envNumber("BENCH_AT_ONCE", PATIENTS)));

/** Counts statements (transaction control apart) while `on`, across every connection of the pool. */
class Counter implements Logger {
  on = false;
  statements = 0;
  transactions = 0;
  logQuery(query: string) {
    if (!this.on) return;
    if (/^\s*begin/i.test(query)) this.transactions += 1;
    else if (!/^\s*(commit|rollback)/i.test(query)) this.statements += 1;
  }
  reset() {
    this.statements = 0;
    this.transactions = 0;
  }
}

const cleanups = new Cleanups();
cleanups.runOnInterrupt((signal) => `\n${signal}: dropping the scratch database...`);

type Person = { userId: string; patientId: string; sessionId: string };

async function load(db: Database, today: string) {
  await syncBuiltInLibrary(db);
  const ex = await builtInExerciseByKey(db);
  const clinic = await createClinic(db, { name: "Bench clinic", phone: "+44 20 7946 0000" });
  const therapist = await createUser(db, { clinicId: clinic.id, role: "therapist" });
  const keys = ["clamshell", "straight-leg-raise", "quad-stretch", "side-lying-leg-raise", "banded-glute-bridge", "single-leg-balance"];
  const items = (n: number) => keys.slice(0, n).map((k) => ({ exerciseId: ex(k).id, sets: 3, reps: 10, frequencyPerWeek: 5, side: "right" as const }));

  const sam = await createPatient(db, { clinicId: clinic.id, primaryTherapistId: therapist.id, fullName: "Sam Bench" });
  await createProtocol(db, { clinicId: clinic.id, patientId: sam.id, therapistId: therapist.id, title: "Phase 1", startDate: addDays(today, -364), items: items(6) });
  const year = Array.from({ length: 365 }, (_, i) => addDays(today, -364 + i));
  await db.insert(painLogs).values(year.map((logDate, i) => ({ clinicId: clinic.id, patientId: sam.id, logDate, painAtRest: i % 3, painDuringExercise: (i % 5) + 1, painNextMorning: i % 3 })));
  await db.insert(exerciseCompletions).values(year.filter((_, i) => i % 2 === 0).flatMap((doneOn) => items(6).map((it) => ({ clinicId: clinic.id, patientId: sam.id, exerciseId: it.exerciseId, doneOn }))));
  const therapistSession = await createSession(db, { userId: therapist.id, clinicId: clinic.id });

  const people: Person[] = [];
  for (let i = 0; i < PATIENTS; i++) {
    const user = await createUser(db, { clinicId: clinic.id, role: "patient" });
    const patient = await createPatient(db, { clinicId: clinic.id, primaryTherapistId: therapist.id, userId: user.id });
    await createProtocol(db, { clinicId: clinic.id, patientId: patient.id, therapistId: therapist.id, title: "Phase 1", startDate: addDays(today, -40), items: items(5) });
    const history = Array.from({ length: 20 }, (_, d) => addDays(today, -SUBMITS_EACH - 20 + d));
    await db.insert(painLogs).values(history.map((logDate, d) => ({ clinicId: clinic.id, patientId: patient.id, logDate, painAtRest: 1, painDuringExercise: 1 + (d % 3), painNextMorning: 1 })));
    for (const doneOn of history.filter((_, d) => d % 2 === 0)) await recordCompletions(db, { clinicId: clinic.id, patientId: patient.id, doneOn, exerciseIds: items(5).map((it) => it.exerciseId) });
    const session = await createSession(db, { userId: user.id, clinicId: clinic.id });
    people.push({ userId: user.id, patientId: patient.id, sessionId: session.id });
  }
  return { sam, therapist, therapistSession, people, exerciseIds: items(5).map((it) => it.exerciseId) };
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const scratch = await createScratchDatabase(ADMIN_URL, "stride_bench_record");
  cleanups.push("drop the scratch database", scratch.drop);
  const counter = new Counter();
  const handle = openPostgres(scratch.url, { logger: counter });
  cleanups.push("close the pool", handle.close);
  await handle.ready;
  setDbHandle(handle);
  const db = handle.db;
  const today = todayInZone(serverTimeZone());
  console.log("loading: Sam with 365 daily logs, and 50 portal patients...");
  const world = await load(db, today);

  // 2. The record page, one request at a time.
  const review = parseReviewParams({});
  const recordRequest = async () => {
    const caller = await resolveSession(db, { userId: world.therapist.id, sessionId: world.therapistSession.id });
    if (!caller) throw new Error("the therapist's session should be live");
    await loadRecordPage(caller, world.sam.id, { ip: "127.0.0.1", review });
  };
  for (let i = 0; i < 5; i++) await recordRequest();
  counter.reset();
  counter.on = true;
  await recordRequest();
  counter.on = false;
  const recordStatements = counter.statements;
  const recordTransactions = counter.transactions;
  const recordTimes: number[] = [];
  for (let i = 0; i < RECORD_RUNS; i++) recordTimes.push(await timed(recordRequest));
  console.log(`\nrecord page (365 daily logs), c=1, ${RECORD_RUNS} requests through the DAL:`);
  console.log(`  p50 ${formatMs(median(recordTimes), 1)}, p95 ${formatMs(percentile(recordTimes, 95), 1)}; ${recordStatements} statements and ${recordTransactions} transactions per request`);

  // 3. 50 patients submitting at once.
  const submitTimes: number[] = [];
  let errors = 0;
  const submit = async (person: Person, round: number) => {
    const caller = await resolveSession(db, { userId: person.userId, sessionId: person.sessionId });
    if (!caller) throw new Error("the patient's session should be live");
    const logDate = addDays(today, -(SUBMITS_EACH - 1) + round);
    const painDuringExercise = (round + person.userId.charCodeAt(0)) % 4 === 0 ? 7 : 2; // a quarter over the pain-monitoring limit
    const input = { logDate, painAtRest: 1, painDuringExercise, painNextMorning: 1, aggravatingActivities: [], grinding: false, redFlags: [], note: null, exerciseIds: world.exerciseIds.slice(0, 3) };
    await db.transaction(async (tx) => {
      const saved = await saveOwnPainLog(caller, tx, input);
      await adviceForOwnSave(caller, tx, saved.tripped, (saved as { clinic?: { name: string; phone: string | null } | null }).clinic ?? null);
      await recordAuditEvent(tx, { clinicId: caller.clinicId, actorId: caller.userId, action: "pain-log.saved", entity: "pain-log", entityId: saved.logId, patientId: caller.patientId, ip: "127.0.0.1", detail: { logDate } });
    });
  };
  counter.reset();
  counter.on = true;
  const t0 = performance.now();
  const lanes = Array.from({ length: AT_ONCE }, (_, lane) => world.people.filter((_, i) => i % AT_ONCE === lane));
  await Promise.all(
    lanes.map(async (lane) => {
      for (const person of lane) {
        for (let round = 0; round < SUBMITS_EACH; round++) {
          try {
            submitTimes.push(await timed(() => submit(person, round)));
          } catch (error) {
            errors += 1;
            if (errors <= 3) console.error(error);
          }
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  counter.on = false;
  const total = PATIENTS * SUBMITS_EACH;
  console.log(`\npain-log submit, ${PATIENTS} patients (${AT_ONCE} at once), ${SUBMITS_EACH} each (${total} submits, pool of 10 connections):`);
  console.log(`  ${(total / seconds).toFixed(0)}/s, p50 ${formatMs(median(submitTimes), 1)}, p95 ${formatMs(percentile(submitTimes, 95), 1)}, ${errors} errors; ${(counter.statements / total).toFixed(1)} statements and ${(counter.transactions / total).toFixed(1)} transactions per submit`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanups.run());
