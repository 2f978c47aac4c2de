import { addDays } from "@/lib/dates";
import { formatPain } from "./baseline";
import { MORNING_NOT_SETTLED_POINTS } from "./log-rules";
import { DEFAULT_PAIN_MONITORING_LIMITS, type RunEntry } from "./pain-log-types";
import { WALK_RUN_STAGES, walkRunStage } from "./return-to-run-stages";
import { SPIKE_WINDOW_DAYS } from "./run-rules";

/**
 * The walk-run step rule (docs/clinical/return-to-running.md). A suggestion for the therapist, who
 * approves each stage; the patient never moves on by themselves.
 *
 * Reads only the runs dated from the day the current stage began to today:
 * - step back a stage when any of them had pain during the run above the agreed limit (5/10 by
 *   default; exactly 5 is within), or next-morning pain that had not settled. A calm run after a
 *   bad one does not undo it. From stage 1, stepping back means pausing running;
 * - advance when at least 2 runs (Stride's choice) had pain during the run within the limit and a
 *   settled next morning, both recorded, and all of them were in the last 30 days (so the next
 *   stage stays within 10% of the longest run of the last 30 days). After the last stage: complete;
 * - hold otherwise: no run yet, or too few runs with both readings good. A run with pain during
 *   or next morning left blank neither counts nor blocks; the reason names it.
 * "Settled": with the patient's usual morning (the rolling median of daily-log mornings,
 * rolling-reference.ts) less than 1 point above it, as the morning-not-settled flag judges; without
 * one, at most 2/10, the daily-life level the programme's entry asks for. Both are Stride's choices.
 */
export const DEFAULT_RUN_PAIN_LIMIT = DEFAULT_PAIN_MONITORING_LIMITS.acceptableExercisePain;
export const MIN_RUNS_TO_ADVANCE = 2;
export const MORNING_FALLBACK_LIMIT = 2;

export type StageRun = Pick<RunEntry, "runDate" | "painDuring" | "painNextMorning"> & { id?: string };

export type StageStepInput = {
  stage: number;
  /** The day the therapist approved the current stage (clinic time zone). */
  stageStartedOn: string;
  /** The patient's runs; those before stageStartedOn or after today are ignored. */
  runs: readonly StageRun[];
  today: string;
  /** Pain during a run up to this is acceptable; 5 by default. */
  painLimit?: number;
  /** The patient's usual morning now (rollingReference(logs, "painNextMorning", today)?.value), or null. */
  usualMorning?: number | null;
};

export type RunCheck = {
  id?: string;
  runDate: string;
  painDuring: number | null;
  painNextMorning: number | null;
  /** null when the reading is blank. */
  withinLimit: boolean | null;
  settled: boolean | null;
  /** Older than the last 30 days: a good run this old no longer counts towards the next stage. */
  stale: boolean;
};

export type StageProposal = {
  kind: "next-stage" | "previous-stage" | "pause-running" | "complete";
  fromStage: number;
  /** null for pause-running and complete. */
  toStage: number | null;
  summary: string;
};

export type StageStepSuggestion = {
  rule: "return-to-run";
  outcome: "advance" | "step-back" | "hold";
  reason: string;
  proposal: StageProposal | null;
  evidence: {
    stage: number;
    stageStartedOn: string;
    runs: RunCheck[];
    painLimit: number;
    usualMorning: number | null;
    morningRule: { pointsAboveUsual: number; fallbackLimit: number };
    minRuns: number;
  };
  evidenceKey: string;
};

function checkRun(run: StageRun, limit: number, usual: number | null, today: string): RunCheck {
  const morning = run.painNextMorning;
  const settled = morning === null ? null : usual !== null ? morning - usual < MORNING_NOT_SETTLED_POINTS : morning <= MORNING_FALLBACK_LIMIT;
  return {
    ...(run.id === undefined ? {} : { id: run.id }),
    runDate: run.runDate,
    painDuring: run.painDuring,
    painNextMorning: morning,
    withinLimit: run.painDuring === null ? null : run.painDuring <= limit,
    settled,
    stale: run.runDate < addDays(today, -(SPIKE_WINDOW_DAYS - 1)),
  };
}

