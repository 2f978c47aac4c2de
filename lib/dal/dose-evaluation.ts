import "server-only";
import { and, asc, eq, gte, inArray, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database, DbOrTx } from "@/db/client";
import { clinics, exerciseCompletions, exercises, painLogs, patients, protocolItems, protocols, protocolVersions } from "@/db/schema";
import { libraryKeyOf } from "@/lib/clinical/library-key";
import type { DoseValues } from "@/lib/clinical/dose-steps";
import { doseLogsFrom, suggestDose, type DoseSuggestion } from "@/lib/clinical/dose-suggestion";
import { serverTimeZone, todayInZone } from "@/lib/dates";
import { toClinicalLog } from "./clinical-log-rows";
import type { ClinicalLog } from "@/lib/clinical/pain-log-types";
import { recordSuggestions, type Judged, type ProposedSuggestion } from "./suggestion-store";

/**
 * Runs the per-exercise next-dose rule (lib/clinical/dose-suggestion.ts) for one patient's active
 * protocol and stores what it proposes through recordSuggestion (kind "dose", subject = the
 * protocol item's exercise id). Called inside the transactions that bring new evidence (a pain log,
 * an exercise tick, a protocol save, an approved suggestion), as the record loads, and by
 * `npm run jobs` (time passing alone moves the 14-day window). Callers have checked the caller's
 * right to act for this patient; every query here still filters on the clinic.
 *
 * The protocol row is locked FOR UPDATE first, so evaluations of one protocol, protocol saves and
 * approvals queue up instead of racing for the one-pending-per-subject index (and always in the
 * same order: protocol, then suggestions).
 */
export type DoseEvaluationTarget = { clinicId: string; patientId: string };

type VersionItem = DoseValues & { exerciseId: string; libraryKey: string | null };

const source = alias(exercises, "source_exercise");

/** The fields whose change makes a new dose (side and note do not). */
function doseKey(d: DoseValues): string {
  return [d.sets, d.reps ?? "", d.holdSeconds ?? "", d.frequencyPerWeek, d.eachSide ? 1 : 0, d.load?.trim() ?? ""].join("/");
}

/**
 * The first day of the run of consecutive versions, ending at the current one, in which this
 * exercise's dose did not change. Version 1 applies from the protocol's start date; a later version
 * from the day it was saved in the clinic's time zone (as the record's version marks do).
 */
export function doseSince(versions: readonly { startsOn: string; items: readonly VersionItem[] }[], exerciseId: string): string | null {
  const current = versions.at(-1)?.items.find((i) => i.exerciseId === exerciseId);
  if (!current) return null;
  let since = versions.at(-1)?.startsOn ?? null;
  for (let i = versions.length - 2; i >= 0; i -= 1) {
    const earlier = versions[i]?.items.find((it) => it.exerciseId === exerciseId);
    if (!earlier || doseKey(earlier) !== doseKey(current)) break;
    since = versions[i]?.startsOn ?? since;
  }
  return since;
}

function toProposal(s: DoseSuggestion, dose: DoseValues, basedOnVersion: number): ProposedSuggestion | null {
  if (s.outcome === "hold" || !s.change) return null;
  return {
    rule: s.rule,
    direction: s.outcome,
    evidence: s.evidence as unknown as Record<string, unknown>,
    // The dose is part of the key: a same-day edit of the dose is new evidence, not the old row.
    evidenceKey: `${s.evidenceKey}#${doseKey(dose)}`,
    proposedChange: s.change as unknown as Record<string, unknown>,
    summary: s.change.summary,
    reason: s.reason,
    basedOnVersion,
  };
}

/**
 * The patient's active protocol as the rules judge it, locked FOR UPDATE, in ONE statement: every
 * version with its items (and each item's library key), the current version's walk-run fields,
 * and the clinic's time zone and contact (for the patient's advice). The patient must belong to the protocol's clinic. Null when there is
 * no active protocol.
 */
