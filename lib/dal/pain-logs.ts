import "server-only";
import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb, type Tx } from "@/db/client";
import { refreshPatientLogSummary } from "@/lib/dal/pain-log-summary";
import { exerciseCompletions, painLogs, patients, type PainLog } from "@/db/schema";
import { UserFacingError } from "@/lib/user-facing-error";
import type { Caller } from "@/lib/auth/caller";
import type { CompletionRow } from "@/lib/clinical/adherence";
import type { RaisedFlag } from "@/lib/clinical/flag-types";
import { todayInZone } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { earliestLogDate, type PainLogInput } from "@/lib/validation/pain-log";
import type { PainLogView } from "./clinical-log-rows";
import { doseSubjects, evaluateDoseSuggestions, loadJudgedPlan } from "./dose-evaluation";
import { raiseLogFlags } from "./flag-evaluation";
import type { ClinicContact } from "./patient-advice";
import { evidenceWindow, judgeOnNewEvidence, readEvidence, replaceDayTicks } from "./pain-log-evidence";
import { assertCan, foundOr404, ownPatientId } from "./guard";
import { loadMyPlan } from "./my-plan";

/**
 * The patient's own pain logs and exercise ticks. Every function takes the verified caller and
 * works only on the session's patient id inside the caller's clinic; staff callers get 404.
 */
export type OwnPainLog = PainLogView;

export type OwnPainLogWithTicks = OwnPainLog & { exerciseIds: string[] };

export type DateRange = { from: string; to: string };

const SUMMARY = "Please correct the highlighted fields. Nothing was saved.";

function toOwnLog(row: PainLog): OwnPainLog {
  const { logDate, painAtRest, painDuringExercise, painNextMorning, aggravatingActivities, grinding, redFlags, note } = row;
  return { logDate, painAtRest, painDuringExercise, painNextMorning, aggravatingActivities, grinding, redFlags, note };
}

/** The caller's own patient row, re-read inside the clinic so a stale session cannot write elsewhere. */
async function ownPatientInClinic(caller: Caller, db: Tx): Promise<string> {
  const patientId = ownPatientId(caller);
  const [row] = await db
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, caller.clinicId)));
  return foundOr404(row).id;
}

/**
 * Saves the day's log for the signed-in patient: one row per day, so a second save for the same
 * date updates it. The day's exercise ticks are replaced by the ones posted, for the exercises
 * the form showed (the active plan); ticks of exercises from an older plan are history and stay.
 * In the same transaction, from rows read once: the table's summary columns (decision 0004), the
 * flag rules (lib/dal/flag-evaluation.ts; `tripped` is every flag this log trips, so the patient
 * can be told what to do), and the dose and walk-run step rules on the new evidence.
 */
export async function saveOwnPainLog(
  caller: Caller,
  tx: Tx,
  input: PainLogInput,
  today: string = todayInZone(caller.timeZone),
  now: Date = new Date(),
): Promise<{ logId: string; created: boolean; tripped: RaisedFlag[]; clinic: ClinicContact | null }> {
  assertCan(caller, "write:pain-log:own");
  const target = { clinicId: caller.clinicId, patientId: ownPatientId(caller) };
  // The active plan, locked, with the history the dose rule needs; finding it proves the patient
  // is in the caller's clinic. Without a plan, that is checked on its own.
  const plan = await loadJudgedPlan(tx, target);
  const patientId = plan ? target.patientId : await ownPatientInClinic(caller, tx);

  const earliest = earliestLogDate(plan?.startDate ?? null, today);
  if (input.logDate > today) throw new UserFacingError(SUMMARY, { logDate: ["The date cannot be in the future"] });
  if (input.logDate < earliest) throw new UserFacingError(SUMMARY, { logDate: [`Choose a date from ${formatDate(earliest)} onwards`] });

  const planExerciseIds = plan ? doseSubjects(plan) : [];
  if (input.exerciseIds.some((id) => !planExerciseIds.includes(id))) {
    throw new UserFacingError(SUMMARY, { exerciseIds: ["Choose exercises from your current plan"] });
  }

  const values = {
    painAtRest: input.painAtRest,
    painDuringExercise: input.painDuringExercise,
    painNextMorning: input.painNextMorning,
    aggravatingActivities: input.aggravatingActivities,
    grinding: input.grinding,
    redFlags: input.redFlags,
    note: input.note,
  };
  // Upsert rather than select-then-insert: a double-tapped Save must not trip the one-per-day key.
  // xmax is 0 only on a row this statement inserted, so it tells a new day from an update.
  const [saved] = await tx
    .insert(painLogs)
    .values({ clinicId: caller.clinicId, patientId, logDate: input.logDate, ...values })
    .onConflictDoUpdate({
      target: [painLogs.patientId, painLogs.logDate],
      set: { ...values, updatedAt: new Date() },
      setWhere: eq(painLogs.clinicId, caller.clinicId),
    })
    .returning({ id: painLogs.id, created: sql<boolean>`(xmax = 0)` });
  if (!saved) notFound();

  // The rules' "today" is the clinic's, as when they run anywhere else.
  const ruleToday = plan ? todayInZone(plan.timeZone, now) : today;
  const evidence = await readEvidence(tx, { clinicId: caller.clinicId, patientId }, evidenceWindow(input.logDate, ruleToday), planExerciseIds);
  const ticks = plan ? await replaceDayTicks(tx, { clinicId: caller.clinicId, patientId }, input, evidence.ticks) : [];

  await refreshPatientLogSummary(tx, caller.clinicId, patientId);
  const tripped = await raiseLogFlags(tx, { clinicId: caller.clinicId, patientId }, evidence.logs, input.logDate);
  if (plan) await judgeOnNewEvidence(tx, plan, { logs: evidence.logs, ticks, today: ruleToday });
  return { logId: saved.id, created: saved.created, tripped, clinic: plan?.clinic ?? null };
}

