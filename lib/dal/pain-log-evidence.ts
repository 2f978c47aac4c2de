import "server-only";
import { and, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { exerciseCompletions, painLogs } from "@/db/schema";
import type { CompletionRow } from "@/lib/clinical/adherence";
import { doseLogsFrom } from "@/lib/clinical/dose-suggestion";
import type { DailyLog } from "@/lib/clinical/pain-log-types";
import { ROLLING_WINDOW_DAYS } from "@/lib/clinical/rolling-reference";
import { addDays, todayInZone } from "@/lib/dates";
import type { PainLogInput } from "@/lib/validation/pain-log";
import { toClinicalLog } from "./clinical-log-rows";
import { doseSubjects, judgeDoses, loadJudgedPlan, storeDoseJudgement, type JudgedPlan } from "./dose-evaluation";
import { judgeStageStep, RUN_STAGE_SUBJECT, stageProposal, stageRunsSince } from "./run-stage-evaluation";
import { recordSuggestions, type Judged } from "./suggestion-store";
import { assertCan } from "./guard";

/**
 * The evidence a pain-log save judges, read once for every rule that runs in its transaction
 * (lib/dal/pain-logs.ts saveOwnPainLog): the flag rules' 14 days before the log, the dose rule's
 * window of logs and ticks, and the walk-run rule's usual morning. Callers have scoped the patient.
 */
type Target = { clinicId: string; patientId: string };
export type EvidenceWindow = { from: string; to: string };

/** The days a save's rules read, from the earliest any of them needs to the later of the log's day and today. */
export function evidenceWindow(logDate: string, today: string): EvidenceWindow {
  const starts = [addDays(logDate, -ROLLING_WINDOW_DAYS), doseLogsFrom(today), addDays(today, -ROLLING_WINDOW_DAYS), logDate].sort();
  return { from: starts[0] as string, to: logDate > today ? logDate : today };
}

/**
 * The logs and the plan's ticks of the window in ONE statement (a union of both tables). Run it
 * after the log is written (so the new log is among them) and before the ticks are.
 */
export async function readEvidence(tx: Tx, target: Target, window: EvidenceWindow, planExerciseIds: readonly string[]): Promise<{ logs: DailyLog[]; ticks: CompletionRow[] }> {
  const logRows = tx
    .select({
      day: sql<string>`${painLogs.logDate}::text`.as("day"),
      exerciseId: sql<string | null>`null::uuid`.as("exercise_id"),
      rest: sql<number | null>`${painLogs.painAtRest}`.as("rest"),
      exercise: sql<number | null>`${painLogs.painDuringExercise}`.as("exercise"),
      morning: sql<number | null>`${painLogs.painNextMorning}`.as("morning"),
      redFlags: sql<string[] | null>`${painLogs.redFlags}`.as("red_flags"),
    })
    .from(painLogs)
    .where(and(eq(painLogs.patientId, target.patientId), eq(painLogs.clinicId, target.clinicId), gte(painLogs.logDate, window.from), lte(painLogs.logDate, window.to)));
  if (planExerciseIds.length === 0) return split(await logRows);
  const tickRows = tx
    .select({
      day: sql<string>`${exerciseCompletions.doneOn}::text`.as("day"),
      exerciseId: sql<string | null>`${exerciseCompletions.exerciseId}`.as("exercise_id"),
      rest: sql<number | null>`null::smallint`.as("rest"),
      exercise: sql<number | null>`null::smallint`.as("exercise"),
      morning: sql<number | null>`null::smallint`.as("morning"),
      redFlags: sql<string[] | null>`null::text[]`.as("red_flags"),
    })
    .from(exerciseCompletions)
    .where(and(
      eq(exerciseCompletions.patientId, target.patientId), eq(exerciseCompletions.clinicId, target.clinicId), inArray(exerciseCompletions.exerciseId, [...planExerciseIds]),
      gte(exerciseCompletions.doneOn, window.from), lte(exerciseCompletions.doneOn, window.to),
    ));
  return split(await logRows.unionAll(tickRows));
}

type EvidenceRow = { day: string; exerciseId: string | null; rest: number | null; exercise: number | null; morning: number | null; redFlags: string[] | null };

function split(rows: readonly EvidenceRow[]): { logs: DailyLog[]; ticks: CompletionRow[] } {
  const logs: DailyLog[] = [];
  const ticks: CompletionRow[] = [];
  for (const r of rows) {
    if (r.exerciseId !== null) ticks.push({ doneOn: r.day, exerciseId: r.exerciseId });
    else logs.push({ logDate: r.day, painAtRest: r.rest ?? 0, painDuringExercise: r.exercise, painNextMorning: r.morning, redFlags: r.redFlags ?? [] });
  }
  return { logs, ticks };
}

/**
 * Makes the day's ticks of the plan's exercises the posted ones, writing only what differs from
 * the stored ticks (read by readEvidence), and returns the window's ticks as they now stand.
 * Ticks of exercises from an older plan are history and were never read, so they stay.
 */
export async function replaceDayTicks(tx: Tx, target: Target, input: Pick<PainLogInput, "logDate" | "exerciseIds">, stored: readonly CompletionRow[]): Promise<CompletionRow[]> {
  const { clinicId, patientId } = target;
  const onDay = new Set(stored.filter((t) => t.doneOn === input.logDate).map((t) => t.exerciseId));
  const posted = new Set(input.exerciseIds);
  const untick = [...onDay].filter((id) => !posted.has(id));
  const tick = [...posted].filter((id) => !onDay.has(id));
  if (untick.length > 0) {
    await tx
      .delete(exerciseCompletions)
      .where(and(
        eq(exerciseCompletions.patientId, patientId), eq(exerciseCompletions.clinicId, clinicId),
        eq(exerciseCompletions.doneOn, input.logDate), inArray(exerciseCompletions.exerciseId, untick),
      ));
  }
  if (tick.length > 0) {
    await tx
      .insert(exerciseCompletions)
      .values(tick.map((exerciseId) => ({ clinicId, patientId, exerciseId, doneOn: input.logDate })))
      .onConflictDoNothing();
  }
  return [...stored.filter((t) => t.doneOn !== input.logDate || posted.has(t.exerciseId)), ...tick.map((exerciseId) => ({ doneOn: input.logDate, exerciseId }))];
}

/**
 * The dose rule for every exercise of the plan and, on the walk-run programme, the step rule
 * (its usual morning moves with the new log), judged on the evidence already read and stored in
 * one batch through the suggestion store.
 */
export async function judgeOnNewEvidence(
  tx: Tx,
  plan: JudgedPlan,
  { logs, ticks, today, doses = true }: { logs: readonly DailyLog[]; ticks: readonly CompletionRow[]; today: string; doses?: boolean },
): Promise<void> {
  const from = doseLogsFrom(today);
  const judged: Judged[] = doses
    ? judgeDoses(plan, { logs: logs.filter((l) => l.logDate >= from && l.logDate <= today).map(toClinicalLog), ticks: ticks.filter((t) => t.doneOn >= from && t.doneOn <= today), today })
    : [];
  if (plan.run) {
    const stage = { runStage: plan.run.stage, runStageSince: plan.run.since, runPainLimit: plan.run.painLimit };
    const step = judgeStageStep(stage, await stageRunsSince(tx, plan, plan.run.since, today), logs, today);
    judged.push({ kind: "run-stage", subject: RUN_STAGE_SUBJECT, proposal: stageProposal(step, plan.currentVersion) });
  }
  // Without the dose rule, its pending suggestions are left as they are.
  if (doses) await storeDoseJudgement(tx, plan, judged);
  else if (judged.length > 0) await recordSuggestions(tx, plan, judged);
}

/**
 * The record page's call as it loads: time alone moves the dose rule's 14-day window and ages good
 * runs out of the walk-run rule's, and no log arrives to say so. Both rules run in ONE transaction
 * on one read of the plan and one of the evidence (the dose rule only while the patient is in care).
 * `patient` is a row the caller already read inside their clinic.
 */
export async function judgePlanOnLoad(caller: Caller, patient: { id: string; archivedAt: Date | null }, now: Date = new Date()): Promise<void> {
  assertCan(caller, "read:protocol:clinic");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const target = { clinicId: caller.clinicId, patientId: patient.id };
    const plan = await loadJudgedPlan(tx, target);
    if (!plan) return;
    const today = todayInZone(plan.timeZone, now);
    const evidence = await readEvidence(tx, target, evidenceWindow(today, today), doseSubjects(plan));
    await judgeOnNewEvidence(tx, plan, { ...evidence, today, doses: !patient.archivedAt });
  });
}
