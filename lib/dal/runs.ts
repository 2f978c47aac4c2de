import "server-only";
import { and, asc, desc, eq, gte, isNull, lte } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb, type DbOrTx, type Tx } from "@/db/client";
import { patients, runs, type Run } from "@/db/schema";
import { UserFacingError } from "@/lib/user-facing-error";
import type { Caller } from "@/lib/auth/caller";
import type { RaisedFlag } from "@/lib/clinical/flag-types";
import type { RunEntry } from "@/lib/clinical/pain-log-types";
import { summariseRuns, summaryStart, WEEKS_OF_RUNNING, type RunSummary } from "@/lib/clinical/run-summary";
import { todayInZone } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { earliestLogDate } from "@/lib/validation/pain-log";
import type { RunInput } from "@/lib/validation/run";
import { kmOrNull } from "./clinical-log-rows";
import { evaluateSavedRun, toRunEntry } from "./flag-evaluation";
import { assertCan, foundOr404, ownPatientId } from "./guard";
import { evaluateRunStage } from "./run-stage-evaluation";
import { loadMyPlan } from "./my-plan";
import { scopedPatient } from "./protocols";
import { uuidOr404 } from "./uuid-or-404";

/**
 * Runs, one row each (several a day allowed). Patients write and read their own (the session's
 * patient id, inside the caller's clinic); staff read a patient of their own clinic. Every query
 * names the clinic in its WHERE; a run outside scope is a 404, like a missing one. "Today" is the
 * clinic's (caller.timeZone); tests pass `now` to pin it.
 */
/** A run as the rules read it (RunEntry; pain during is null only for runs carried over from the old daily log), plus what the screens show. */
export type RunView = RunEntry & {
  cadence: number | null;
  surface: string | null;
  shoe: string | null;
};

export type DateRange = { from: string; to: string };

export type RunSaved = { runId: string; runDate: string; tripped: RaisedFlag[] };

const SUMMARY = "Please correct the highlighted fields. Nothing was saved.";

const toView = (r: Run): RunView => ({ ...toRunEntry(r), cadence: r.cadence, surface: r.surface, shoe: r.shoe });

/** numeric(6,2) takes a string; the schema has already rounded to two decimals. */
const kmToDb = (value: number | null): string | null => (value === null ? null : value.toFixed(2));

/** The caller's own patient row, re-read inside the clinic so a stale session cannot write elsewhere. */
async function ownPatientInClinic(caller: Caller, tx: Tx): Promise<string> {
  const patientId = ownPatientId(caller);
  const [row] = await tx.select({ id: patients.id }).from(patients).where(and(eq(patients.id, patientId), eq(patients.clinicId, caller.clinicId)));
  return foundOr404(row).id;
}

/**
 * The day rules, in the clinic's zone. A new or moved run: not in the future, not before the
 * earliest day a log may be written for (as the daily log). Any run: next-morning pain only once
 * that morning has come, so a run logged today cannot carry it yet.
 */
async function checkDay(caller: Caller, tx: Tx, run: { runDate: string; painNextMorning: number | null }, dayChanged: boolean, now: Date): Promise<void> {
  const today = todayInZone(caller.timeZone, now);
  const errors: Record<string, string[]> = {};
  if (dayChanged) {
    const plan = await loadMyPlan(caller, tx);
    const earliest = earliestLogDate(plan?.startDate ?? null, today);
    if (run.runDate > today) errors.runDate = ["The day of the run cannot be in the future"];
    else if (run.runDate < earliest) errors.runDate = [`Choose a day from ${formatDate(earliest)} onwards`];
  }
  if (!errors.runDate && run.painNextMorning !== null && run.runDate >= today) {
    errors.nextMorningPain = ["Add the next morning's pain from the day after the run"];
  }
  if (Object.keys(errors).length > 0) throw new UserFacingError(SUMMARY, errors);
}

