import { addDays, weekStart } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { formatPain } from "./baseline";
import type { EvidenceReading, RaisedFlag } from "./flag-types";
import {
  DEFAULT_MEANINGFUL_CHANGE,
  DEFAULT_PAIN_MONITORING_LIMITS,
  PAIN_SERIES,
  PAIN_SERIES_LABELS,
  type ClinicalLog,
  type DailyLog,
  type PainMonitoringLimits,
  type PainSeries,
} from "./pain-log-types";
import { RED_FLAG_FINDINGS, isRedFlagKey } from "./red-flags";
import { rollingReference } from "./rolling-reference";

/**
 * The flags one saved daily log raises, judged when the log arrives. Each rule is named in
 * docs/clinical/<rule>.md with its source and the parts that are Stride's own choice. A flag is an
 * event: once raised it stays until a therapist reviews it, whatever later logs say.
 *
 * `history` is the patient's other logs (any order, any dates; the log itself may be among them
 * and is ignored). Only logs dated before the judged log count as references, so a log saved
 * late for an earlier day is judged against what came before that day.
 */
export type LogRuleOptions = {
  limits?: PainMonitoringLimits;
  /** NPRS rise over the rolling reference that asks for review (2 by default). */
  meaningfulRise?: number;
};

/** Morning pain this many points above the patient's usual morning has not settled (Stride's choice). */
export const MORNING_NOT_SETTLED_POINTS = 1;
/** A weekly mean this many points above last week's is "rising" (Stride's choice). */
export const WEEKLY_RISE_POINTS = 1;
/** Each week needs this many readings of a series before two weeks are compared (Stride's choice). */
export const WEEKLY_MIN_READINGS = 3;

const reading = (log: ClinicalLog, measure: PainSeries, value: number, role: EvidenceReading["role"]): EvidenceReading => ({
  source: "log", date: log.logDate, measure, value, role,
});

export function redFlagRule(log: DailyLog): RaisedFlag | null {
  const answers = [...new Set(log.redFlags.filter(isRedFlagKey))].sort();
  if (answers.length === 0) return null;
  return {
    rule: "red-flag",
    severity: "urgent",
    evidenceKey: `${log.logDate}:${answers.join("+")}`,
    evidenceDate: log.logDate,
    reason:
      `On ${formatDate(log.logDate)} the patient reported ${answers.map((a) => RED_FLAG_FINDINGS[a]).join("; ")}. ` +
      `These are red flags, not typical of patellofemoral pain: contact the patient today. They were told to call the clinic.`,
    evidence: { readings: [], answers },
  };
}

/** Pain during exercise above the acceptable level (5/10; exactly 5 is acceptable). */
export function exercisePainRule(log: DailyLog, limits: PainMonitoringLimits = DEFAULT_PAIN_MONITORING_LIMITS): RaisedFlag | null {
  const pain = log.painDuringExercise;
  if (pain === null || pain <= limits.acceptableExercisePain) return null;
  return {
    rule: "exercise-pain-high",
    severity: "review",
    evidenceKey: `${log.logDate}:painDuringExercise=${pain}`,
    evidenceDate: log.logDate,
    reason:
      `Pain during exercise was ${pain}/10 on ${formatDate(log.logDate)}, above the ${limits.acceptableExercisePain}/10 ` +
      `the pain-monitoring model accepts. Review the exercise dose.`,
    evidence: { readings: [reading(log, "painDuringExercise", pain, "trigger")], numbers: { limit: limits.acceptableExercisePain } },
  };
}

/**
 * Pain at rest or during exercise at least 2 points above the rolling reference. Next-morning
 * pain has its own rule (like with like), so it is not counted twice here.
 */
export function painRiseRules(log: DailyLog, history: readonly ClinicalLog[], rise = DEFAULT_MEANINGFUL_CHANGE): RaisedFlag[] {
  const raised: RaisedFlag[] = [];
  for (const series of ["painAtRest", "painDuringExercise"] as const) {
    const value = log[series];
    const reference = rollingReference(history, series, log.logDate);
    if (value === null || !reference || value - reference.value < rise) continue;
    raised.push({
      rule: "pain-rise",
      severity: "review",
      evidenceKey: `${log.logDate}:${series}=${value}`,
      evidenceDate: log.logDate,
      reason:
        `${PAIN_SERIES_LABELS[series]} was ${value}/10 on ${formatDate(log.logDate)}, ${formatPain(value - reference.value)} points ` +
        `above this patient's recent level (median ${formatPain(reference.value)} over the 14 days before). Review the recent load.`,
      evidence: {
        readings: [reading(log, series, value, "trigger"), ...reference.readings.map((r) => ({ source: "log" as const, date: r.logDate, measure: series, value: r.value, role: "comparison" as const }))],
        numbers: { series, rollingMedian: reference.value, rise: value - reference.value },
      },
    });
  }
  return raised;
}

