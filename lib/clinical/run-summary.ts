import { addDays, weekStart } from "@/lib/dates";
import { SPIKE_WINDOW_DAYS } from "./run-rules";

/**
 * Running load at a glance, pure so it is tested without a database: the distance run in each
 * Monday-to-Sunday week (empty weeks included, so a gap shows as a gap) and the longest single run
 * of the last 30 days. `today` is the clinic's today (todayInZone), never the server's.
 */
export type RunForSummary = { id: string; runDate: string; distanceKm: number | null; durationSeconds: number | null };

export type WeeklyDistance = {
  /** The Monday, YYYY-MM-DD. */
  weekStart: string;
  distanceKm: number;
  /** All runs of the week, including those logged by time only. */
  runs: number;
  /** Runs logged by time only: counted in `runs`, adding nothing to the distance. */
  runsWithoutDistance: number;
  durationSeconds: number;
  current: boolean;
};

export type LongestRun = { id: string; runDate: string; distanceKm: number };

export type RunSummary = { weeks: WeeklyDistance[]; longest30: LongestRun | null };

export const WEEKS_OF_RUNNING = 8;

/** Sums in whole metres, so 0.1 + 0.2 is 0.3 and not 0.30000000000000004. */
const metres = (km: number) => Math.round(km * 1000);
const km = (m: number) => Math.round(m / 10) / 100;

/** The first day a summary of `weeks` weeks (and the 30-day longest) needs, for the DAL's query. */
export function summaryStart(today: string, weeks: number = WEEKS_OF_RUNNING): string {
  const firstWeek = addDays(weekStart(today), -7 * (weeks - 1));
  const longestFrom = addDays(today, -(SPIKE_WINDOW_DAYS - 1));
  return firstWeek < longestFrom ? firstWeek : longestFrom;
}

/** The last `weeks` weeks up to the one containing today, oldest first. Runs after today are ignored. */
export function weeklyDistance(runs: readonly RunForSummary[], today: string, weeks: number = WEEKS_OF_RUNNING): WeeklyDistance[] {
  const current = weekStart(today);
  const starts = Array.from({ length: weeks }, (_, i) => addDays(current, -7 * (weeks - 1 - i)));
  const totals = new Map(starts.map((s) => [s, { metres: 0, runs: 0, noDistance: 0, seconds: 0 }]));
  for (const run of runs) {
    if (run.runDate > today) continue;
    const week = totals.get(weekStart(run.runDate));
    if (!week) continue;
    week.runs += 1;
    if (run.distanceKm === null) week.noDistance += 1;
    else week.metres += metres(run.distanceKm);
    week.seconds += run.durationSeconds ?? 0;
  }
  return starts.map((s) => {
    const t = totals.get(s) as { metres: number; runs: number; noDistance: number; seconds: number };
    return { weekStart: s, distanceKm: km(t.metres), runs: t.runs, runsWithoutDistance: t.noDistance, durationSeconds: t.seconds, current: s === current };
  });
}

/**
 * The longest single run of the 30 days ending today (today included). That is exactly the
 * reference a run tomorrow is compared with by the spike rule, so it is the number to stay near.
 * On a tie the most recent run wins.
 */
export function longestRecentRun(runs: readonly RunForSummary[], today: string): LongestRun | null {
  const from = addDays(today, -(SPIKE_WINDOW_DAYS - 1));
  let best: LongestRun | null = null;
  for (const run of runs) {
    if (run.distanceKm === null || run.distanceKm <= 0 || run.runDate < from || run.runDate > today) continue;
    const longer = !best || metres(run.distanceKm) > metres(best.distanceKm);
    const tieButLater = best && metres(run.distanceKm) === metres(best.distanceKm) && run.runDate > best.runDate;
    if (longer || tieButLater) best = { id: run.id, runDate: run.runDate, distanceKm: run.distanceKm };
  }
  return best;
}

export function summariseRuns(runs: readonly RunForSummary[], today: string, weeks: number = WEEKS_OF_RUNNING): RunSummary {
  return { weeks: weeklyDistance(runs, today, weeks), longest30: longestRecentRun(runs, today) };
}

/** "5.3 km", "12 km": at most two decimals, no trailing zeros. */
export function formatKm(value: number): string {
  return `${Number(value.toFixed(2))} km`;
}

/** "45 min" under an hour, "1 h 05 min" from an hour. */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/** "5.3 km in 32 min", "5.3 km", "45 min": what a run is called in lists and button names. */
export function runTitle(run: { distanceKm: number | null; durationSeconds: number | null }): string {
  const distance = run.distanceKm !== null ? formatKm(run.distanceKm) : null;
  const time = run.durationSeconds !== null ? formatDuration(run.durationSeconds) : null;
  return distance && time ? `${distance} in ${time}` : (distance ?? time ?? "Run");
}
