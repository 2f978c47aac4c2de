import { addDays, daysBetween } from "@/lib/dates";
import { formatPain } from "./baseline";
import { amountField, libraryExercise, progressStep, regressStep, type DoseChange, type DoseValues } from "./dose-steps";
import { MORNING_NOT_SETTLED_POINTS } from "./log-rules";
import { DEFAULT_PAIN_MONITORING_LIMITS, type ClinicalLog, type PainMonitoringLimits } from "./pain-log-types";
import { ROLLING_WINDOW_DAYS, rollingReference } from "./rolling-reference";

/**
 * Per-exercise next-dose suggestion (docs/clinical/dose-progression.md). The therapist approves or
 * dismisses it; it never changes a plan by itself. Running pain is not an input: runs have their
 * own rules, and a painful run does not make an exercise painful.
 *
 * Window: the last 14 days, today-13 .. today, cut to start at the current dose's since-date when
 * the dose is younger. Only sessions of THIS exercise count: its ticked days, the day's pain
 * during exercise on those days, and the next morning after each (the log of the following day).
 * - regress when, in the window, exercise pain on a day this exercise was done went above 5/10, or
 *   the morning after 2 or more of its sessions had not settled (no time or adherence gate);
 * - progress when ALL hold: 7+ days on the dose; 80%+ of prescribed sessions done; exercise pain
 *   recorded on 3+ sessions and every one at 2/10 or less; 3+ mornings after sessions compared with
 *   the usual morning and every one settled; and the exercise has a next step;
 * - hold otherwise, with every gate that failed.
 * "Settled": the morning is less than 1 point above the patient's usual morning, the rolling
 * median of the 14 days before it (rolling-reference.ts), as the morning-not-settled flag judges.
 */
export const DOSE_WINDOW_DAYS = 14;
export const MIN_DAYS_ON_DOSE = 7;
export const DEFAULT_ADHERENCE_PERCENT = 80;
export const MIN_EXERCISE_PAIN_READINGS = 3;
export const MIN_JUDGED_MORNINGS = 3;
export const REGRESS_UNSETTLED_MORNINGS = 2;

/** The prescribed dose now, and the first day it applied (clinic time zone). */
export type CurrentPrescription = DoseValues & { since: string };

export type DoseSuggestionInput = {
  /** The library key of the exercise (for a clinic copy, the key of the built-in it came from). */
  exerciseKey: string;
  current: CurrentPrescription;
  /** Days the patient ticked this exercise as done, any order; a day counts once. */
  sessions: readonly string[];
  /** The patient's daily logs, any order, from at least doseLogsFrom(today) to today. */
  logs: readonly ClinicalLog[];
  /** YYYY-MM-DD in the clinic's time zone. */
  today: string;
  limits?: PainMonitoringLimits;
  adherencePercent?: number;
};

export type HoldGate =
  | "unknown-exercise" | "not-progressed-by-rule" | "dose-mismatch" | "days-on-dose" | "adherence"
  | "exercise-pain-readings" | "exercise-pain" | "morning-readings" | "morning" | "top-of-progression";
export type HoldReason = { gate: HoldGate; text: string };
export type DoseRegressTrigger = "exercise-pain-high" | "mornings-not-settled";

export type MorningCheck = { sessionDate: string; morningDate: string; value: number; usual: number; settled: boolean };

/** Plain JSON: everything the reason quotes, so the therapist can check the working. */
export type DoseEvidence = {
  window: { from: string; to: string; days: number };
  doseSince: string;
  daysOnDose: number;
  adherence: { prescribed: number; done: number; percent: number | null; threshold: number; sessionDates: string[] };
  exercisePain: { date: string; value: number }[];
  mornings: MorningCheck[];
  /** Mornings after a session that had no usual morning to compare with (under 3 readings before). */
  unjudgedMornings: string[];
  limits: { progressExercisePain: number; acceptableExercisePain: number; minDaysOnDose: number; morningNotSettledPoints: number };
};

export type DoseSuggestion = {
  rule: "dose-progression";
  exerciseKey: string;
  outcome: "progress" | "regress" | "hold";
  reason: string;
  /** Empty unless outcome is "hold". */
  holdReasons: HoldReason[];
  /** Empty unless outcome is "regress". */
  triggers: DoseRegressTrigger[];
  /** The concrete proposal; null for "hold". */
  change: DoseChange | null;
  evidence: DoseEvidence;
  /** Same dose, same outcome, same evidence: same key, so the store can keep one suggestion. */
  evidenceKey: string;
};