/** The caller's own run, locked for the write; another patient's or clinic's run is a 404. */
async function ownRun(caller: Caller, tx: Tx, patientId: string, runId: unknown): Promise<Run> {
  const id = uuidOr404(runId);
  const [row] = await tx
    .select()
    .from(runs)
    .where(and(eq(runs.id, id), eq(runs.patientId, patientId), eq(runs.clinicId, caller.clinicId), isNull(runs.deletedAt)))
    .for("update");
  return foundOr404(row);
}

/** Adds a run for the signed-in patient, evaluates the run rules in the same transaction, and returns what it tripped. */
export async function saveOwnRun(caller: Caller, tx: Tx, input: RunInput, now: Date = new Date()): Promise<RunSaved> {
  assertCan(caller, "write:pain-log:own");
  const patientId = await ownPatientInClinic(caller, tx);
  await checkDay(caller, tx, input, true, now);
  const [saved] = await tx
    .insert(runs)
    .values({
      clinicId: caller.clinicId, patientId, runDate: input.runDate, distanceKm: kmToDb(input.distanceKm), durationSeconds: input.durationSeconds,
      painDuring: input.painDuring, painNextMorning: input.painNextMorning, cadence: input.cadence, surface: input.surface, shoe: input.shoe,
    })
    .returning({ id: runs.id });
  if (!saved) notFound();
  const tripped = await evaluateSavedRun(tx, { clinicId: caller.clinicId, patientId }, saved.id);
  await evaluateRunStage(tx, { clinicId: caller.clinicId, patientId }, { timeZone: caller.timeZone, now });
  return { runId: saved.id, runDate: input.runDate, tripped };
}

/**
 * Changes one of the caller's own runs: any fields given replace the stored ones (the portal sends
 * only the next morning's pain, the day after). The day rules apply to the run's resulting day.
 */
export async function updateOwnRun(caller: Caller, tx: Tx, runId: unknown, changes: Partial<RunInput>, now: Date = new Date()): Promise<RunSaved> {
  assertCan(caller, "write:pain-log:own");
  const patientId = await ownPatientInClinic(caller, tx);
  const current = await ownRun(caller, tx, patientId, runId);
  // Runs carried over from the old daily log have no running pain: it stays null until given.
  const next: Omit<RunInput, "painDuring"> & { painDuring: number | null } = {
    runDate: changes.runDate ?? current.runDate,
    distanceKm: changes.distanceKm !== undefined ? changes.distanceKm : kmOrNull(current.distanceKm),
    durationSeconds: changes.durationSeconds !== undefined ? changes.durationSeconds : current.durationSeconds,
    painDuring: changes.painDuring ?? current.painDuring,
    painNextMorning: changes.painNextMorning !== undefined ? changes.painNextMorning : current.painNextMorning,
    cadence: changes.cadence !== undefined ? changes.cadence : current.cadence,
    surface: changes.surface !== undefined ? changes.surface : (current.surface as RunInput["surface"]),
    shoe: changes.shoe !== undefined ? changes.shoe : current.shoe,
  };
  if (next.distanceKm === null && next.durationSeconds === null) {
    throw new UserFacingError(SUMMARY, { distanceKm: ["Enter the distance or the time of the run (or both)"] });
  }
  // An unchanged day is not re-checked against the window: an older run stays editable.
  await checkDay(caller, tx, next, next.runDate !== current.runDate, now);
  await tx
    .update(runs)
    .set({
      runDate: next.runDate, distanceKm: kmToDb(next.distanceKm), durationSeconds: next.durationSeconds, painDuring: next.painDuring,
      painNextMorning: next.painNextMorning, cadence: next.cadence, surface: next.surface, shoe: next.shoe, updatedAt: new Date(),
    })
    .where(and(eq(runs.id, current.id), eq(runs.patientId, patientId), eq(runs.clinicId, caller.clinicId)));
  const tripped = await evaluateSavedRun(tx, { clinicId: caller.clinicId, patientId }, current.id);
  await evaluateRunStage(tx, { clinicId: caller.clinicId, patientId }, { timeZone: caller.timeZone, now });
  return { runId: current.id, runDate: next.runDate, tripped };
}

