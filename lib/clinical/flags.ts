import { chronological, computeBaseline, formatPain, isAboveBaseline, risesAtLeast } from "@/lib/clinical/baseline";
import {
  DEFAULT_MEANINGFUL_CHANGE,
  DEFAULT_PAIN_MONITORING_LIMITS,
  PAIN_SERIES,
  PAIN_SERIES_LABELS,
  type ClinicalLog,
  type LogEvidence,
  type PainMonitoringLimits,
  type PainSeries,
} from "@/lib/clinical/pain-log-types";
import { addDays, daysBetween } from "@/lib/dates";
import { formatDate } from "@/lib/format";

/**
 * Triage flags for one patient. Decision support only: each flag asks the therapist to review,
 * never diagnoses. Pain flags describe the patient's most recent log, so a flag clears once a
 * newer log no longer meets the rule.
 */
export type FlagRule =
  | "pain-above-baseline"
  | "exercise-pain-high"
  | "morning-pain-not-settled"
  | "no-recent-log"
  | "single-run-spike";

/** Listed in tie-break order: with equal severity, earlier rules sort first. */
export const FLAG_RULES: Record<FlagRule, { label: string }> = {
  "pain-above-baseline": { label: "Pain above baseline" },
  "exercise-pain-high": { label: "High pain during exercise" },
  "morning-pain-not-settled": { label: "Pain not settling overnight" },
  "single-run-spike": { label: "Single-run spike" },
  "no-recent-log": { label: "No recent log" },
};

/** Higher is more urgent. */
export const SEVERITY = { watch: 1, review: 2, urgent: 3 } as const;

type FlagBase = { severity: number; reason: string; evidence: LogEvidence[] };

export type PainRise = { series: PainSeries; latest: number; baseline: number; rise: number };
export type MorningTrigger = "above-previous-day-rest" | "above-baseline-two-logs";
/** Garmin-RUNSAFE spike bands (BJSM). "under-10" is longer than the 30-day longest, below their bands. */
export type RunsafeBand = "under-10" | "10-30" | "30-100" | "over-100";

export type Flag =
  | (FlagBase & { rule: "pain-above-baseline"; rises: PainRise[] })
  | (FlagBase & { rule: "exercise-pain-high"; painDuringExercise: number })
  | (FlagBase & { rule: "morning-pain-not-settled"; triggers: MorningTrigger[] })
  | (FlagBase & { rule: "no-recent-log"; lastLogDate: string | null; days: number })
  | (FlagBase & {
      rule: "single-run-spike";
      longestRunKm: number;
      previousLongestKm: number;
      spikePercent: number;
      band: RunsafeBand;
    });

export type FlagOf<R extends FlagRule> = Extract<Flag, { rule: R }>;

const REVIEW_LOAD = "Review the programme and recent training load.";

function latestLog(logs: readonly ClinicalLog[]): ClinicalLog | undefined {
  return chronological(logs).at(-1);
}

/** Latest log's NPRS, per series, at least `threshold` points above that series' baseline. */
export function painAboveBaselineFlag(
  logs: readonly ClinicalLog[],
  threshold: number = DEFAULT_MEANINGFUL_CHANGE,
): FlagOf<"pain-above-baseline"> | null {
  const baseline = computeBaseline(logs);
  const latest = latestLog(logs);
  if (!baseline || !latest) return null;
  const rises: PainRise[] = [];
  const evidence: LogEvidence[] = [];
  for (const series of PAIN_SERIES) {
    const value = latest[series];
    const reference = baseline[series];
    if (value === null || !reference || !risesAtLeast(value, reference, threshold)) continue;
    rises.push({ series, latest: value, baseline: reference.value, rise: value - reference.value });
    evidence.push({ logDate: latest.logDate, measure: series, value, role: "trigger" });
    for (const reading of reference.readings) {
      evidence.push({ logDate: reading.logDate, measure: series, value: reading.value, role: "comparison" });
    }
  }
  if (rises.length === 0) return null;
  const parts = rises.map(
    (r) =>
      `${PAIN_SERIES_LABELS[r.series].toLowerCase()} ${formatPain(r.latest)}/10 ` +
      `(baseline ${formatPain(r.baseline)}, +${formatPain(r.rise)})`,
  );
  const reason =
    `On ${formatDate(latest.logDate)}: ${parts.join("; ")}, at least ${formatPain(threshold)} points above ` +
    `this patient's baseline. ${REVIEW_LOAD}`;
  return { rule: "pain-above-baseline", severity: SEVERITY.urgent, reason, evidence, rises };
}

