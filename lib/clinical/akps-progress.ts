import { AKPS_MCID } from "./akps";
import type { AkpsTimepoint } from "./akps-schedule";

/** One AKPS score as stored, oldest first. */
export type AkpsScore = { measuredOn: string; score: number; timepoint: AkpsTimepoint | null };

export type AkpsScoreRow = AkpsScore & {
  /** Score minus the baseline score; null for the baseline itself or when there is none. */
  change: number | null;
  /** The change is at least the minimal clinically important difference (10 points, Crossley 2004). */
  meaningful: boolean;
};

/**
 * Scores over time with the change from the episode's baseline: the score at the "baseline"
 * timepoint, or the first score when none was labelled so (Stride's choice: an episode's first
 * score is its starting point). A rise or a fall of 10 or more counts as meaningful either way.
 */
export function akpsProgress(scores: readonly AkpsScore[]): AkpsScoreRow[] {
  const sorted = [...scores].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const baseline = sorted.find((s) => s.timepoint === "baseline") ?? sorted[0];
  return sorted.map((s) => {
    const change = baseline && s !== baseline ? s.score - baseline.score : null;
    return { ...s, change, meaningful: change !== null && Math.abs(change) >= AKPS_MCID };
  });
}

export const TIMEPOINT_LABELS: Record<AkpsTimepoint, string> = {
  baseline: "Baseline",
  "follow-up": "Follow-up (weeks 4-6)",
  discharge: "Discharge",
};