/**
 * This morning's pain not back to the patient's usual morning: compared with the rolling median of
 * their earlier morning readings, never with yesterday's pain at rest (a different measure).
 */
export function morningNotSettledRule(log: DailyLog, history: readonly ClinicalLog[]): RaisedFlag | null {
  const morning = log.painNextMorning;
  const usual = rollingReference(history, "painNextMorning", log.logDate);
  if (morning === null || !usual || morning - usual.value < MORNING_NOT_SETTLED_POINTS) return null;
  return {
    rule: "morning-not-settled",
    severity: "review",
    evidenceKey: `${log.logDate}:painNextMorning=${morning}`,
    evidenceDate: log.logDate,
    reason:
      `Morning pain on ${formatDate(log.logDate)} was ${morning}/10; this patient's usual morning is ${formatPain(usual.value)}/10 ` +
      `(median of the 14 days before). Pain had not settled overnight: review the previous day's load.`,
    evidence: {
      readings: [reading(log, "painNextMorning", morning, "trigger"), ...usual.readings.map((r) => ({ source: "log" as const, date: r.logDate, measure: "painNextMorning", value: r.value, role: "comparison" as const }))],
      numbers: { usualMorning: usual.value },
    },
  };
}

/**
 * The weekly mean of a series rising week on week: this week so far (Monday to the log's day)
 * against last week, each with at least 3 readings. Raised once per week and series.
 */
export function weeklyRisingRules(log: DailyLog, history: readonly ClinicalLog[]): RaisedFlag[] {
  const thisWeek = weekStart(log.logDate);
  const lastWeek = addDays(thisWeek, -7);
  const others = history.filter((h) => h.logDate !== log.logDate);
  const inRange = (from: string, to: string) => [...others, log].filter((h) => h.logDate >= from && h.logDate <= to);
  const current = inRange(thisWeek, log.logDate);
  const previous = inRange(lastWeek, addDays(thisWeek, -1));
  const raised: RaisedFlag[] = [];
  for (const series of PAIN_SERIES) {
    const now = current.flatMap((h) => (h[series] === null ? [] : [h[series] as number]));
    const before = previous.flatMap((h) => (h[series] === null ? [] : [h[series] as number]));
    if (log[series] === null || now.length < WEEKLY_MIN_READINGS || before.length < WEEKLY_MIN_READINGS) continue;
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const [meanNow, meanBefore] = [mean(now), mean(before)];
    if (meanNow - meanBefore < WEEKLY_RISE_POINTS - 1e-9) continue;
    raised.push({
      rule: "weekly-pain-rising",
      severity: "review",
      evidenceKey: `week:${thisWeek}:${series}`,
      evidenceDate: log.logDate,
      reason:
        `${PAIN_SERIES_LABELS[series]} averaged ${formatPain(meanNow)}/10 in the week of ${formatDate(thisWeek)} so far ` +
        `(${now.length} logs), up from ${formatPain(meanBefore)}/10 the week before. Pain should not rise from week to week: ` +
        `review the plan before progressing.`,
      evidence: {
        readings: [
          ...current.flatMap((h) => (h[series] === null ? [] : [reading(h, series, h[series] as number, "trigger")])),
          ...previous.flatMap((h) => (h[series] === null ? [] : [reading(h, series, h[series] as number, "comparison")])),
        ],
        numbers: { series, weekStart: thisWeek, weekMean: meanNow, previousWeekMean: meanBefore },
      },
    });
  }
  return raised;
}

/** Every flag one daily log raises. */
export function evaluateLog(log: DailyLog, history: readonly ClinicalLog[], options: LogRuleOptions = {}): RaisedFlag[] {
  const earlier = history.filter((h) => h.logDate < log.logDate);
  return [
    redFlagRule(log),
    exercisePainRule(log, options.limits),
    ...painRiseRules(log, earlier, options.meaningfulRise),
    morningNotSettledRule(log, earlier),
    ...weeklyRisingRules(log, history.filter((h) => h.logDate <= log.logDate)),
  ].filter((f): f is RaisedFlag => f !== null);
}
