import { addDays } from "@/lib/dates";
import type { ClinicalLog, PainSeries } from "./pain-log-types";

/**
 * The rolling reference: where this patient has been lately, for change detection. Kept apart
 * from the episode baseline (lib/clinical/baseline.ts), which stays fixed for outcome: a patient
 * who improved from 5/10 to 1/10 and relapses to 5/10 is back at baseline but 4 points above
 * where they have been, and it is the rolling reference that catches it.
 *
 * Stride's choice (docs/clinical/rolling-reference.md): the median of the series' readings on
 * the 14 days before the day being judged (that day itself excluded), needing at least 3
 * readings. The median, not the mean, so one bad day does not move the reference.
 */
export const ROLLING_WINDOW_DAYS = 14;
export const ROLLING_MIN_READINGS = 3;

export type RollingReference = {
  value: number;
  readings: { logDate: string; value: number }[];
  from: string;
  to: string;
};

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The reference for `series` as of `day`, or null when the 14 days before hold fewer than 3 readings. */
export function rollingReference(logs: readonly ClinicalLog[], series: PainSeries, day: string): RollingReference | null {
  const from = addDays(day, -ROLLING_WINDOW_DAYS);
  const to = addDays(day, -1);
  const readings = logs
    .filter((log) => log.logDate >= from && log.logDate <= to && log[series] !== null)
    .map((log) => ({ logDate: log.logDate, value: log[series] as number }))
    .sort((a, b) => a.logDate.localeCompare(b.logDate));
  if (readings.length < ROLLING_MIN_READINGS) return null;
  return { value: median(readings.map((r) => r.value)), readings, from, to };
}