export async function loadJudgedPlan(tx: DbOrTx, target: DoseEvaluationTarget) {
  const rows = await tx
    .select({
      id: protocols.id, startDate: protocols.startDate, currentVersion: protocols.currentVersion, timeZone: clinics.timeZone, clinicName: clinics.name, clinicPhone: clinics.phone,
      version: protocolVersions.version, createdAt: protocolVersions.createdAt,
      runStage: protocolVersions.runStage, runStageSince: protocolVersions.runStageSince, runPainLimit: protocolVersions.runPainLimit,
      exerciseId: protocolItems.exerciseId, sets: protocolItems.sets, reps: protocolItems.reps, holdSeconds: protocolItems.holdSeconds,
      frequencyPerWeek: protocolItems.frequencyPerWeek, eachSide: protocolItems.eachSide, load: protocolItems.load,
      key: exercises.key, ownClinic: exercises.clinicId, sourceKey: source.key, sourceClinic: source.clinicId,
    })
    .from(protocols)
    .innerJoin(patients, and(eq(patients.id, protocols.patientId), eq(patients.clinicId, protocols.clinicId)))
    .innerJoin(clinics, eq(clinics.id, protocols.clinicId))
    .innerJoin(protocolVersions, and(eq(protocolVersions.protocolId, protocols.id), lte(protocolVersions.version, protocols.currentVersion)))
    .leftJoin(protocolItems, eq(protocolItems.versionId, protocolVersions.id))
    .leftJoin(exercises, eq(exercises.id, protocolItems.exerciseId))
    .leftJoin(source, eq(source.id, exercises.sourceExerciseId))
    .where(and(eq(protocols.clinicId, target.clinicId), eq(protocols.patientId, target.patientId), eq(protocols.status, "active")))
    .orderBy(asc(protocolVersions.version), asc(protocolItems.position))
    .for("update", { of: protocols });
  const [first] = rows;
  if (!first) return null;
  const zone = first.timeZone ?? serverTimeZone();
  const versions: { version: number; startsOn: string; items: VersionItem[] }[] = [];
  for (const row of rows) {
    let version = versions.at(-1);
    if (version?.version !== row.version) {
      const saved = row.version === 1 ? first.startDate : todayInZone(zone, row.createdAt);
      version = { version: row.version, startsOn: saved < first.startDate ? first.startDate : saved, items: [] };
      versions.push(version);
    }
    if (row.exerciseId === null || row.sets === null || row.frequencyPerWeek === null || row.eachSide === null) continue;
    version.items.push({
      exerciseId: row.exerciseId, sets: row.sets, reps: row.reps, holdSeconds: row.holdSeconds, frequencyPerWeek: row.frequencyPerWeek, eachSide: row.eachSide, load: row.load,
      // A built-in has its own library key; a clinic copy of a built-in uses its source's.
      libraryKey: row.key === null ? null : libraryKeyOf({ key: row.key, ownClinic: row.ownClinic, sourceKey: row.sourceKey, sourceClinic: row.sourceClinic }),
    });
  }
  const current = rows.at(-1) ?? first;
  return {
    clinicId: target.clinicId, patientId: target.patientId, protocolId: first.id, startDate: first.startDate, currentVersion: first.currentVersion, timeZone: zone,
    clinic: { name: first.clinicName, phone: first.clinicPhone },
    versions,
    currentItems: versions.at(-1)?.items ?? [],
    run: current.runStage !== null && current.runStageSince !== null ? { stage: current.runStage, since: current.runStageSince, painLimit: current.runPainLimit } : null,
  };
}

export type JudgedPlan = NonNullable<Awaited<ReturnType<typeof loadJudgedPlan>>>;

/** The exercises the dose rule judges: the current version's, each once. */
export const doseSubjects = (plan: JudgedPlan): string[] => [...new Set(plan.currentItems.map((i) => i.exerciseId))];