/** The earliest log date the rule reads: the window plus the 14 days the first morning is compared with. */
export function doseLogsFrom(today: string): string {
  return addDays(today, -(DOSE_WINDOW_DAYS - 1) + 1 - ROLLING_WINDOW_DAYS);
}

/**
 * Prescribed sessions in a window of `days` days: frequency per week (at most 7, as a tick records
 * a day) x days / 7, rounded to the nearest whole session (halves up). 14 days: exactly 2 x frequency.
 */
export function prescribedSessions(frequencyPerWeek: number, days: number): number {
  return Math.round((Math.min(frequencyPerWeek, 7) * Math.max(days, 0)) / 7);
}

/** Exact: done / prescribed >= percent / 100, in whole numbers, so 79% never rounds up to 80%. */
export function adherenceMet(done: number, prescribed: number, percent: number = DEFAULT_ADHERENCE_PERCENT): boolean {
  return prescribed > 0 && done * 100 >= percent * prescribed;
}

const listed = (list: readonly { date: string; value: number }[]) => list.map((r) => `${r.value}/10 on ${r.date}`).join(", ");
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function gather(input: DoseSuggestionInput, threshold: number, limits: PainMonitoringLimits): DoseEvidence {
  const { current, today } = input;
  const windowStart = addDays(today, -(DOSE_WINDOW_DAYS - 1));
  const from = current.since > windowStart ? current.since : windowStart;
  const days = Math.max(daysBetween(from, today) + 1, 0);
  const sessionDates = [...new Set(input.sessions)].filter((d) => d >= from && d <= today).sort();
  const prescribed = prescribedSessions(current.frequencyPerWeek, days);
  const done = Math.min(sessionDates.length, prescribed);
  const byDate = new Map(input.logs.filter((l) => l.logDate <= today).map((l) => [l.logDate, l]));

  const exercisePain = sessionDates.flatMap((date) => {
    const value = byDate.get(date)?.painDuringExercise;
    return value === null || value === undefined ? [] : [{ date, value }];
  });
  const mornings: MorningCheck[] = [];
  const unjudgedMornings: string[] = [];
  for (const sessionDate of sessionDates) {
    const morningDate = addDays(sessionDate, 1);
    const value = byDate.get(morningDate)?.painNextMorning;
    if (morningDate > today || value === null || value === undefined) continue;
    const usual = rollingReference(input.logs, "painNextMorning", morningDate);
    if (!usual) unjudgedMornings.push(morningDate);
    else mornings.push({ sessionDate, morningDate, value, usual: usual.value, settled: value - usual.value < MORNING_NOT_SETTLED_POINTS });
  }
  return {
    window: { from, to: today, days },
    doseSince: current.since,
    daysOnDose: daysBetween(current.since, today),
    adherence: { prescribed, done, percent: prescribed > 0 ? Math.floor((done * 100) / prescribed) : null, threshold, sessionDates },
    exercisePain,
    mornings,
    unjudgedMornings,
    limits: {
      progressExercisePain: limits.progressExercisePain,
      acceptableExercisePain: limits.acceptableExercisePain,
      minDaysOnDose: MIN_DAYS_ON_DOSE,
      morningNotSettledPoints: MORNING_NOT_SETTLED_POINTS,
    },
  };
}

function progressGates(e: DoseEvidence, limits: PainMonitoringLimits): HoldReason[] {
  const holds: HoldReason[] = [];
  if (e.daysOnDose < MIN_DAYS_ON_DOSE) {
    holds.push({ gate: "days-on-dose", text: `${plural(Math.max(e.daysOnDose, 0), "day")} on this dose (since ${e.doseSince}): progress needs ${MIN_DAYS_ON_DOSE}` });
  }
  const a = e.adherence;
  if (!adherenceMet(a.done, a.prescribed, a.threshold)) {
    holds.push({
      gate: "adherence",
      text: `adherence ${a.percent ?? 0}% of ${plural(a.prescribed, "prescribed session")} (${a.done} done, ${e.window.from} to ${e.window.to}): progress needs ${a.threshold}%`,
    });
  }
  if (e.exercisePain.length < MIN_EXERCISE_PAIN_READINGS) {
    holds.push({ gate: "exercise-pain-readings", text: `exercise pain recorded on ${plural(e.exercisePain.length, "session")} of this exercise: progress needs ${MIN_EXERCISE_PAIN_READINGS}` });
  }
  const aboveProgress = e.exercisePain.filter((r) => r.value > limits.progressExercisePain);
  if (aboveProgress.length > 0) {
    holds.push({ gate: "exercise-pain", text: `exercise pain ${listed(aboveProgress)}: progress needs ${limits.progressExercisePain}/10 or less` });
  }
  if (e.mornings.length < MIN_JUDGED_MORNINGS) {
    holds.push({ gate: "morning-readings", text: `${plural(e.mornings.length, "morning")} after sessions compared with the usual morning: progress needs ${MIN_JUDGED_MORNINGS}` });
  }
  const unsettled = e.mornings.filter((m) => !m.settled);
  if (unsettled.length > 0) {
    holds.push({ gate: "morning", text: `morning pain not back to usual on ${unsettled.map((m) => `${m.morningDate} (${m.value}/10, usual ${formatPain(m.usual)}/10)`).join(", ")}` });
  }
  return holds;
}

