import "server-only";
import { and, asc, desc, eq, gt, isNotNull, lte, max, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { painLogs } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { BASELINE_LOG_COUNT } from "@/lib/clinical/baseline";
import { SPIKE_WINDOW_DAYS } from "@/lib/clinical/flags";
import type { ClinicalLog } from "@/lib/clinical/pain-log-types";
import { toClinicalLog } from "./clinical-log-rows";

/**
 * The logs the flag rules can look at, for many patients in one round trip, without reading
 * whole episodes. For each candidate patient, within their episode (since the active protocol's
 * start; all logs without one) and up to `today`, the union of:
 * - the latest 2 logs (the latest-log rules; morning settling compares with the one before);
 * - the runs (longest run > 0) of the 30 days before the latest log (single-run spike);
 * - the first 3 logs, and the first 3 with exercise pain and with morning pain recorded: the
 *   baseline (lib/clinical/baseline.ts), which skips blank readings.
 * computeFlags on this subset gives exactly what it gives on the whole episode: every reading a
 * rule uses is in it, and the extra rows never change a baseline or a window. That is at most
 * 2 + 30 + 9 rows a patient (usually about 5 for a non-runner), whatever the episode's length,
 * and each part is a LIMITed walk of the (patient_id, log_date) index.
 */
const columns = {
  patientId: painLogs.patientId,
  logDate: painLogs.logDate,
  painAtRest: painLogs.painAtRest,
  painDuringExercise: painLogs.painDuringExercise,
  painNextMorning: painLogs.painNextMorning,
  runDistanceKm: painLogs.runDistanceKm,
  longestRunKm: painLogs.longestRunKm,
};

export async function loadRuleLogs(
  db: DbOrTx,
  caller: Caller,
  { candidates, today }: { candidates: readonly { id: string; protocolStart: string | null }[]; today: string },
): Promise<Map<string, ClinicalLog[]>> {
  const byPatient = new Map<string, ClinicalLog[]>();
  if (candidates.length === 0) return byPatient;
  // The ids come from the caller's clinic-scoped candidate query, and every part below filters
  // on the clinic again. Passing them as arrays (not re-running the candidate filter) keeps the
  // planner's row estimate small: an estimate in the thousands made PostgreSQL JIT-compile this
  // query, which cost ~0.9 s on its own (measured).
  // One array parameter each (drizzle would spread a JS array into a list). Both hold only
  // values read back from the database (uuids, ISO dates), so the literal needs no quoting.
  const ids = `{${candidates.map((c) => c.id).join(",")}}`;
  const starts = `{${candidates.map((c) => c.protocolStart ?? "NULL").join(",")}}`;
  const cand = db.$with("cand").as(
    db
      .select({ patientId: sql<string>`c.patient_id`.as("candidate_id"), start: sql<string | null>`c.start`.as("episode_start") })
      .from(sql`unnest(${ids}::uuid[], ${starts}::date[]) as c(patient_id, start)`),
  );
  // Qualified by hand: drizzle renders a CTE's computed fields unqualified, and inside the
  // lateral subqueries an unqualified name would resolve to pain_logs first.
  const candidateId = sql.raw(`"cand"."candidate_id"`);
  const episodeStart = sql.raw(`"cand"."episode_start"`);
  const inEpisodeOf = (logs: { patientId: AnyPgColumn; clinicId: AnyPgColumn; logDate: AnyPgColumn }) =>
    and(
      sql`${logs.patientId} = ${candidateId}`,
      eq(logs.clinicId, caller.clinicId),
      lte(logs.logDate, today),
      sql`(${episodeStart} is null or ${logs.logDate} >= ${episodeStart})`,
    );
  const inEpisode = inEpisodeOf(painLogs);
  const part = (name: string, where: SQL | undefined, newestFirst: boolean, limit: number) =>
    db
      .select(columns)
      .from(painLogs)
      .where(and(inEpisode, where))
      .orderBy(newestFirst ? desc(painLogs.logDate) : asc(painLogs.logDate))
      .limit(limit)
      .as(name);
  const latest = alias(painLogs, "latest_log");
  const latestDate = db
    .select({ day: max(latest.logDate) })
    .from(latest)
    .where(inEpisodeOf(latest));
  const parts = [
    part("latest", undefined, true, 2),
    part("runs", and(gt(painLogs.longestRunKm, "0"), sql`${painLogs.logDate} >= (${latestDate}) - ${SPIKE_WINDOW_DAYS}::integer`), true, SPIKE_WINDOW_DAYS + 1),
    part("first_any", undefined, false, BASELINE_LOG_COUNT),
    part("first_exercise", isNotNull(painLogs.painDuringExercise), false, BASELINE_LOG_COUNT),
    part("first_morning", isNotNull(painLogs.painNextMorning), false, BASELINE_LOG_COUNT),
  ];
  type Part = (typeof parts)[number];
  const fields = (sub: Part) => ({
    patientId: sub.patientId, logDate: sub.logDate, painAtRest: sub.painAtRest, painDuringExercise: sub.painDuringExercise,
    painNextMorning: sub.painNextMorning, runDistanceKm: sub.runDistanceKm, longestRunKm: sub.longestRunKm,
  });
  const [first, ...rest] = parts as [Part, ...Part[]];
  // UNION (not ALL) drops the rows two parts share, e.g. a short episode's first and latest logs.
  let union = db.select(fields(first)).from(cand).innerJoinLateral(first, sql`true`).$dynamic();
  for (const p of rest) union = union.union(db.select(fields(p)).from(cand).innerJoinLateral(p, sql`true`)).$dynamic();
  // The WITH goes on the outer query: every part of the union reads the one candidate list.
  const needed = union.as("needed");
  const rows = await db.with(cand).select().from(needed);

  for (const row of rows) {
    const list = byPatient.get(row.patientId) ?? [];
    list.push(toClinicalLog(row));
    byPatient.set(row.patientId, list);
  }
  return byPatient;
}
