import "server-only";
import { and, asc, eq, gte, isNotNull, isNull, lte } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { clinics, painLogs, protocols, protocolVersions, runs } from "@/db/schema";
import { suggestStageStep, type StageStepSuggestion } from "@/lib/clinical/return-to-run";
import { ROLLING_WINDOW_DAYS, rollingReference } from "@/lib/clinical/rolling-reference";
import { addDays, serverTimeZone, todayInZone } from "@/lib/dates";
import { recordSuggestion, type ProposedSuggestion } from "./suggestion-store";

/**
 * The walk-run step rule (docs/clinical/return-to-running.md) run where its evidence changes:
 * inside the transactions that save, edit or remove a run (and add its next-morning pain), that
 * save the protocol, on record load and in `npm run jobs`. Its result is stored as a "run-stage"
 * suggestion through the one suggestion store: advance and step back make a pending suggestion
 * the therapist approves or dismisses; hold withdraws a pending one. Callers have already checked
 * the caller's right to act for this patient; every query here still names the clinic.
 */
export type RunStageTarget = { clinicId: string; patientId: string };
export type RunStageEvaluation = { protocolId: string; version: number; step: StageStepSuggestion; suggestionId: string | null };

export const RUN_STAGE_SUBJECT = "run-stage";

/** The patient's active protocol at its current version, with its run fields; null when there is none. */
export async function currentRunStage(db: DbOrTx, target: RunStageTarget) {
  const [row] = await db
    .select({
      protocolId: protocols.id, version: protocols.currentVersion, runStage: protocolVersions.runStage,
      runStageSince: protocolVersions.runStageSince, runPainLimit: protocolVersions.runPainLimit,
    })
    .from(protocols)
    .innerJoin(protocolVersions, and(eq(protocolVersions.protocolId, protocols.id), eq(protocolVersions.version, protocols.currentVersion)))
    .where(and(eq(protocols.clinicId, target.clinicId), eq(protocols.patientId, target.patientId), eq(protocols.status, "active")));
  return row ?? null;
}

/**
 * The rule's reading of the patient's runs at the current stage, without storing anything (the
 * portal card counts the good runs from the same evidence). Null when not on the programme.
 */
export async function readRunStage(db: DbOrTx, target: RunStageTarget, today: string) {
  const current = await currentRunStage(db, target);
  if (!current || current.runStage === null || current.runStageSince === null) return null;
  const [stageRuns, mornings] = await Promise.all([
    stageRunsSince(db, target, current.runStageSince, today),
    // The usual morning: the rolling median of daily-log mornings before today (rolling-reference.ts).
    db
      .select({ logDate: painLogs.logDate, painAtRest: painLogs.painAtRest, painDuringExercise: painLogs.painDuringExercise, painNextMorning: painLogs.painNextMorning })
      .from(painLogs)
      .where(and(eq(painLogs.clinicId, target.clinicId), eq(painLogs.patientId, target.patientId), gte(painLogs.logDate, addDays(today, -ROLLING_WINDOW_DAYS)), lte(painLogs.logDate, today))),
  ]);
  const step = judgeStageStep({ runStage: current.runStage, runStageSince: current.runStageSince, runPainLimit: current.runPainLimit }, stageRuns, mornings, today);
  return { ...current, runStage: current.runStage, runStageSince: current.runStageSince, step };
}

type StageRun = { id: string; runDate: string; painDuring: number | null; painNextMorning: number | null };

/** The step rule on rows already read: the runs since the stage began, and the logs of the 14 days to today (the usual morning). */
export function judgeStageStep(
  current: { runStage: number; runStageSince: string; runPainLimit: number | null },
  stageRuns: readonly StageRun[],
  mornings: readonly { logDate: string; painAtRest: number; painDuringExercise: number | null; painNextMorning: number | null }[],
  today: string,
): StageStepSuggestion {
  return suggestStageStep({
    stage: current.runStage,
    stageStartedOn: current.runStageSince,
    runs: stageRuns.filter((r) => r.runDate >= current.runStageSince && r.runDate <= today),
    today,
    painLimit: current.runPainLimit ?? undefined,
    usualMorning: rollingReference(mornings.filter((m) => m.logDate >= addDays(today, -ROLLING_WINDOW_DAYS) && m.logDate <= today), "painNextMorning", today)?.value ?? null,
  });
}

/** The stored suggestion a step makes: advance and step back propose, hold proposes nothing. */
export function stageProposal(step: StageStepSuggestion, basedOnVersion: number): ProposedSuggestion | null {
  return step.proposal && step.outcome !== "hold"
    ? {
        rule: step.rule, direction: step.outcome, evidence: step.evidence, evidenceKey: step.evidenceKey,
        proposedChange: step.proposal, summary: step.proposal.summary, reason: step.reason, basedOnVersion,
      }
    : null;
}

/** The runs the step rule reads for a stage that began on `since`, to today. */
export function stageRunsSince(db: DbOrTx, target: RunStageTarget, since: string, today: string) {
  return db
    .select({ id: runs.id, runDate: runs.runDate, painDuring: runs.painDuring, painNextMorning: runs.painNextMorning })
    .from(runs)
    .where(and(eq(runs.clinicId, target.clinicId), eq(runs.patientId, target.patientId), isNull(runs.deletedAt), gte(runs.runDate, since), lte(runs.runDate, today)))
    .orderBy(asc(runs.runDate));
}

/** Runs the rule for one patient as of `now` in `timeZone` (the clinic's) and stores what it suggests. */
export async function evaluateRunStage(tx: DbOrTx, target: RunStageTarget, { timeZone, now = new Date() }: { timeZone: string; now?: Date }): Promise<RunStageEvaluation | null> {
  const read = await readRunStage(tx, target, todayInZone(timeZone, now));
  if (!read) return null;
  const { step } = read;
  const suggestionId = await recordSuggestion(
    tx,
    { ...target, protocolId: read.protocolId, kind: "run-stage", subject: RUN_STAGE_SUBJECT },
    stageProposal(step, read.version),
  );
  return { protocolId: read.protocolId, version: read.version, step, suggestionId };
}

/** The scheduler's entry (`npm run jobs`): every patient on a walk-run stage, in every clinic, as of the clinic's today. */
export async function evaluateRunStagesEverywhere(db: DbOrTx, now = new Date()): Promise<{ patients: number; pending: number }> {
  const onProgramme = await db
    .select({ clinicId: protocols.clinicId, patientId: protocols.patientId, timeZone: clinics.timeZone })
    .from(protocols)
    .innerJoin(clinics, eq(clinics.id, protocols.clinicId))
    .innerJoin(protocolVersions, and(eq(protocolVersions.protocolId, protocols.id), eq(protocolVersions.version, protocols.currentVersion)))
    .where(and(eq(protocols.status, "active"), isNotNull(protocolVersions.runStage)));
  let pending = 0;
  for (const p of onProgramme) {
    const result = await db.transaction(async (tx) => evaluateRunStage(tx, p, { timeZone: p.timeZone ?? serverTimeZone(), now }));
    if (result?.suggestionId) pending += 1;
  }
  return { patients: onProgramme.length, pending };
}