export function suggestStageStep(input: StageStepInput): StageStepSuggestion {
  const { stage, stageStartedOn, today } = input;
  const limit = input.painLimit ?? DEFAULT_RUN_PAIN_LIMIT;
  const usual = input.usualMorning ?? null;
  const last = WALK_RUN_STAGES.length;
  if (!walkRunStage(stage)) throw new Error(`No walk-run stage ${stage}: stages run 1 to ${last}`);
  const runs = input.runs
    .filter((r) => r.runDate >= stageStartedOn && r.runDate <= today)
    .sort((a, b) => a.runDate.localeCompare(b.runDate))
    .map((r) => checkRun(r, limit, usual, today));
  const evidence: StageStepSuggestion["evidence"] = {
    stage, stageStartedOn, runs, painLimit: limit, usualMorning: usual,
    morningRule: { pointsAboveUsual: MORNING_NOT_SETTLED_POINTS, fallbackLimit: MORNING_FALLBACK_LIMIT }, minRuns: MIN_RUNS_TO_ADVANCE,
  };
  const keyBase = `stage-${stage}@${stageStartedOn}`;
  const usualText = usual !== null ? `the usual morning of ${formatPain(usual)}/10` : `${MORNING_FALLBACK_LIMIT}/10 or less (no usual morning on record)`;

  const painful = runs.filter((r) => r.withinLimit === false);
  const unsettled = runs.filter((r) => r.settled === false);
  if (painful.length > 0 || unsettled.length > 0) {
    const sentences = [
      ...(painful.length > 0 ? [`Pain during the run went above ${limit}/10 (${painful.map((r) => `${r.painDuring}/10 on ${r.runDate}`).join(", ")}).`] : []),
      ...(unsettled.length > 0 ? [`Pain the next morning had not settled to ${usualText} (${unsettled.map((r) => `${r.painNextMorning}/10 after the run on ${r.runDate}`).join(", ")}).`] : []),
    ];
    const proposal: StageProposal =
      stage === 1
        ? { kind: "pause-running", fromStage: 1, toStage: null, summary: "Pause running; keep strengthening and review the entry criteria" }
        : { kind: "previous-stage", fromStage: stage, toStage: stage - 1, summary: `Walk-run stage ${stage} -> stage ${stage - 1}` };
    const latest = [...painful, ...unsettled].map((r) => r.runDate).sort().at(-1) as string;
    return {
      rule: "return-to-run", outcome: "step-back", proposal, evidence,
      reason: `${sentences.join(" ")} Suggest: ${proposal.summary}.`,
      evidenceKey: `${keyBase}:step-back:${latest}`,
    };
  }

  const blank = runs.filter((r) => r.withinLimit === null || r.settled === null);
  const blankNote = blank.length > 0 ? `pain during the run or the next morning not recorded for the run on ${blank.map((r) => r.runDate).join(", ")}` : null;
  const good = runs.filter((r) => r.withinLimit === true && r.settled === true);
  const recentGood = good.filter((r) => !r.stale);
  if (recentGood.length < MIN_RUNS_TO_ADVANCE) {
    const stale = good.length - recentGood.length;
    const holds =
      runs.length === 0
        ? [`no run logged since stage ${stage} began on ${stageStartedOn}`]
        : [
            `${recentGood.length} run${recentGood.length === 1 ? "" : "s"} at this stage within the limit and settled in the last ${SPIKE_WINDOW_DAYS} days: ` +
              `advancing needs ${MIN_RUNS_TO_ADVANCE}` + (stale > 0 ? ` (${stale} older run${stale === 1 ? "" : "s"} no longer count)` : ""),
            ...(blankNote ? [blankNote] : []),
          ];
    return { rule: "return-to-run", outcome: "hold", proposal: null, evidence, reason: `Stay at stage ${stage}: ${holds.join("; ")}.`, evidenceKey: `${keyBase}:hold` };
  }

  const proposal: StageProposal =
    stage === last
      ? { kind: "complete", fromStage: stage, toStage: null, summary: "Walk-run programme complete: 30 minutes of continuous running" }
      : { kind: "next-stage", fromStage: stage, toStage: stage + 1, summary: `Walk-run stage ${stage} -> stage ${stage + 1}` };
  return {
    rule: "return-to-run", outcome: "advance", proposal, evidence,
    reason:
      `${recentGood.length} runs since ${stageStartedOn} with pain during the run at most ${Math.max(...recentGood.map((r) => r.painDuring as number))}/10 ` +
      `(limit ${limit}/10) and the next morning back to ${usualText}.${blankNote ? ` Not counted: ${blankNote}.` : ""} Suggest: ${proposal.summary}.`,
    evidenceKey: `${keyBase}:advance`,
  };
}