export function suggestDose(input: DoseSuggestionInput): DoseSuggestion {
  const limits = input.limits ?? DEFAULT_PAIN_MONITORING_LIMITS;
  const evidence = gather(input, input.adherencePercent ?? DEFAULT_ADHERENCE_PERCENT, limits);
  const { exerciseKey, current } = input;
  const keyBase = `${exerciseKey}@${current.since}`;
  const hold = (holdReasons: HoldReason[]): DoseSuggestion => ({
    rule: "dose-progression", exerciseKey, outcome: "hold", holdReasons, triggers: [], change: null, evidence,
    reason: `Hold the current dose: ${holdReasons.map((h) => h.text).join("; ")}.`,
    evidenceKey: `${keyBase}:hold`,
  });

  const progression = libraryExercise(exerciseKey)?.progression;
  if (!progression) return hold([{ gate: "unknown-exercise", text: `Stride has no progression data for exercise "${exerciseKey}"` }]);
  if (progression.progressesBy.length === 0) {
    return hold([{ gate: "not-progressed-by-rule", text: "Stride does not suggest dose changes for flexibility and comfort work" }]);
  }
  const field = amountField(progression);
  if (current[field] === null) {
    return hold([{ gate: "dose-mismatch", text: `the prescription has no ${field === "reps" ? "reps" : "hold time"}, which this exercise's range is counted in` }]);
  }

  const painful = evidence.exercisePain.filter((r) => r.value > limits.acceptableExercisePain);
  const unsettled = evidence.mornings.filter((m) => !m.settled);
  const triggers: DoseRegressTrigger[] = [];
  const sentences: string[] = [];
  if (painful.length > 0) {
    triggers.push("exercise-pain-high");
    sentences.push(`Pain during exercise went above ${limits.acceptableExercisePain}/10 on days this exercise was done (${listed(painful)}).`);
  }
  if (unsettled.length >= REGRESS_UNSETTLED_MORNINGS) {
    triggers.push("mornings-not-settled");
    sentences.push(
      `The morning after ${plural(unsettled.length, "session")} had not settled back to the usual morning ` +
        `(${unsettled.map((m) => `${m.value}/10 on ${m.morningDate}, usual ${formatPain(m.usual)}/10`).join("; ")}).`,
    );
  }
  if (triggers.length > 0) {
    const change = regressStep(exerciseKey, current);
    const latest = [...painful.map((r) => r.date), ...unsettled.map((m) => m.morningDate)].sort().at(-1) ?? input.today;
    return {
      rule: "dose-progression", exerciseKey, outcome: "regress", holdReasons: [], triggers, change, evidence,
      reason: `${sentences.join(" ")} Suggest stepping back: ${change.summary}.`,
      evidenceKey: `${keyBase}:regress:${latest}`,
    };
  }

  const holds = progressGates(evidence, limits);
  if (holds.length > 0) return hold(holds);
  const change = progressStep(exerciseKey, current);
  const name = libraryExercise(exerciseKey)?.name ?? exerciseKey;
  if (!change) {
    return hold([{ gate: "top-of-progression", text: `every gate is met, but ${name} is at the top of its progression in Stride's library: choose the next step yourself` }]);
  }
  const a = evidence.adherence;
  const worst = Math.max(...evidence.exercisePain.map((r) => r.value));
  return {
    rule: "dose-progression", exerciseKey, outcome: "progress", holdReasons: [], triggers: [], change, evidence,
    reason:
      `From ${evidence.window.from} to ${evidence.window.to}: ${a.done} of ${plural(a.prescribed, "prescribed session")} done (${a.percent}%), ` +
      `${evidence.daysOnDose} days on this dose, exercise pain at most ${worst}/10 on ${plural(evidence.exercisePain.length, "session")}, ` +
      `and all ${plural(evidence.mornings.length, "morning")} after sessions back to usual. Suggest: ${change.summary}.`,
    evidenceKey: `${keyBase}:progress`,
  };
}
