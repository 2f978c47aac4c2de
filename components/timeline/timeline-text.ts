import { AKPS_MCID } from "@/lib/clinical/akps";
import { formatPain } from "@/lib/clinical/baseline";
import { FLAG_CATALOG, isFlagRule } from "@/lib/clinical/flag-catalog";
import { PAIN_SERIES, type PainSeries } from "@/lib/clinical/pain-log-types";
import type { PatientTimeline, TimelineDay, TimelineEvent, TimelineWeek } from "@/lib/dal/patient-timeline";
import { formatDate } from "@/lib/format";
import { describeSeries } from "@/components/charts/pain-chart-text";

/**
 * The timeline in words (its text alternative) and as table rows. Pure, so the sentences are
 * tested on their own and the chart, the summary and the table always tell the same story.
 */

export const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function flagLabel(rule: string): string {
  return isFlagRule(rule) ? FLAG_CATALOG[rule].label : rule;
}

/** One event in a line: what it was, who, and the change or the note. */
export function describeEvent(e: TimelineEvent): string {
  switch (e.kind) {
    case "version": {
      const what = e.version === 1 ? e.summary : e.changes.join("; ") || e.summary;
      return `Protocol v${e.version}${e.by ? ` by ${e.by}` : ""}: ${what}`;
    }
    case "suggestion":
      return `Approved suggestion${e.by ? ` (${e.by})` : ""}: ${e.summary}${e.resultingVersion ? `, became v${e.resultingVersion}` : ""}`;
    case "flag":
      return `Reviewed flag, ${flagLabel(e.rule)}: ${e.reason} Reviewed ${formatDate(e.reviewedOn)}${e.by ? ` by ${e.by}` : ""}${e.note ? `: ${e.note}` : ""}`;
  }
}

function painSentences(days: readonly TimelineDay[], baseline: PatientTimeline["baseline"]): string[] {
  if (days.length === 0) return ["No pain logs in this period."];
  const points = days.map((d) => ({ logDate: d.date, painAtRest: d.painAtRest, painDuringExercise: d.painDuringExercise, painNextMorning: d.painNextMorning }));
  const sentences = [`${plural(days.length, "pain log")} on a 0 to 10 scale.`, ...PAIN_SERIES.map((s) => describeSeries(points, s, baseline?.[s] ?? null))];
  const latest = days.at(-1) as TimelineDay;
  const refs = PAIN_SERIES.filter((s): s is PainSeries => latest.rolling[s] !== null);
  if (refs.includes("painDuringExercise")) {
    sentences.push(`On ${formatDate(latest.date)} the 14-day reference for exercise pain was ${formatPain(latest.rolling.painDuringExercise as number)}/10.`);
  }
  return sentences;
}

function runningSentence(weeks: readonly TimelineWeek[]): string {
  const runs = weeks.reduce((n, w) => n + w.runs, 0);
  if (runs === 0) return "No runs logged.";
  const km = Math.round(weeks.reduce((n, w) => n + w.runKm, 0) * 10) / 10;
  const busiest = weeks.reduce((a, b) => (b.runKm > a.runKm ? b : a));
  return `Running: ${km} km over ${plural(runs, "run")}; the most in one week was ${busiest.runKm} km (week of ${formatDate(busiest.weekStart)}).`;
}

function adherenceSentence(weeks: readonly TimelineWeek[]): string {
  const due = weeks.filter((w) => w.adherence.ratio !== null);
  if (due.length === 0) return "No exercise sessions were prescribed in this period.";
  const first = due[0] as TimelineWeek;
  const last = due.at(-1) as TimelineWeek;
  const done = due.reduce((n, w) => n + w.adherence.done, 0);
  const prescribed = due.reduce((n, w) => n + w.adherence.prescribed, 0);
  const range = due.length === 1 ? `${percent(first.adherence.ratio as number)} in the week of ${formatDate(first.weekStart)}` : `${percent(first.adherence.ratio as number)} in the first week, ${percent(last.adherence.ratio as number)} in the latest`;
  return `Exercise adherence against the plan in force each week: ${range}; ${done} of ${prescribed} sessions overall.`;
}

function akpsSentence(akps: PatientTimeline["akps"], baseline: number | null): string {
  if (akps.length === 0) return "No AKPS scores in this period.";
  const list = akps.map((a) => `${a.score} on ${formatDate(a.date)}`).join(", ");
  const latest = akps.at(-1) as PatientTimeline["akps"][number];
  if (baseline === null || akps.length < 2) return `AKPS (0 to 100, higher is better): ${list}.`;
  const change = latest.score - baseline;
  const meaning = Math.abs(change) >= AKPS_MCID ? `a meaningful ${change > 0 ? "improvement" : "worsening"} (${AKPS_MCID} points or more)` : `within the ${AKPS_MCID}-point meaningful change`;
  return `AKPS (0 to 100, higher is better): ${list}; latest ${change >= 0 ? "+" : ""}${change} on the baseline of ${baseline}, ${meaning}.`;
}

function eventsSentence(events: readonly TimelineEvent[]): string {
  if (events.length === 0) return "No protocol changes, approved suggestions or reviewed flags in this period.";
  const count = (kind: TimelineEvent["kind"]) => events.filter((e) => e.kind === kind);
  const versions = count("version").map((e) => (e.kind === "version" ? `v${e.version} on ${formatDate(e.date)}` : ""));
  const parts = [
    versions.length > 0 ? `protocol ${versions.length === 1 ? "version" : "versions"} ${versions.join(", ")}` : null,
    count("suggestion").length > 0 ? plural(count("suggestion").length, "approved suggestion") : null,
    count("flag").length > 0 ? plural(count("flag").length, "reviewed flag") : null,
  ].filter((p): p is string => p !== null);
  return `Events: ${parts.join("; ")}.`;
}

/** The whole timeline in a few sentences, for the caption a screen reader reads. */
export function describeTimeline(tl: PatientTimeline): string {
  return [
    `From ${formatDate(tl.from)} to ${formatDate(tl.to)}.`,
    ...painSentences(tl.days, tl.baseline),
    runningSentence(tl.weeks),
    adherenceSentence(tl.weeks),
    akpsSentence(tl.akps, tl.akpsBaseline),
    eventsSentence(tl.events),
  ].join(" ");
}

export type TimelineRow = { date: string; day: TimelineDay | null; akps: number | null; events: string[] };

/** One row per date that has a reading or an event, oldest first. */
export function timelineRows(tl: PatientTimeline): TimelineRow[] {
  const rows = new Map<string, TimelineRow>();
  const row = (date: string) => {
    const r = rows.get(date) ?? { date, day: null, akps: null, events: [] };
    rows.set(date, r);
    return r;
  };
  for (const d of tl.days) row(d.date).day = d;
  for (const a of tl.akps) row(a.date).akps = a.score;
  for (const e of tl.events) row(e.date).events.push(describeEvent(e));
  return [...rows.values()].sort((a, b) => a.date.localeCompare(b.date));
}
