import "server-only";
import { and, asc, count, desc, eq, gte, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { exerciseCompletions, painLogs } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { weeklyAdherenceByVersion, type WeeklyAdherenceByVersion } from "@/lib/clinical/adherence-by-version";
import { computeBaseline } from "@/lib/clinical/baseline";
import { PAIN_SERIES, type PainSeries } from "@/lib/clinical/pain-log-types";
import { rollingReference, ROLLING_WINDOW_DAYS } from "@/lib/clinical/rolling-reference";
import { addDays, todayInZone } from "@/lib/dates";
import { auditPatientRead, type ReadContext } from "./audit";
import { toClinicalLog, type PainLogView } from "./clinical-log-rows";
import { assertCan } from "./guard";
import { scopedPatient } from "./protocols";
import { loadProtocolVersions, versionsInForce, type ProtocolVersions } from "./versions-in-force";

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

export type PatientReview = {
  patientId: string;
  patientName: string;
  /**
   * The two references side by side, per series: the episode baseline (fixed, for outcome) and the
   * rolling reference (median of the last 14 days, for change). Both are Stride's choices.
   */
  references: { series: PainSeries; baseline: number | null; rolling: number | null; rollingReadings: number }[];
  activeProtocol: { title: string; version: number; startDate: string } | null;
  /** Against the version in force each week (lib/clinical/adherence-by-version.ts); null with no active protocol. */
  adherence: WeeklyAdherenceByVersion[] | null;
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

/**
 * Pain references and weekly adherence for one patient (the pain chart is the timeline's:
 * lib/dal/patient-timeline.ts; suggestions: lib/dal/suggestion-reads.ts). `range` sets the weeks of
 * adherence shown, as it sets the timeline's.
 */
export async function getPatientReview(
  caller: Caller,
  patientId: unknown,
  { range = "12w", today = todayInZone(caller.timeZone), plans }: { range?: ChartRange; today?: string; plans?: readonly ProtocolVersions[] } = {},
): Promise<PatientReview> {
  assertCan(caller, "read:pain-log:clinic");
  const db = await getDb();
  const patient = await scopedPatient(caller, db, patientId);
  // `plans`: the patient's protocols as the record page already read them (loadProtocolVersions).
  const [plan = null] = plans ? plans.filter((p) => p.status === "active") : await loadProtocolVersions(caller, db, patient.id, { activeOnly: true });
  const current = plan?.versions.at(-1) ?? null;
  const episodeStart = plan?.startDate ?? null;

  // The baseline needs the episode's logs and the rolling reference the last 14 days; without a
  // protocol the episode is every log, so everything has to be read anyway.
  const rollingFrom = addDays(today, -ROLLING_WINDOW_DAYS);
  const loadFrom = episodeStart === null ? null : episodeStart < rollingFrom ? episodeStart : rollingFrom;
  const adherenceFrom = plan === null ? null : range === "episode" ? plan.startDate : maxDate(plan.startDate, addDays(today, -(CHART_WEEKS * 7 - 1)));
  const [rows, completions] = await Promise.all([
    db
      .select({ logDate: painLogs.logDate, painAtRest: painLogs.painAtRest, painDuringExercise: painLogs.painDuringExercise, painNextMorning: painLogs.painNextMorning })
      .from(painLogs)
      .where(and(ofPatient(caller, patient.id), lte(painLogs.logDate, today), loadFrom ? gte(painLogs.logDate, loadFrom) : undefined))
      .orderBy(asc(painLogs.logDate)),
    adherenceFrom === null
      ? []
      : db
          .select({ doneOn: exerciseCompletions.doneOn, exerciseId: exerciseCompletions.exerciseId })
          .from(exerciseCompletions)
          .where(and(eq(exerciseCompletions.clinicId, caller.clinicId), eq(exerciseCompletions.patientId, patient.id), gte(exerciseCompletions.doneOn, adherenceFrom), lte(exerciseCompletions.doneOn, today))),
  ]);

  const logs = rows.map(toClinicalLog);
  const baseline = computeBaseline(episodeStart ? logs.filter((l) => l.logDate >= episodeStart) : logs);
  return {
    patientId: patient.id,
    patientName: patient.fullName,
    references: PAIN_SERIES.map((series) => {
      const rolling = rollingReference(logs, series, addDays(today, 1));
      return { series, baseline: baseline?.[series]?.value ?? null, rolling: rolling?.value ?? null, rollingReadings: rolling?.readings.length ?? 0 };
    }),
    activeProtocol: plan && current ? { title: current.title, version: current.version, startDate: plan.startDate } : null,
    adherence: plan && adherenceFrom !== null ? weeklyAdherenceByVersion(versionsInForce([plan]), completions, { from: adherenceFrom, to: today }) : null,
  };
}

const maxDate = (a: string, b: string) => (a > b ? a : b);

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