/** Removes one of the caller's own runs (kept with deleted_at, never hard-deleted) and returns what it was, for the audit trail. */
export async function deleteOwnRun(caller: Caller, tx: Tx, runId: unknown, now: Date = new Date()): Promise<RunView> {
  assertCan(caller, "write:pain-log:own");
  const patientId = await ownPatientInClinic(caller, tx);
  const current = await ownRun(caller, tx, patientId, runId);
  await tx.update(runs).set({ deletedAt: new Date() }).where(and(eq(runs.id, current.id), eq(runs.patientId, patientId), eq(runs.clinicId, caller.clinicId)));
  await evaluateRunStage(tx, { clinicId: caller.clinicId, patientId }, { timeZone: caller.timeZone, now });
  return toView(current);
}

async function runsOf(db: DbOrTx, clinicId: string, patientId: string, range: DateRange): Promise<RunView[]> {
  const rows = await db
    .select()
    .from(runs)
    .where(and(eq(runs.clinicId, clinicId), eq(runs.patientId, patientId), isNull(runs.deletedAt), gte(runs.runDate, range.from), lte(runs.runDate, range.to)))
    .orderBy(asc(runs.runDate), asc(runs.createdAt));
  return rows.map(toView);
}

/** The patient's own runs in a date range, oldest first (several a day in the order logged). */
export async function listOwnRuns(caller: Caller, range: DateRange): Promise<RunView[]> {
  assertCan(caller, "read:pain-log:own");
  const patientId = ownPatientId(caller);
  return runsOf(await getDb(), caller.clinicId, patientId, range);
}

/** The patient's own weekly distance (last `weeks` weeks, Monday-based, empty weeks included) and 30-day longest run. */
export async function ownRunSummary(caller: Caller, { weeks = WEEKS_OF_RUNNING, now = new Date() }: { weeks?: number; now?: Date } = {}): Promise<RunSummary> {
  assertCan(caller, "read:pain-log:own");
  const patientId = ownPatientId(caller);
  const today = todayInZone(caller.timeZone, now);
  const rows = await runsOf(await getDb(), caller.clinicId, patientId, { from: summaryStart(today, weeks), to: today });
  return summariseRuns(rows, today, weeks);
}

/** A patient's runs for staff of the patient's clinic; another clinic's patient is a 404. */
export async function listPatientRuns(caller: Caller, patientId: unknown, range: DateRange): Promise<RunView[]> {
  assertCan(caller, "read:pain-log:clinic");
  const db = await getDb();
  const patient = await scopedPatient(caller, db, patientId);
  return runsOf(db, caller.clinicId, patient.id, range);
}

export const RECENT_RUNS_SHOWN = 10;

/** What the record page's runs card shows: weekly distance, the 30-day longest run, and the latest runs (newest first). */
export async function patientRunSummary(
  caller: Caller,
  patientId: unknown,
  { weeks = WEEKS_OF_RUNNING, recent = RECENT_RUNS_SHOWN, now = new Date() }: { weeks?: number; recent?: number; now?: Date } = {},
): Promise<RunSummary & { recent: RunView[] }> {
  assertCan(caller, "read:pain-log:clinic");
  const db = await getDb();
  const patient = await scopedPatient(caller, db, patientId);
  const today = todayInZone(caller.timeZone, now);
  const rows = await runsOf(db, caller.clinicId, patient.id, { from: summaryStart(today, weeks), to: today });
  const latest = await db
    .select()
    .from(runs)
    .where(and(eq(runs.clinicId, caller.clinicId), eq(runs.patientId, patient.id), isNull(runs.deletedAt), lte(runs.runDate, today)))
    .orderBy(desc(runs.runDate), desc(runs.createdAt))
    .limit(recent);
  return { ...summariseRuns(rows, today, weeks), recent: latest.map(toView) };
}