/** Latest log's pain during exercise above the acceptable level (5/10 by default; exactly 5 is fine). */
export function exercisePainHighFlag(
  logs: readonly ClinicalLog[],
  limits: PainMonitoringLimits = DEFAULT_PAIN_MONITORING_LIMITS,
): FlagOf<"exercise-pain-high"> | null {
  const latest = latestLog(logs);
  const pain = latest?.painDuringExercise ?? null;
  if (!latest || pain === null || pain <= limits.acceptableExercisePain) return null;
  return {
    rule: "exercise-pain-high",
    severity: SEVERITY.urgent,
    reason:
      `Pain during exercise was ${pain}/10 on ${formatDate(latest.logDate)}, above the ` +
      `${limits.acceptableExercisePain}/10 the pain-monitoring model accepts. Review the exercise dose.`,
    evidence: [{ logDate: latest.logDate, measure: "painDuringExercise", value: pain, role: "trigger" }],
    painDuringExercise: pain,
  };
}

/**
 * Pain must settle by the next morning. On the latest log, which must record next-morning pain,
 * the flag fires when either:
 * - "above-previous-day-rest": next-morning pain is higher than pain at rest on the log of the
 *   calendar day before (skipped after a gap, when there is no log for that day); or
 * - "above-baseline-two-logs": next-morning pain is above its baseline mean on the latest log AND
 *   on the log just before it (two consecutive logs; a blank morning in between breaks the run).
 */
export function morningPainNotSettledFlag(logs: readonly ClinicalLog[]): FlagOf<"morning-pain-not-settled"> | null {
  const ordered = chronological(logs);
  const latest = ordered.at(-1);
  const previous = ordered.at(-2);
  const morning = latest?.painNextMorning ?? null;
  if (!latest || morning === null) return null;

  const triggers: MorningTrigger[] = [];
  const evidence: LogEvidence[] = [{ logDate: latest.logDate, measure: "painNextMorning", value: morning, role: "trigger" }];
  const sentences: string[] = [];

  if (previous && daysBetween(previous.logDate, latest.logDate) === 1 && morning > previous.painAtRest) {
    triggers.push("above-previous-day-rest");
    evidence.push({ logDate: previous.logDate, measure: "painAtRest", value: previous.painAtRest, role: "comparison" });
    sentences.push(
      `Next-morning pain on ${formatDate(latest.logDate)} was ${morning}/10, higher than the ${previous.painAtRest}/10 ` +
        `pain at rest logged the day before.`,
    );
  }

  const morningBaseline = computeBaseline(ordered)?.painNextMorning ?? null;
  const previousMorning = previous?.painNextMorning ?? null;
  if (
    previous &&
    morningBaseline &&
    previousMorning !== null &&
    isAboveBaseline(morning, morningBaseline) &&
    isAboveBaseline(previousMorning, morningBaseline)
  ) {
    triggers.push("above-baseline-two-logs");
    evidence.push({ logDate: previous.logDate, measure: "painNextMorning", value: previousMorning, role: "trigger" });
    sentences.push(
      `Next-morning pain has stayed above this patient's baseline of ${formatPain(morningBaseline.value)} on the ` +
        `last two logs (${previousMorning}/10 on ${formatDate(previous.logDate)}, ${morning}/10 on ${formatDate(latest.logDate)}).`,
    );
  }

  if (triggers.length === 0) return null;
  return {
    rule: "morning-pain-not-settled",
    severity: SEVERITY.review,
    reason: `${sentences.join(" ")} Pain is expected to settle overnight; review the previous day's load.`,
    evidence,
    triggers,
  };
}

export const NO_RECENT_LOG_DAYS = 7;

/**
 * No log for 7 or more days (today minus the last log date >= 7). With no logs at all, counts
 * from `since` (the protocol start) instead; without `since` there is nothing to count from.
 */
export function noRecentLogFlag(
  logs: readonly ClinicalLog[],
  { today, since }: { today: string; since?: string },
): FlagOf<"no-recent-log"> | null {
  const latest = latestLog(logs);
  if (latest) {
    const days = daysBetween(latest.logDate, today);
    if (days < NO_RECENT_LOG_DAYS) return null;
    return {
      rule: "no-recent-log",
      severity: SEVERITY.watch,
      reason: `No pain log for ${days} days (last on ${formatDate(latest.logDate)}). Review adherence and check in with the patient.`,
      evidence: [{ logDate: latest.logDate, measure: "daysSinceLastLog", value: days, role: "trigger" }],
      lastLogDate: latest.logDate,
      days,
    };
  }
  if (!since) return null;
  const days = daysBetween(since, today);
  if (days < NO_RECENT_LOG_DAYS) return null;
  return {
    rule: "no-recent-log",
    severity: SEVERITY.watch,
    reason: `No pain log since the protocol started on ${formatDate(since)}, ${days} days ago. Review adherence and check in with the patient.`,
    evidence: [{ logDate: since, measure: "daysSinceProtocolStart", value: days, role: "trigger" }],
    lastLogDate: null,
    days,
  };
}

