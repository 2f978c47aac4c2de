/**
 * The built-in walk-run programme and its entry criteria, as data (docs/clinical/return-to-running.md).
 * The therapist approves each stage; lib/clinical/return-to-run.ts suggests when to move.
 *
 * Every session is about 30 minutes: `repeats` x (run `runSeconds`, then walk `walkSeconds`).
 * The 10% rule (Frandsen 2025: a session up to 10% beyond the longest of the last 30 days carries
 * no extra risk) is applied to RUNNING TIME per session, Stride's stand-in for distance while the
 * pace of a returning runner is unsettled: each stage runs at most 10% longer in total than the one
 * before (a test checks it). Walking is the recovery and is not counted. Stage 1 has no earlier
 * stage: after 30 days or more without running, any first run is a spike by definition.
 */
export type WalkRunStage = {
  stage: number;
  repeats: number;
  runSeconds: number;
  walkSeconds: number;
};

const s = (stage: number, repeats: number, runSeconds: number, walkSeconds: number): WalkRunStage => ({ stage, repeats, runSeconds, walkSeconds });

export const WALK_RUN_STAGES: readonly WalkRunStage[] = [
  s(1, 10, 60, 120),
  s(2, 11, 60, 105),
  s(3, 12, 60, 90),
  s(4, 13, 60, 75),
  s(5, 7, 120, 135),
  s(6, 6, 150, 150),
  s(7, 6, 165, 135),
  s(8, 6, 180, 120),
  s(9, 6, 195, 105),
  s(10, 6, 210, 90),
  s(11, 5, 270, 90),
  s(12, 4, 360, 90),
  s(13, 3, 510, 90),
  s(14, 2, 840, 60),
  s(15, 1, 1800, 0),
];

/** At most this much more running time than the stage before (Frandsen 2025's reference band). */
export const MAX_STAGE_GROWTH = 0.1;

export const runningSeconds = (stage: WalkRunStage) => stage.repeats * stage.runSeconds;
export const totalSeconds = (stage: WalkRunStage) => stage.repeats * (stage.runSeconds + stage.walkSeconds);

export function walkRunStage(stage: number): WalkRunStage | undefined {
  return WALK_RUN_STAGES.find((s) => s.stage === stage);
}

/** "1 min", "1 min 45 s", "30 s". */
export function formatInterval(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/**
 * Today's session as the patient reads it on /my (shown only for the stage the therapist approved):
 * "Run 1 min, then walk 2 min. Do this 10 times: 30 min in all, 10 min of it running."
 */
export function stageSessionText(stage: WalkRunStage): string {
  if (stage.walkSeconds === 0 && stage.repeats === 1) return `Run ${formatInterval(stage.runSeconds)} without a walking break.`;
  return (
    `Run ${formatInterval(stage.runSeconds)}, then walk ${formatInterval(stage.walkSeconds)}. ` +
    `Do this ${stage.repeats} times: ${formatInterval(totalSeconds(stage))} in all, ${formatInterval(runningSeconds(stage))} of it running.`
  );
}

/** "Stage 3 of 15". */
export const stageTitle = (stage: WalkRunStage) => `Stage ${stage.stage} of ${WALK_RUN_STAGES.length}`;

/**
 * Entry criteria from Stride's domain notes (no primary source given there: clinic-editable
 * defaults). Each is met when the pain is at most `painMax` and, where an amount is asked for,
 * at least `amountMin` minutes or repetitions were done.
 */
export type EntryCriterion = {
  key: "daily-pain" | "brisk-walk" | "single-leg-squats" | "single-leg-hops";
  label: string;
  unit: "minutes" | "reps" | null;
  amountMin: number | null;
  painMax: number;
};

export const RETURN_TO_RUN_ENTRY_CRITERIA: readonly EntryCriterion[] = [
  { key: "daily-pain", label: "Pain in daily life at 2/10 or less", unit: null, amountMin: null, painMax: 2 },
  { key: "brisk-walk", label: "30 minutes of brisk walking without pain", unit: "minutes", amountMin: 30, painMax: 0 },
  { key: "single-leg-squats", label: "10 single-leg squats with pain at 2/10 or less", unit: "reps", amountMin: 10, painMax: 2 },
  { key: "single-leg-hops", label: "10 to 20 single-leg hops with pain at 2/10 or less", unit: "reps", amountMin: 10, painMax: 2 },
];

/** What the therapist found for one criterion; null for not tested. */
export type EntryFinding = { amount: number | null; pain: number | null };
export type EntryCheck = { criterion: EntryCriterion; status: "met" | "not-met" | "not-assessed" };

/** Each criterion's status, and ready only when every one is met. */
export function checkEntryCriteria(findings: Partial<Record<EntryCriterion["key"], EntryFinding>>): { ready: boolean; checks: EntryCheck[] } {
  const checks = RETURN_TO_RUN_ENTRY_CRITERIA.map((criterion): EntryCheck => {
    const finding = findings[criterion.key];
    const needsAmount = criterion.amountMin !== null;
    if (!finding || finding.pain === null || (needsAmount && finding.amount === null)) return { criterion, status: "not-assessed" };
    const enough = !needsAmount || (finding.amount as number) >= (criterion.amountMin as number);
    return { criterion, status: enough && finding.pain <= criterion.painMax ? "met" : "not-met" };
  });
  return { ready: checks.every((c) => c.status === "met"), checks };
}
