import { isoWeekStart } from "@/lib/clinical/adherence";
import { formatPain } from "@/lib/clinical/baseline";
import { DEFAULT_MEANINGFUL_CHANGE, PAIN_SERIES, PAIN_SERIES_LABELS, type ClinicalLog, type PainSeries } from "@/lib/clinical/pain-log-types";
import { formatDate } from "@/lib/format";

/**
 * The pain chart in words, for screen readers and anyone who prefers text; each screen passes one
 * as the chart's text alternative. The therapist's reads the readings against the baseline band;
 * the patient's compares weekly averages in plain words.
 */

/** One series for the therapist: first and latest reading, and where the latest sits against the baseline band. */
export function describeSeries(points: readonly ClinicalLog[], series: PainSeries, baseline: number | null): string {
  const readings = points.flatMap((p) => (p[series] === null ? [] : [{ date: p.logDate, value: p[series] as number }]));
  const label = PAIN_SERIES_LABELS[series];
  if (readings.length === 0) return `${label}: not recorded in this period.`;
  const firstReading = readings[0] as { date: string; value: number };
  const latest = readings.at(-1) as { date: string; value: number };
  const parts = [
    readings.length === 1
      ? `${label}: ${latest.value}/10 on ${formatDate(latest.date)}`
      : `${label}: ${firstReading.value}/10 on ${formatDate(firstReading.date)}, ${latest.value}/10 on ${formatDate(latest.date)}`,
  ];
  if (baseline !== null) {
    const diff = latest.value - baseline;
    const where =
      diff >= DEFAULT_MEANINGFUL_CHANGE ? "meaningfully above" : diff <= -DEFAULT_MEANINGFUL_CHANGE ? "meaningfully below" : "within 2 points of";
    parts.push(`latest ${where} the baseline of ${formatPain(baseline)}`);
  }
  return `${parts.join("; ")}.`;
}

/** The therapist's whole chart: the period, each series, and the protocol version marks. */
export function describeChart(
  points: readonly ClinicalLog[],
  { from, to, baseline, markers }: { from: string; to: string; baseline: Record<PainSeries, number | null> | null; markers: readonly { version: number; date: string }[] },
): string {
  if (points.length === 0) return `No pain logs between ${formatDate(from)} and ${formatDate(to)}.`;
  const sentences = [
    `${points.length} pain ${points.length === 1 ? "log" : "logs"} between ${formatDate(from)} and ${formatDate(to)}, on a 0 to 10 scale.`,
    ...PAIN_SERIES.map((s) => describeSeries(points, s, baseline?.[s] ?? null)),
  ];
  if (markers.length > 0) {
    sentences.push(`Protocol versions: ${markers.map((m) => `v${m.version} on ${formatDate(m.date)}`).join(", ")}.`);
  }
  return sentences.join(" ");
}

/** The patient's words for the series, for the sentences under the chart and its legend alike, so the two agree. */
export const PATIENT_SERIES_LABELS: Record<PainSeries, string> = {
  painAtRest: "Pain at rest",
  painDuringExercise: "Pain during exercise",
  painNextMorning: "Morning-after pain",
};

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toString();

/**
 * For the patient, per series: the average of the first logged week against the latest logged
 * week. Weeks rather than single days because one day's pain score is noisy.
 */
export function trendSentences(logs: readonly ClinicalLog[]): string[] {
  const sentences: string[] = [];
  for (const key of PAIN_SERIES) {
    const label = PATIENT_SERIES_LABELS[key];
    const byWeek = new Map<string, number[]>();
    for (const log of logs) {
      const value = log[key];
      if (value === null) continue;
      const week = isoWeekStart(log.logDate);
      byWeek.set(week, [...(byWeek.get(week) ?? []), value]);
    }
    const weeks = [...byWeek.keys()].sort();
    if (weeks.length === 0) continue;
    const mean = (week: string) => {
      const values = byWeek.get(week) ?? [];
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    const first = mean(weeks[0] as string);
    const last = mean(weeks[weeks.length - 1] as string);
    if (weeks.length === 1) {
      sentences.push(`${label}: ${oneDecimal(first)} out of 10 on average.`);
      continue;
    }
    if (Math.abs(last - first) < 0.05) {
      sentences.push(`${label}: steady at about ${oneDecimal(last)} out of 10.`);
      continue;
    }
    const direction = last < first ? "down" : "up";
    sentences.push(`${label}: ${direction} from ${oneDecimal(first)} to ${oneDecimal(last)} out of 10.`);
  }
  return sentences;
}