/** Bands are lower-inclusive: exactly 30% is "30-100", exactly 100% is still "30-100". */
export function runsafeBand(spikePercent: number): RunsafeBand {
  if (spikePercent < 10) return "under-10";
  if (spikePercent < 30) return "10-30";
  if (spikePercent <= 100) return "30-100";
  return "over-100";
}

const BAND_WORDING: Record<RunsafeBand, string> = {
  "under-10": "below the Garmin-RUNSAFE 10-30% band",
  "10-30": "Garmin-RUNSAFE band 10-30% (about +64% overuse-injury risk)",
  "30-100": "Garmin-RUNSAFE band 30-100% (about +52% overuse-injury risk)",
  "over-100": "Garmin-RUNSAFE band over 100% (more than double the overuse-injury risk)",
};

const formatKm = (km: number) => `${Number(km.toFixed(2))} km`;

export const SPIKE_WINDOW_DAYS = 30;

/**
 * The latest log's longest single run is longer than every run in the 30 days before it. Window:
 * logDate-30 .. logDate-1 inclusive (a run exactly 30 days earlier counts; 31 does not). Needs at
 * least one earlier run in the window: with none there is nothing to spike from.
 */
export function singleRunSpikeFlag(logs: readonly ClinicalLog[]): FlagOf<"single-run-spike"> | null {
  const latest = latestLog(logs);
  const longest = latest?.longestRunKm ?? null;
  if (!latest || longest === null) return null;
  const windowStart = addDays(latest.logDate, -SPIKE_WINDOW_DAYS);
  const earlierRuns = logs.filter(
    (log) => log.logDate >= windowStart && log.logDate < latest.logDate && (log.longestRunKm ?? 0) > 0,
  );
  const previousBest = earlierRuns.reduce<ClinicalLog | undefined>(
    (best, log) => (!best || (log.longestRunKm ?? 0) > (best.longestRunKm ?? 0) ? log : best),
    undefined,
  );
  const previousLongestKm = previousBest?.longestRunKm ?? null;
  if (!previousBest || previousLongestKm === null || longest <= previousLongestKm) return null;

  // Rounded before banding so the percentage shown and the band named always agree.
  const spikePercent = Math.round(((longest - previousLongestKm) / previousLongestKm) * 1000) / 10;
  const band = runsafeBand(spikePercent);
  return {
    rule: "single-run-spike",
    severity: band === "over-100" ? SEVERITY.urgent : band === "under-10" ? SEVERITY.watch : SEVERITY.review,
    reason:
      `Longest run on ${formatDate(latest.logDate)} was ${formatKm(longest)}, ${spikePercent}% longer than the longest run ` +
      `of the previous ${SPIKE_WINDOW_DAYS} days (${formatKm(previousLongestKm)} on ${formatDate(previousBest.logDate)}): ` +
      `${BAND_WORDING[band]}. Review the running load.`,
    evidence: [
      { logDate: latest.logDate, measure: "longestRunKm", value: longest, role: "trigger" },
      { logDate: previousBest.logDate, measure: "longestRunKm", value: previousLongestKm, role: "comparison" },
    ],
    longestRunKm: longest,
    previousLongestKm,
    spikePercent,
    band,
  };
}

const RULE_ORDER = Object.keys(FLAG_RULES) as FlagRule[];

export type ComputeFlagsOptions = {
  today: string;
  /** Counts "no recent log" for a patient who has never logged. */
  protocolStartDate?: string;
  /** NPRS rise over baseline that counts as meaningful; 2 by default. */
  threshold?: number;
  limits?: PainMonitoringLimits;
};

/**
 * All flags for one patient as of `today`, most urgent first. Logs dated after `today` are left
 * out, so the same call answers "what did the dashboard show on that day" for a past date.
 */
export function computeFlags(logs: readonly ClinicalLog[], options: ComputeFlagsOptions): Flag[] {
  const { today, protocolStartDate, threshold = DEFAULT_MEANINGFUL_CHANGE } = options;
  const limits = options.limits ?? DEFAULT_PAIN_MONITORING_LIMITS;
  const asOfToday = logs.filter((log) => log.logDate <= today);
  const flags = [
    painAboveBaselineFlag(asOfToday, threshold),
    exercisePainHighFlag(asOfToday, limits),
    morningPainNotSettledFlag(asOfToday),
    singleRunSpikeFlag(asOfToday),
    noRecentLogFlag(asOfToday, { today, since: protocolStartDate }),
  ].filter((flag): flag is Flag => flag !== null);
  return flags.sort(
    (a, b) => b.severity - a.severity || RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule),
  );
}
