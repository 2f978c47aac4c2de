import "server-only";
import { and, asc, desc, eq, gte, isNull, lt, lte, notExists, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { clinics, flags, painLogs, patients, protocols, runs } from "@/db/schema";
import type { RaisedFlag } from "@/lib/clinical/flag-types";
import { noRecentLogRule, NO_RECENT_LOG_DAYS } from "@/lib/clinical/lapse-rule";
import { evaluateLog } from "@/lib/clinical/log-rules";
import type { DailyLog, RunEntry } from "@/lib/clinical/pain-log-types";
import { ROLLING_WINDOW_DAYS } from "@/lib/clinical/rolling-reference";
import { evaluateRun, SPIKE_WINDOW_DAYS } from "@/lib/clinical/run-rules";
import { addDays, serverTimeZone, todayInZone } from "@/lib/dates";
import { kmOrNull } from "./clinical-log-rows";
import { raiseFlags, raiseFlagsFor } from "./flags";

/**
 * Runs the flag rules when evidence arrives, inside the transaction that stores it, and stores
 * what they raise. Callers have already checked the caller's right to write for this patient;
 * every query here still filters on the clinic.
 */
type Target = { clinicId: string; patientId: string };

/** The rules for one saved daily log; returns every flag the log trips (new or already stored). */
export async function evaluateSavedLog(tx: DbOrTx, target: Target, logDate: string): Promise<RaisedFlag[]> {
  // The rolling reference reads the 14 days before; the weekly rule at most the 13 days before.
  const rows = await tx
    .select({ logDate: painLogs.logDate, painAtRest: painLogs.painAtRest, painDuringExercise: painLogs.painDuringExercise, painNextMorning: painLogs.painNextMorning, redFlags: painLogs.redFlags })
    .from(painLogs)
    .where(and(eq(painLogs.clinicId, target.clinicId), eq(painLogs.patientId, target.patientId), gte(painLogs.logDate, addDays(logDate, -ROLLING_WINDOW_DAYS)), lte(painLogs.logDate, logDate)));
  return raiseLogFlags(tx, target, rows, logDate);
}

/**
 * The same rules on logs already read (any range that covers the 14 days before `logDate` and the
 * day itself): stores what they raise and returns every flag the day's log trips.
 */
export async function raiseLogFlags(tx: DbOrTx, target: Target, logs: readonly DailyLog[], logDate: string): Promise<RaisedFlag[]> {
  const rows = logs.filter((r) => r.logDate >= addDays(logDate, -ROLLING_WINDOW_DAYS) && r.logDate <= logDate);
  const log = rows.find((r) => r.logDate === logDate);
  if (!log) return [];
  const tripped = evaluateLog(log, rows);
  await raiseFlags(tx, target, tripped);
  return tripped;
}

export const toRunEntry = (r: { id: string; runDate: string; distanceKm: string | null; durationSeconds: number | null; painDuring: number | null; painNextMorning: number | null }): RunEntry => ({
  id: r.id, runDate: r.runDate, distanceKm: kmOrNull(r.distanceKm), durationSeconds: r.durationSeconds, painDuring: r.painDuring, painNextMorning: r.painNextMorning,
});

const runColumns = { id: runs.id, runDate: runs.runDate, distanceKm: runs.distanceKm, durationSeconds: runs.durationSeconds, painDuring: runs.painDuring, painNextMorning: runs.painNextMorning };

/** The rules for one saved run: the 30 days of runs before it, and the last run before those. */
export async function evaluateSavedRun(tx: DbOrTx, target: Target, runId: string): Promise<RaisedFlag[]> {
  const ofPatient = and(eq(runs.clinicId, target.clinicId), eq(runs.patientId, target.patientId), isNull(runs.deletedAt));
  const [run] = await tx.select(runColumns).from(runs).where(and(ofPatient, eq(runs.id, runId)));
  if (!run) return [];
  const windowStart = addDays(run.runDate, -SPIKE_WINDOW_DAYS);
  const [recent, before] = await Promise.all([
    tx.select(runColumns).from(runs).where(and(ofPatient, gte(runs.runDate, windowStart), lte(runs.runDate, run.runDate))),
    tx.select(runColumns).from(runs).where(and(ofPatient, lt(runs.runDate, windowStart))).orderBy(desc(runs.runDate)).limit(1),
  ]);
  const tripped = evaluateRun(toRunEntry(run), [...recent, ...before].map(toRunEntry));
  await raiseFlags(tx, target, tripped);
  return tripped;
}

/**
 * "No log for 7 days" for one clinic's patients on an active protocol, as of today in the clinic's
 * zone. Idempotent: a lapse is keyed by its last log (or the protocol start), so running it on
 * every dashboard load, record load and `npm run jobs` raises each lapse once.
 */
export async function checkNoRecentLogs(
  db: DbOrTx,
  clinicId: string,
  { now = new Date(), patientId, timeZone }: { now?: Date; patientId?: string; timeZone?: string } = {},
): Promise<number> {
  let zone = timeZone;
  if (zone === undefined) {
    const [clinic] = await db.select({ timeZone: clinics.timeZone }).from(clinics).where(eq(clinics.id, clinicId));
    if (!clinic) return 0;
    zone = clinic.timeZone ?? serverTimeZone();
  }
  const today = todayInZone(zone, now);
  const cutoff = addDays(today, -NO_RECENT_LOG_DAYS);
  // Driven from the clinic's active protocols, each joined to its patient by primary key. The
  // LIMIT keeps the lateral subquery from being flattened into a hash join, which read every
  // patient of the clinic (a 25-45 ms sequential scan at 100k patients with 2,000 on a protocol).
  const patient = db
    .select({ id: patients.id, lastLogDate: patients.lastLogDate })
    .from(patients)
    .where(and(eq(patients.id, protocols.patientId), eq(patients.clinicId, clinicId), isNull(patients.archivedAt)))
    .limit(1)
    .as("patient");
  const lapsed = await db
    .select({ patientId: patient.id, lastLogDate: patient.lastLogDate, protocolStart: protocols.startDate })
    .from(protocols)
    .innerJoinLateral(patient, sql`true`)
    .where(
      and(
        eq(protocols.clinicId, clinicId),
        eq(protocols.status, "active"),
        patientId ? eq(protocols.patientId, patientId) : undefined,
        lte(protocols.startDate, cutoff),
        or(isNull(patient.lastLogDate), lte(patient.lastLogDate, cutoff), lt(patient.lastLogDate, protocols.startDate)),
        // Skip a lapse already flagged, so a load reads and re-sends only new lapses (a clinic of
        // thousands idle would otherwise re-insert all of them, as no-ops, on every dashboard load).
        // The key is noRecentLogRule's evidence key; if they ever differ, the unique key still
        // makes the insert a no-op: only the saving is lost, never a flag doubled.
        notExists(
          db
            .select({ one: sql`1` })
            .from(flags)
            .where(
              and(
                eq(flags.patientId, patient.id),
                eq(flags.rule, "no-recent-log"),
                eq(
                  flags.evidenceKey,
                  sql`case when ${patient.lastLogDate} >= ${protocols.startDate} then 'last-log:' || to_char(${patient.lastLogDate}, 'YYYY-MM-DD') else 'since:' || to_char(${protocols.startDate}, 'YYYY-MM-DD') end`,
                ),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(patient.id));
  // One statement for the clinic: the rows that already exist are skipped by the unique key.
  const due = lapsed.flatMap((p) => {
    // A log from before this protocol began does not count as logging on it.
    const lastLogDate = p.lastLogDate && p.lastLogDate >= p.protocolStart ? p.lastLogDate : null;
    const flag = noRecentLogRule({ lastLogDate, protocolStart: p.protocolStart, today });
    return flag ? [{ clinicId, patientId: p.patientId, flag }] : [];
  });
  return (await raiseFlagsFor(db, due)).length;
}

/** The scheduler's entry (`npm run jobs`): the lapse check for every clinic. */
export async function checkNoRecentLogsEverywhere(db: DbOrTx, now = new Date()): Promise<{ clinics: number; raised: number }> {
  const all = await db.select({ id: clinics.id }).from(clinics);
  let raised = 0;
  for (const c of all) raised += await checkNoRecentLogs(db, c.id, { now });
  return { clinics: all.length, raised };
}
