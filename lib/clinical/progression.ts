import { chronological, computeBaseline, formatPain, isAboveBaseline, type SeriesBaseline } from "@/lib/clinical/baseline";
import {
  DEFAULT_PAIN_MONITORING_LIMITS,
  type ClinicalLog,
  type LogEvidence,
  type PainMonitoringLimits,
  type PainSeries,
} from "@/lib/clinical/pain-log-types";
import { addDays } from "@/lib/dates";

/**
 * Progress / regress suggestions from the pain-monitoring model (Thomeé 1997). A suggestion goes
 * to the therapist, who approves or dismisses it; it never changes a programme by itself.
 *
 * Window: the last 7 calendar days, today-6 .. today inclusive. The morning baseline comes from the
 * whole episode (see baseline.ts).
 * - regress: any log in the window has pain during exercise above the acceptable level (default 5),
 *   or next-morning pain is above baseline on 2+ consecutive logs in the window (adjacent logs,
 *   both recording next-morning pain; a blank morning in between breaks the run).
 * - progress: at least 3 logs in the window record pain during exercise, every recorded value is
 *   at or below the progress level (default 2), a next-morning baseline exists, at least one
 *   morning is recorded in the window, and every recorded morning is no worse than (<=) that
 *   baseline. Rest days with no exercise pain neither help nor block.
 * Regress is checked first; the two cannot both hold.
 */
export const PROGRESSION_WINDOW_DAYS = 7;
export const PROGRESS_MIN_EXERCISE_LOGS = 3;

export type RegressTrigger = "exercise-pain-high" | "morning-above-baseline";

export type ProgressionSuggestion = {
  kind: "progress" | "regress";
  reason: string;
  evidence: LogEvidence[];
  windowStart: string;
  windowEnd: string;
  /** Empty for "progress". */
  triggers: RegressTrigger[];
};

export type ProgressionOptions = { today: string; limits?: PainMonitoringLimits };

type Reading = { logDate: string; value: number };

function readings(logs: readonly ClinicalLog[], series: PainSeries): Reading[] {
  return logs.flatMap((log) => {
    const value = log[series];
    return value === null ? [] : [{ logDate: log.logDate, value }];
  });
}

function asEvidence(list: readonly Reading[], measure: PainSeries): LogEvidence[] {
  return list.map((r) => ({ logDate: r.logDate, measure, value: r.value, role: "trigger" }));
}

const listed = (list: readonly Reading[]) => list.map((r) => `${r.value}/10 on ${r.logDate}`).join(", ");

/** Mornings above baseline on adjacent logs; adjacency is by log, so a blank morning breaks the run. */
function unsettledMornings(week: readonly ClinicalLog[], baseline: SeriesBaseline): Reading[] {
  const above = (log: ClinicalLog | undefined): log is ClinicalLog & { painNextMorning: number } =>
    log?.painNextMorning != null && isAboveBaseline(log.painNextMorning, baseline);
  const run = new Map<string, number>();
  week.forEach((log, i) => {
    const previous = week[i - 1];
    if (above(log) && above(previous)) {
      run.set(previous.logDate, previous.painNextMorning);
      run.set(log.logDate, log.painNextMorning);
    }
  });
  return [...run].map(([logDate, value]) => ({ logDate, value }));
}

export function suggestProgression(
  logs: readonly ClinicalLog[],
  { today, limits = DEFAULT_PAIN_MONITORING_LIMITS }: ProgressionOptions,
): ProgressionSuggestion | null {
  const windowStart = addDays(today, -(PROGRESSION_WINDOW_DAYS - 1));
  const episode = chronological(logs.filter((log) => log.logDate <= today));
  const week = episode.filter((log) => log.logDate >= windowStart);
  if (week.length === 0) return null;
  const morningBaseline = computeBaseline(episode)?.painNextMorning ?? null;
  const window = { windowStart, windowEnd: today };
  const exercise = readings(week, "painDuringExercise");
  const mornings = readings(week, "painNextMorning");

  const painfulSessions = exercise.filter((r) => r.value > limits.acceptableExercisePain);
  const unsettled = morningBaseline ? unsettledMornings(week, morningBaseline) : [];
  if (painfulSessions.length > 0 || unsettled.length > 0) {
    const triggers: RegressTrigger[] = [];
    const sentences: string[] = [];
    if (painfulSessions.length > 0) {
      triggers.push("exercise-pain-high");
      sentences.push(`Pain during exercise went above ${limits.acceptableExercisePain}/10 (${listed(painfulSessions)}).`);
    }
    if (morningBaseline && unsettled.length > 0) {
      triggers.push("morning-above-baseline");
      sentences.push(
        `Next-morning pain stayed above this patient's baseline of ${formatPain(morningBaseline.value)} ` +
          `on consecutive logs (${listed(unsettled)}).`,
      );
    }
    return {
      kind: "regress",
      reason: `${sentences.join(" ")} Consider regressing the programme (fewer reps, less load or range); review before changing.`,
      evidence: [...asEvidence(painfulSessions, "painDuringExercise"), ...asEvidence(unsettled, "painNextMorning")],
      triggers,
      ...window,
    };
  }

  const readyToProgress =
    exercise.length >= PROGRESS_MIN_EXERCISE_LOGS &&
    exercise.every((r) => r.value <= limits.progressExercisePain) &&
    mornings.length > 0;
  if (!readyToProgress || !morningBaseline) return null;
  if (mornings.some((r) => isAboveBaseline(r.value, morningBaseline))) return null;

  return {
    kind: "progress",
    reason:
      `From ${windowStart} to ${today}, pain during exercise stayed at or below ${limits.progressExercisePain}/10 ` +
      `on all ${exercise.length} exercise logs and next-morning pain was no worse than this patient's ` +
      `baseline of ${formatPain(morningBaseline.value)}. Consider progressing (more reps or load); review before changing.`,
    evidence: [...asEvidence(exercise, "painDuringExercise"), ...asEvidence(mornings, "painNextMorning")],
    triggers: [],
    ...window,
  };
}
