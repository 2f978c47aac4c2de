import "server-only";
import { and, asc, count, desc, eq, gte, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { exerciseCompletions, painLogs } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { weeklyAdherence, type WeeklyAdherence } from "@/lib/clinical/adherence";
import { computeBaseline } from "@/lib/clinical/baseline";
import { PAIN_SERIES, type PainSeries } from "@/lib/clinical/pain-log-types";
import { rollingReference } from "@/lib/clinical/rolling-reference";
import { addDays, todayInZone } from "@/lib/dates";
import { auditPatientRead, type ReadContext } from "./audit";
import { toClinicalLog, type PainLogView } from "./clinical-log-rows";
import { assertCan } from "./guard";
import { getPatientProtocols, scopedPatient } from "./protocols";

/**
 * The therapist's review of one patient's pain logs (record page, CSV export). Staff of the
 * patient's clinic only: every query is scoped by caller.clinicId, and a patient of another
 * clinic answers 404 exactly like a missing one (scopedPatient).
 *
 * Episode: the logs since the active protocol's start date; with no active protocol, all logs.
 * Baseline and band come from the episode (lib/clinical/baseline.ts says why).
 */
export const CHART_WEEKS = 12;

export type ChartRange = "12w" | "episode";
export type LogSortKey = "date" | "rest" | "exercise" | "morning";
export type LogListQuery = { sort: { key: LogSortKey; dir: "asc" | "desc" }; page: number; pageSize: number };

export type PainLogRow = PainLogView & { id: string };
export type PatientLogPage = { rows: PainLogRow[]; total: number; page: number; pageCount: number };

export type ChartPoint = Pick<PainLogRow, "logDate" | "painAtRest" | "painDuringExercise" | "painNextMorning">;

export type PatientReview = {
  patientId: string;
  patientName: string;
  today: string;
  chart: { range: ChartRange; from: string; to: string; points: ChartPoint[] };
  episode: { start: string | null; logCount: number };
  /** Mean of the first readings per series; null overall when the episode has too few logs. */
  baseline: Record<PainSeries, number | null> | null;
  /**
   * The two references side by side, per series: the episode baseline (fixed, for outcome) and the
   * rolling reference (median of the last 14 days, for change). Both are Stride's choices.
   */
  references: { series: PainSeries; baseline: number | null; rolling: number | null; rollingReadings: number }[];
  versionMarkers: { version: number; date: string; title: string }[];
  activeProtocol: { title: string; version: number; startDate: string } | null;
  adherence: WeeklyAdherence[] | null;
};

const logColumns = {
  id: painLogs.id,
  logDate: painLogs.logDate,
  painAtRest: painLogs.painAtRest,
  painDuringExercise: painLogs.painDuringExercise,
  painNextMorning: painLogs.painNextMorning,
  aggravatingActivities: painLogs.aggravatingActivities,
  grinding: painLogs.grinding,
  redFlags: painLogs.redFlags,
  note: painLogs.note,
};

const ofPatient = (caller: Caller, patientId: string) => and(eq(painLogs.clinicId, caller.clinicId), eq(painLogs.patientId, patientId));

/** Chart, baseline, version marks and weekly adherence for one patient (suggestions: lib/dal/suggestion-reads.ts). */
export async function getPatientReview(
  caller: Caller,
  patientId: unknown,
  { range = "12w", today = todayInZone(caller.timeZone) }: { range?: ChartRange; today?: string } = {},
): Promise<PatientReview> {
  assertCan(caller, "read:pain-log:clinic");
  const db = await getDb();
  const patient = await scopedPatient(caller, db, patientId);
  const { active } = await getPatientProtocols(caller, patient.id);
  const episodeStart = active?.startDate ?? null;

  const twelveWeeksAgo = addDays(today, -(CHART_WEEKS * 7 - 1));
  // Without a protocol the episode is every log, so everything has to be read anyway.
  const loadFrom = episodeStart === null ? null : range === "episode" || episodeStart < twelveWeeksAgo ? episodeStart : twelveWeeksAgo;
  const rows = await db
    .select(logColumns)
    .from(painLogs)
    .where(and(ofPatient(caller, patient.id), lte(painLogs.logDate, today), loadFrom ? gte(painLogs.logDate, loadFrom) : undefined))
    .orderBy(asc(painLogs.logDate));

  const episodeRows = episodeStart ? rows.filter((r) => r.logDate >= episodeStart) : rows;
  const episodeLogs = episodeRows.map(toClinicalLog);
  const chartFrom = range === "episode" ? (episodeStart ?? rows[0]?.logDate ?? today) : twelveWeeksAgo;
  const points = rows
    .filter((r) => r.logDate >= chartFrom)
    .map(({ logDate, painAtRest, painDuringExercise, painNextMorning }) => ({ logDate, painAtRest, painDuringExercise, painNextMorning }));

  const baseline = computeBaseline(episodeLogs);
  // v1 is in force from the protocol's start date, which may be before the day it was typed in;
  // every later version from the day it was saved.
  const versionMarkers = (active?.history ?? [])
    .map((v) => ({ version: v.version, date: v.version === 1 && active ? active.startDate : todayInZone(caller.timeZone, v.createdAt), title: v.title }))
    .filter((m) => m.date >= chartFrom && m.date <= today)
    .sort((a, b) => a.version - b.version);

  let adherence: WeeklyAdherence[] | null = null;
  if (active) {
    // The current version's items stand for the whole range: versions so far change doses far
    // more often than exercises, and a per-version split would cut weeks in two.
    const from = active.startDate > chartFrom ? active.startDate : chartFrom;
    const completions = await db
      .select({ doneOn: exerciseCompletions.doneOn, exerciseId: exerciseCompletions.exerciseId })
      .from(exerciseCompletions)
      .where(
        and(
          eq(exerciseCompletions.clinicId, caller.clinicId),
          eq(exerciseCompletions.patientId, patient.id),
          gte(exerciseCompletions.doneOn, from),
          lte(exerciseCompletions.doneOn, today),
        ),
      );
    adherence = weeklyAdherence(active.items, completions, { from, to: today });
  }

  return {
    patientId: patient.id,
    patientName: patient.fullName,
    today,
    chart: { range, from: chartFrom, to: today, points },
    episode: { start: episodeStart, logCount: episodeLogs.length },
    baseline: baseline
      ? { painAtRest: baseline.painAtRest?.value ?? null, painDuringExercise: baseline.painDuringExercise?.value ?? null, painNextMorning: baseline.painNextMorning?.value ?? null }
      : null,
    references: PAIN_SERIES.map((series) => {
      const rolling = rollingReference(rows.map(toClinicalLog), series, addDays(today, 1));
      return { series, baseline: baseline?.[series]?.value ?? null, rolling: rolling?.value ?? null, rollingReadings: rolling?.readings.length ?? 0 };
    }),
    versionMarkers,
    activeProtocol: active ? { title: active.title, version: active.version, startDate: active.startDate } : null,
    adherence,
  };
}

const SORT_COLUMNS = {
  date: painLogs.logDate,
  rest: painLogs.painAtRest,
  exercise: painLogs.painDuringExercise,
  morning: painLogs.painNextMorning,
} as const;

/**
 * One page of a patient's logs, sorted and paged in SQL. Blank readings sort last either way;
 * ties fall back to the newest date, then the id, so paging never repeats or skips a row.
 */
export async function listPatientLogs(
  caller: Caller,
  patientId: unknown,
  query: LogListQuery,
): Promise<PatientLogPage> {
  assertCan(caller, "read:pain-log:clinic");
  const db = await getDb();
  const patient = await scopedPatient(caller, db, patientId);
  const where = ofPatient(caller, patient.id);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(painLogs).where(where);
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(Math.max(1, query.page), pageCount);
  const column = SORT_COLUMNS[query.sort.key];
  const order = query.sort.dir === "asc" ? sql`${column} asc nulls last` : sql`${column} desc nulls last`;
  const rows = await db
    .select(logColumns)
    .from(painLogs)
    .where(where)
    .orderBy(order, desc(painLogs.logDate), asc(painLogs.id))
    .limit(query.pageSize)
    .offset((page - 1) * query.pageSize);
  return { rows, total, page, pageCount };
}

/**
 * Every log of one patient, oldest first, for the CSV download. Exporting is recorded in the
 * audit log: patients can see who took a copy of their data.
 */
export async function getPainLogExport(
  caller: Caller,
  patientId: unknown,
  { ip = null }: Partial<ReadContext> = {},
): Promise<{ patientId: string; patientName: string; rows: PainLogRow[] }> {
  assertCan(caller, "read:pain-log:clinic");
  const db = await getDb();
  const patient = await scopedPatient(caller, db, patientId);
  const rows = await db.select(logColumns).from(painLogs).where(ofPatient(caller, patient.id)).orderBy(asc(painLogs.logDate));
  await auditPatientRead(caller, { patientId: patient.id, read: "logs-csv", ip, detail: { rows: rows.length, format: "csv" } }, db);
  return { patientId: patient.id, patientName: patient.fullName, rows };
}
