import { PAIN_SERIES, type ClinicalLog, type PainSeries } from "@/lib/clinical/pain-log-types";

/**
 * Baseline = where the patient started this episode: the reference the "meaningful change" rules
 * compare against.
 *
 * Definition: for each pain series, the mean of its first 3 recorded values, taking the episode's
 * logs in date order and skipping logs that left that series blank (a patient who first exercises
 * on day 5 still gets an exercise baseline, from their first 3 exercise days).
 * - Fewer than 3 logs in the episode: no baseline at all (null), and baseline rules do not fire.
 * - A series with fewer than 3 recorded values has no baseline (null for that series).
 * Three values rather than the first one because a single day's NPRS is noisy. The mean is kept
 * unrounded; only the wording rounds it.
 */
export const BASELINE_LOG_COUNT = 3;

export type SeriesBaseline = {
  value: number;
  /** The readings the mean was taken from, as evidence for the therapist. */
  readings: { logDate: string; value: number }[];
};

export type Baseline = Record<PainSeries, SeriesBaseline | null>;

/** Floating-point slack so a rise of exactly the threshold (e.g. 5 - 3.0) counts as reaching it. */
const EPSILON = 1e-9;

export function chronological(logs: readonly ClinicalLog[]): ClinicalLog[] {
  return [...logs].sort((a, b) => (a.logDate < b.logDate ? -1 : a.logDate > b.logDate ? 1 : 0));
}

export function computeBaseline(logs: readonly ClinicalLog[]): Baseline | null {
  if (logs.length < BASELINE_LOG_COUNT) return null;
  const ordered = chronological(logs);
  const baseline: Baseline = { painAtRest: null, painDuringExercise: null, painNextMorning: null };
  for (const series of PAIN_SERIES) {
    const recorded = ordered
      .flatMap((log) => {
        const value = log[series];
        return value === null ? [] : [{ logDate: log.logDate, value }];
      })
      .slice(0, BASELINE_LOG_COUNT);
    if (recorded.length < BASELINE_LOG_COUNT) continue;
    const total = recorded.reduce((sum, r) => sum + r.value, 0);
    baseline[series] = { value: total / recorded.length, readings: recorded };
  }
  return baseline;
}

/** Strictly above: a value equal to the baseline mean is "no worse than baseline". */
export function isAboveBaseline(value: number, baseline: SeriesBaseline): boolean {
  return value > baseline.value + EPSILON;
}

/** True when value has risen from the baseline by at least `threshold` NPRS points. */
export function risesAtLeast(value: number, baseline: SeriesBaseline, threshold: number): boolean {
  return value - baseline.value >= threshold - EPSILON;
}

/** NPRS numbers for sentences: whole numbers as-is, means to one decimal ("3", "2.3"). */
export function formatPain(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