/** Ticks (or unticks) one exercise of the patient's active plan as done today. */
export async function setOwnExerciseDone(caller: Caller, tx: Tx, input: { exerciseId: string; done: boolean }, today: string = todayInZone(caller.timeZone)): Promise<void> {
  assertCan(caller, "write:pain-log:own");
  const patientId = await ownPatientInClinic(caller, tx);
  const plan = await loadMyPlan(caller, tx);
  if (!plan?.items.some((i) => i.exerciseId === input.exerciseId)) {
    throw new UserFacingError("That exercise is not in your current plan. Reload the page to see your plan.");
  }
  if (input.done) {
    await tx
      .insert(exerciseCompletions)
      .values({ clinicId: caller.clinicId, patientId, exerciseId: input.exerciseId, doneOn: today })
      .onConflictDoNothing();
  } else {
    await tx
      .delete(exerciseCompletions)
      .where(and(
        eq(exerciseCompletions.patientId, patientId), eq(exerciseCompletions.clinicId, caller.clinicId),
        eq(exerciseCompletions.doneOn, today), eq(exerciseCompletions.exerciseId, input.exerciseId),
      ));
  }
  await evaluateDoseSuggestions(tx, { clinicId: caller.clinicId, patientId });
}

/** The patient's own log for one day with that day's ticks, or null when the day has no log. */
export async function getOwnPainLog(caller: Caller, logDate: string): Promise<OwnPainLogWithTicks | null> {
  assertCan(caller, "read:pain-log:own");
  const patientId = ownPatientId(caller);
  const db = await getDb();
  const [row] = await db
    .select()
    .from(painLogs)
    .where(and(eq(painLogs.patientId, patientId), eq(painLogs.clinicId, caller.clinicId), eq(painLogs.logDate, logDate)));
  if (!row) return null;
  const ticks = await listOwnCompletions(caller, { from: logDate, to: logDate });
  return { ...toOwnLog(row), exerciseIds: ticks.map((t) => t.exerciseId) };
}

/** The patient's own logs in a date range, oldest first (the order charts draw them). */
export async function listOwnPainLogs(caller: Caller, range: DateRange): Promise<OwnPainLog[]> {
  assertCan(caller, "read:pain-log:own");
  const patientId = ownPatientId(caller);
  const db = await getDb();
  const rows = await db
    .select()
    .from(painLogs)
    .where(and(eq(painLogs.patientId, patientId), eq(painLogs.clinicId, caller.clinicId), gte(painLogs.logDate, range.from), lte(painLogs.logDate, range.to)))
    .orderBy(asc(painLogs.logDate));
  return rows.map(toOwnLog);
}

/** The patient's own exercise ticks in a date range. */
export async function listOwnCompletions(caller: Caller, range: DateRange): Promise<CompletionRow[]> {
  assertCan(caller, "read:pain-log:own");
  const patientId = ownPatientId(caller);
  const db = await getDb();
  return db
    .select({ doneOn: exerciseCompletions.doneOn, exerciseId: exerciseCompletions.exerciseId })
    .from(exerciseCompletions)
    .where(and(
      eq(exerciseCompletions.patientId, patientId), eq(exerciseCompletions.clinicId, caller.clinicId),
      gte(exerciseCompletions.doneOn, range.from), lte(exerciseCompletions.doneOn, range.to),
    ))
    .orderBy(asc(exerciseCompletions.doneOn));
}
