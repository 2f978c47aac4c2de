import { addDays, daysBetween } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import type { RaisedFlag } from "./flag-types";
import { DEFAULT_PAIN_MONITORING_LIMITS, type PainMonitoringLimits, type RunEntry } from "./pain-log-types";

/**
 * Single-run spikes, exactly as Frandsen et al. (BJSM 2025) define them: each run's distance
 * against the longest single run of the 30 days before it. Bands are upper-inclusive:
 *   up to +10%          reference group, no flag
 *   more than +10..30%  small spike   (hazard ratio 1.64)
 *   more than +30..100% moderate      (1.52)
 *   more than +100%     large         (2.28)
 * The first run after 30 or more days without a run has no recent reference and is a spike in
 * itself. The cohort was healthy runners: applying it in rehabilitation is an extrapolation
 * (docs/clinical/single-run-spike.md). History is never cut at the protocol's start.
 */
export const SPIKE_WINDOW_DAYS = 30;

export type SpikeBand = "reference" | "small" | "moderate" | "large" | "no-recent-run";

export const SPIKE_BANDS: Record<Exclude<SpikeBand, "reference">, { label: string; hazardRatio: number | null }> = {
  small: { label: "small spike (more than 10% up to 30% longer)", hazardRatio: 1.64 },
  moderate: { label: "moderate spike (more than 30% up to 100% longer)", hazardRatio: 1.52 },
  large: { label: "large spike (more than double)", hazardRatio: 2.28 },
  "no-recent-run": { label: "first run after 30 or more days without running", hazardRatio: null },
};

/** Kilometres to whole metres, so band edges (exactly +10%, +30%, +100%) compare exactly. */
const metres = (km: number) => Math.round(km * 1000);

/** The band of a run of `distanceKm` against a 30-day longest of `longestKm`, in exact integer arithmetic. */
export function spikeBand(distanceKm: number, longestKm: number): SpikeBand {
  const [run, longest] = [metres(distanceKm), metres(longestKm)];
  if (run * 100 <= longest * 110) return "reference";
  if (run * 100 <= longest * 130) return "small";
  if (run * 100 <= longest * 200) return "moderate";
  return "large";
}

const km = (value: number) => `${Number(value.toFixed(2))} km`;

/** The spike flag for one run, judged against the patient's other runs (any dates). */
export function singleRunSpikeRule(run: RunEntry, others: readonly RunEntry[]): RaisedFlag | null {
  const distance = run.distanceKm;
  if (distance === null || distance <= 0) return null; // a run logged by time only has nothing to compare
  const from = addDays(run.runDate, -SPIKE_WINDOW_DAYS);
  const window = others.filter(
    (o) => o.id !== run.id && o.runDate >= from && o.runDate < run.runDate && o.distanceKm !== null && o.distanceKm > 0,
  );
  const longest = window.reduce<RunEntry | null>((best, o) => (!best || (o.distanceKm as number) > (best.distanceKm as number) ? o : best), null);
  // One spike flag per run and distance: editing the distance is new evidence, re-saving is not.
  const spike = (reason: string, evidence: RaisedFlag["evidence"]): RaisedFlag => ({
    rule: "single-run-spike", severity: "review", evidenceKey: `run:${run.id}:${distance}`, evidenceDate: run.runDate, reason, evidence,
  });
  if (!longest) {
    // Runs logged by time only are not compared, but they are still running: a patient who ran in
    // the 30 days before is not back after 30 days off, there is just no distance to compare with.
    const earlier = others.filter((o) => o.id !== run.id && o.runDate < run.runDate);
    if (earlier.some((o) => o.runDate >= from)) return null;
    const previous = [...earlier].sort((a, b) => b.runDate.localeCompare(a.runDate))[0];
    const since = previous ? ` (the last one logged was on ${formatDate(previous.runDate)}, ${daysBetween(previous.runDate, run.runDate)} days before)` : " logged in Stride";
    return spike(
      `A ${km(distance)} run on ${formatDate(run.runDate)} with no run in the 30 days before${since}: a first run after ` +
        `30 days off counts as a spike (Frandsen 2025). Review the return to running.`,
      {
        readings: [{ source: "run", id: run.id, date: run.runDate, measure: "distanceKm", value: distance, role: "trigger" }],
        numbers: { band: "no-recent-run", windowDays: SPIKE_WINDOW_DAYS },
      },
    );
  }
  const longestKm = longest.distanceKm as number;
  const band = spikeBand(distance, longestKm);
  if (band === "reference") return null;
  const percent = Math.round(((distance - longestKm) / longestKm) * 1000) / 10;
  const info = SPIKE_BANDS[band];
  return spike(
    `A ${km(distance)} run on ${formatDate(run.runDate)}, ${percent}% longer than the longest run of the 30 days before ` +
      `(${km(longestKm)} on ${formatDate(longest.runDate)}): ${info.label}, injury hazard ratio ${info.hazardRatio} in ` +
      `Frandsen 2025 (healthy runners). Review the running load.`,
    {
      readings: [
        { source: "run", id: run.id, date: run.runDate, measure: "distanceKm", value: distance, role: "trigger" },
        { source: "run", id: longest.id, date: longest.runDate, measure: "distanceKm", value: longestKm, role: "comparison" },
      ],
      numbers: { band, percent, longestKm, hazardRatio: info.hazardRatio },
    },
  );
}

/** Pain during a run above the acceptable level (5/10, as for exercise; exactly 5 is acceptable). */
export function runPainRule(run: RunEntry, limits: PainMonitoringLimits = DEFAULT_PAIN_MONITORING_LIMITS): RaisedFlag | null {
  const pain = run.painDuring;
  if (pain === null || pain <= limits.acceptableExercisePain) return null;
  return {
    rule: "run-pain-high",
    severity: "review",
    evidenceKey: `run:${run.id}:painDuring=${pain}`,
    evidenceDate: run.runDate,
    reason:
      `Pain during a run on ${formatDate(run.runDate)}${run.distanceKm ? ` (${km(run.distanceKm)})` : ""} was ${pain}/10, above the ` +
      `${limits.acceptableExercisePain}/10 the pain-monitoring model accepts. Review the running load.`,
    evidence: {
      readings: [{ source: "run", id: run.id, date: run.runDate, measure: "painDuring", value: pain, role: "trigger" }],
      numbers: { limit: limits.acceptableExercisePain },
    },
  };
}

/** Every flag one saved run raises. */
export function evaluateRun(run: RunEntry, others: readonly RunEntry[], limits?: PainMonitoringLimits): RaisedFlag[] {
  return [singleRunSpikeRule(run, others), runPainRule(run, limits)].filter((f): f is RaisedFlag => f !== null);
}