/** The dose rule for every exercise of the plan, from logs and ticks already read (doseLogsFrom(today) to today). */
export function judgeDoses(plan: JudgedPlan, { logs, ticks, today }: { logs: readonly ClinicalLog[]; ticks: readonly { doneOn: string; exerciseId: string }[]; today: string }): Judged[] {
  return doseSubjects(plan).map((exerciseId) => {
    // The same exercise twice in a plan (rare): its first occurrence is the one judged.
    const item = plan.currentItems.find((i) => i.exerciseId === exerciseId) as VersionItem;
    const since = doseSince(plan.versions, exerciseId) as string;
    let proposal: ProposedSuggestion | null = null;
    if (item.libraryKey) {
      const result = suggestDose({
        exerciseKey: item.libraryKey,
        current: { sets: item.sets, reps: item.reps, holdSeconds: item.holdSeconds, frequencyPerWeek: item.frequencyPerWeek, eachSide: item.eachSide, load: item.load, since },
        sessions: ticks.filter((t) => t.exerciseId === exerciseId).map((t) => t.doneOn),
        logs,
        today,
      });
      proposal = toProposal(result, item, plan.currentVersion);
    }
    return { kind: "dose" as const, subject: exerciseId, proposal };
  });
}

/** Stores the dose verdicts; an exercise taken out of the plan takes its pending suggestion with it. Returns how many are pending after. */
export async function storeDoseJudgement(tx: DbOrTx, plan: JudgedPlan, judged: readonly Judged[]): Promise<number> {
  const ids = await recordSuggestions(tx, plan, judged, { withdrawOtherSubjectsOf: "dose" });
  return [...ids.values()].filter((id) => id !== null).length;
}

/** Evaluates every exercise of the patient's active protocol; returns how many dose suggestions are pending after. */
export async function evaluateDoseSuggestions(tx: DbOrTx, target: DoseEvaluationTarget, now: Date = new Date()): Promise<number> {
  const plan = await loadJudgedPlan(tx, target);
  if (!plan) return 0;
  const today = todayInZone(plan.timeZone, now);
  const subjects = doseSubjects(plan);
  const from = doseLogsFrom(today);
  const [logs, ticks] = await Promise.all([
    tx.select({ logDate: painLogs.logDate, painAtRest: painLogs.painAtRest, painDuringExercise: painLogs.painDuringExercise, painNextMorning: painLogs.painNextMorning })
      .from(painLogs)
      .where(and(eq(painLogs.clinicId, target.clinicId), eq(painLogs.patientId, target.patientId), gte(painLogs.logDate, from), lte(painLogs.logDate, today))),
    subjects.length === 0
      ? Promise.resolve([])
      : tx.select({ doneOn: exerciseCompletions.doneOn, exerciseId: exerciseCompletions.exerciseId })
          .from(exerciseCompletions)
          .where(and(
            eq(exerciseCompletions.clinicId, target.clinicId), eq(exerciseCompletions.patientId, target.patientId),
            inArray(exerciseCompletions.exerciseId, subjects), gte(exerciseCompletions.doneOn, from), lte(exerciseCompletions.doneOn, today),
          )),
  ]);
  return storeDoseJudgement(tx, plan, judgeDoses(plan, { logs: logs.map(toClinicalLog), ticks, today }));
}

/** The scheduler's entry (`npm run jobs`): every active protocol of every clinic, one transaction each. */
export async function evaluateDoseSuggestionsEverywhere(db: Database, now = new Date()): Promise<{ protocols: number; pending: number }> {
  const active = await db
    .select({ clinicId: protocols.clinicId, patientId: protocols.patientId })
    .from(protocols)
    .where(eq(protocols.status, "active"));
  let pending = 0;
  for (const target of active) {
    pending += await db.transaction((tx) => evaluateDoseSuggestions(tx, target, now));
  }
  return { protocols: active.length, pending };
}
