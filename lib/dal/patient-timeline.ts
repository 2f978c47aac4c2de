import "server-only";
import { and, asc, eq, gte, isNotNull, isNull, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { exerciseCompletions, outcomeMeasures, painLogs, runs, suggestions, flags, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { isoWeekStart } from "@/lib/clinical/adherence";
import { weeklyAdherenceByVersion } from "@/lib/clinical/adherence-by-version";
import { computeBaseline } from "@/lib/clinical/baseline";
import { PAIN_SERIES, type PainSeries } from "@/lib/clinical/pain-log-types";
import { describeChange, versionHistory } from "@/lib/clinical/protocol-diff";
import { rollingReference, ROLLING_WINDOW_DAYS } from "@/lib/clinical/rolling-reference";
import { addDays, todayInZone } from "@/lib/dates";
import { kmOrNull, toClinicalLog } from "./clinical-log-rows";
import { assertCan } from "./guard";
import { CHART_WEEKS, type ChartRange } from "./patient-review";
import { scopedPatient } from "./protocols";
import { loadProtocolVersions, versionsInForce, type DetailedProtocolVersions } from "./versions-in-force";

/**
 * The record page's one timeline (docs/clinical/timeline.md): pain with both references, weekly
 * running distance and adherence, AKPS scores, and the events that explain them (protocol versions,
 * approved suggestions, reviewed flags) on one date axis. Staff of the patient's clinic only; every
 * query is scoped to caller.clinicId, and another clinic's patient answers 404. Not audited on its
 * own: the record page's getPatientRecord writes the request's one audit row.
 */
export type TimelineDay = {
  date: string;
  painAtRest: number;
  painDuringExercise: number | null;
  painNextMorning: number | null;
  /** The 14-day rolling reference as of that day (that day excluded), as the rules judge it. */
  rolling: Record<PainSeries, number | null>;
};

export type TimelineWeek = {
  weekStart: string;
  runKm: number;
  runs: number;
  /** Against the versions in force that week; null ratio when nothing was due. */
  adherence: { done: number; prescribed: number; ratio: number | null; versions: number[] };
};

export type TimelineEvent =
  | { kind: "version"; date: string; version: number; title: string; summary: string; changes: string[]; runStage: number | null; by: string | null }
  | { kind: "suggestion"; date: string; summary: string; by: string | null; resultingVersion: number | null }
  | { kind: "flag"; date: string; rule: string; reason: string; reviewedOn: string; by: string | null; note: string | null };

export type PatientTimeline = {
  patientId: string;
  range: ChartRange;
  from: string;
  to: string;
  episodeStart: string | null;
  baseline: Record<PainSeries, number | null> | null;
  days: TimelineDay[];
  weeks: TimelineWeek[];
  akps: { date: string; score: number; timepoint: string | null }[];
  /** The score the meaningful-change band is drawn around: the baseline questionnaire, else the first. */
  akpsBaseline: number | null;
  /** Oldest first; on one day: versions, then suggestions, then flags. */
  events: TimelineEvent[];
};

const author = alias(users, "author");
const EVENT_ORDER = { version: 0, suggestion: 1, flag: 2 } as const;

export async function getPatientTimeline(
  caller: Caller,
  patientId: unknown,
  { range = "12w", today = todayInZone(caller.timeZone), plans: known }: { range?: ChartRange; today?: string; plans?: DetailedProtocolVersions[] } = {},
): Promise<PatientTimeline> {
  assertCan(caller, "read:pain-log:clinic");
  assertCan(caller, "read:outcome:clinic");
  const db = await getDb();
  const patient = await scopedPatient(caller, db, patientId);
  const clinicId = caller.clinicId;
  // `plans`: the patient's protocols as the record page already read them.
  const plans = known ?? (await loadProtocolVersions(caller, db, patient.id, { detail: true }));

  const active = plans.find((p) => p.status === "active") ?? null;
  const episodeStart = active?.startDate ?? null;
  const twelveWeeksAgo = addDays(today, -(CHART_WEEKS * 7 - 1));

  // Logs from 14 days before the first day shown (for its rolling reference) and from the episode
  // start (for the baseline). Without a protocol the episode is every log, so all are read.
  const earliest = episodeStart === null ? null : addDays(range === "episode" || episodeStart < twelveWeeksAgo ? episodeStart : twelveWeeksAgo, -ROLLING_WINDOW_DAYS);
  const logRows = await db
    .select({ logDate: painLogs.logDate, painAtRest: painLogs.painAtRest, painDuringExercise: painLogs.painDuringExercise, painNextMorning: painLogs.painNextMorning })
    .from(painLogs)
    .where(and(eq(painLogs.clinicId, clinicId), eq(painLogs.patientId, patient.id), lte(painLogs.logDate, today), earliest ? gte(painLogs.logDate, earliest) : undefined))
    .orderBy(asc(painLogs.logDate));
  const from = range === "episode" ? (episodeStart ?? logRows[0]?.logDate ?? today) : twelveWeeksAgo;

  const [completions, runRows, akpsRows, approved, reviewed] = await Promise.all([
    db
      .select({ doneOn: exerciseCompletions.doneOn, exerciseId: exerciseCompletions.exerciseId })
      .from(exerciseCompletions)
      .where(and(eq(exerciseCompletions.clinicId, clinicId), eq(exerciseCompletions.patientId, patient.id), gte(exerciseCompletions.doneOn, from), lte(exerciseCompletions.doneOn, today))),
    db
      .select({ runDate: runs.runDate, distanceKm: runs.distanceKm })
      .from(runs)
      .where(and(eq(runs.clinicId, clinicId), eq(runs.patientId, patient.id), isNull(runs.deletedAt), gte(runs.runDate, isoWeekStart(from)), lte(runs.runDate, today))),
    db
      .select({ date: outcomeMeasures.measuredOn, score: outcomeMeasures.score, timepoint: outcomeMeasures.timepoint })
      .from(outcomeMeasures)
      .where(and(eq(outcomeMeasures.clinicId, clinicId), eq(outcomeMeasures.patientId, patient.id), eq(outcomeMeasures.instrument, "akps"), lte(outcomeMeasures.measuredOn, today)))
      .orderBy(asc(outcomeMeasures.measuredOn), asc(outcomeMeasures.createdAt)),
    db
      .select({ decidedAt: suggestions.decidedAt, summary: suggestions.summary, by: author.name, resultingVersion: suggestions.resultingVersion })
      .from(suggestions)
      .leftJoin(author, and(eq(author.id, suggestions.decidedBy), eq(author.clinicId, clinicId)))
      .where(and(eq(suggestions.clinicId, clinicId), eq(suggestions.patientId, patient.id), eq(suggestions.status, "approved"), isNotNull(suggestions.decidedAt))),
    db
      .select({ rule: flags.rule, reason: flags.reason, evidenceDate: flags.evidenceDate, reviewedAt: flags.reviewedAt, by: author.name, note: flags.reviewNote })
      .from(flags)
      .leftJoin(author, and(eq(author.id, flags.reviewedBy), eq(author.clinicId, clinicId)))
      .where(and(eq(flags.clinicId, clinicId), eq(flags.patientId, patient.id), isNotNull(flags.reviewedAt), gte(flags.evidenceDate, from), lte(flags.evidenceDate, today))),
  ]);

  const logs = logRows.map(toClinicalLog);
  const baseline = computeBaseline(episodeStart ? logs.filter((l) => l.logDate >= episodeStart) : logs);
  const days: TimelineDay[] = logs
    .filter((l) => l.logDate >= from)
    .map((l) => ({
      date: l.logDate, painAtRest: l.painAtRest, painDuringExercise: l.painDuringExercise, painNextMorning: l.painNextMorning,
      rolling: Object.fromEntries(PAIN_SERIES.map((s) => [s, rollingReference(logs, s, l.logDate)?.value ?? null])) as Record<PainSeries, number | null>,
    }));

  // Each protocol's versions with the day they came into force and their change lists.
  const zone = caller.timeZone;
  const events: TimelineEvent[] = [];
  for (const plan of plans) {
    const history = new Map(versionHistory(plan.versions).map((h) => [h.version, h]));
    for (const v of plan.versions) {
      const h = history.get(v.version);
      if (v.from < from || v.from > today) continue;
      const changes = h?.changes.map(describeChange) ?? [];
      if (v.version === 1 && v.runStage !== null) changes.push(`walk-run programme at stage ${v.runStage}`);
      events.push({ kind: "version", date: v.from, version: v.version, title: v.title, summary: h?.summary ?? "", changes, runStage: v.runStage, by: v.by });
    }
  }
  for (const s of approved) {
    const date = todayInZone(zone, s.decidedAt as Date);
    if (date >= from && date <= today) events.push({ kind: "suggestion", date, summary: s.summary, by: s.by, resultingVersion: s.resultingVersion });
  }
  for (const f of reviewed) {
    events.push({ kind: "flag", date: f.evidenceDate, rule: f.rule, reason: f.reason, reviewedOn: todayInZone(zone, f.reviewedAt as Date), by: f.by, note: f.note });
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || EVENT_ORDER[a.kind] - EVENT_ORDER[b.kind]);

  const adherence = weeklyAdherenceByVersion(versionsInForce(plans), completions, { from, to: today });
  const kmByWeek = new Map<string, { km: number; runs: number }>();
  for (const r of runRows) {
    const week = isoWeekStart(r.runDate);
    const sum = kmByWeek.get(week) ?? { km: 0, runs: 0 };
    kmByWeek.set(week, { km: sum.km + (kmOrNull(r.distanceKm) ?? 0), runs: sum.runs + 1 });
  }
  const weeks: TimelineWeek[] = adherence.map(({ weekStart, done, prescribed, ratio, versions }) => ({
    weekStart,
    runKm: Math.round((kmByWeek.get(weekStart)?.km ?? 0) * 10) / 10,
    runs: kmByWeek.get(weekStart)?.runs ?? 0,
    adherence: { done, prescribed, ratio, versions },
  }));

  const akpsInRange = akpsRows.filter((a) => a.date >= from);
  const akpsBaseline = (akpsRows.find((a) => a.timepoint === "baseline") ?? akpsRows[0])?.score ?? null;
  return {
    patientId: patient.id,
    range,
    from,
    to: today,
    episodeStart,
    baseline: baseline ? (Object.fromEntries(PAIN_SERIES.map((s) => [s, baseline[s]?.value ?? null])) as Record<PainSeries, number | null>) : null,
    days,
    weeks,
    akps: akpsInRange,
    akpsBaseline,
    events,
  };
}
