import { formatPain } from "@/lib/clinical/baseline";
import { DEFAULT_MEANINGFUL_CHANGE, PAIN_SERIES, PAIN_SERIES_LABELS, type PainSeries } from "@/lib/clinical/pain-log-types";
import type { ChartPoint } from "@/lib/dal/patient-review";
import { formatDate } from "@/lib/format";

/**
 * The chart in words, for screen readers and anyone who prefers text: one sentence per series
 * with the first and latest reading and where the latest sits against the baseline band.
 */
export function describeSeries(points: readonly ChartPoint[], series: PainSeries, baseline: number | null): string {
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

export function describeChart(
  points: readonly ChartPoint[],
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
