/**
 * The shape the clinical rules read: plain numbers rather than the database's numeric strings, so
 * the rules stay pure and testable without a database. The DAL converts pain_logs rows into this.
 * Callers pass one treatment episode's logs (the DAL filters by protocol start), in any order.
 */
export type ClinicalLog = {
  logDate: string;
  /** NPRS 0-10; always asked. */
  painAtRest: number;
  /** NPRS 0-10; blank on days without exercise. */
  painDuringExercise: number | null;
  /** NPRS 0-10, the morning of logDate, i.e. the response to the previous day's load. */
  painNextMorning: number | null;
};

export const PAIN_SERIES = ["painAtRest", "painDuringExercise", "painNextMorning"] as const;
export type PainSeries = (typeof PAIN_SERIES)[number];

export const PAIN_SERIES_LABELS: Record<PainSeries, string> = {
  painAtRest: "Pain at rest",
  painDuringExercise: "Pain during exercise",
  painNextMorning: "Next-morning pain",
};

/** A day's log as the flag rules read it: the pain readings plus the red-flag answers. */
export type DailyLog = ClinicalLog & { redFlags: readonly string[] };

/** One run as the run rules read it; distance and duration in numbers, either may be missing. */
export type RunEntry = {
  id: string;
  runDate: string;
  distanceKm: number | null;
  durationSeconds: number | null;
  painDuring: number | null;
  painNextMorning: number | null;
};

/**
 * One number behind a suggestion, so the therapist can check the rule's working.
 * "trigger" is the value that fired the rule; "comparison" is what it was measured against.
 */
export type LogEvidence = {
  logDate: string;
  measure: PainSeries;
  value: number;
  role: "trigger" | "comparison";
};

/**
 * Pain-monitoring limits (Thomeé 1997). The domain notes mark them [verify], so they are
 * defaults a clinic can override, passed into the rules rather than hard-coded in them.
 */
export type PainMonitoringLimits = {
  /** Pain during exercise up to this is acceptable; above it suggests regressing. */
  acceptableExercisePain: number;
  /** A week with pain during exercise at or below this may be ready to progress. */
  progressExercisePain: number;
};

export const DEFAULT_PAIN_MONITORING_LIMITS: PainMonitoringLimits = {
  acceptableExercisePain: 5,
  progressExercisePain: 2,
};

/** NPRS change treated as clinically meaningful in PFP (Piva 2009: 1.16; Crossley 2004: 2). */
export const DEFAULT_MEANINGFUL_CHANGE = 2;
