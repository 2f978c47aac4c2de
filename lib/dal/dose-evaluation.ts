import "server-only";
import { and, asc, eq, gte, inArray, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database, DbOrTx } from "@/db/client";
import { clinics, exerciseCompletions, exercises, painLogs, protocolItems, protocols, protocolVersions, suggestions } from "@/db/schema";
import { libraryKeyOf } from "@/lib/clinical/library-key";
import type { DoseValues } from "@/lib/clinical/dose-steps";
import { doseLogsFrom, suggestDose, type DoseSuggestion } from "@/lib/clinical/dose-suggestion";
import { serverTimeZone, todayInZone } from "@/lib/dates";
import { toClinicalLog } from "./clinical-log-rows";
import { recordSuggestion, type ProposedSuggestion } from "./suggestion-store";

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

/** Evaluates every exercise of the patient's active protocol; returns how many dose suggestions are pending after. */
export async function evaluateDoseSuggestions(tx: DbOrTx, target: DoseEvaluationTarget, now: Date = new Date()): Promise<number> {
  const [protocol] = await tx
    .select({ id: protocols.id, startDate: protocols.startDate, currentVersion: protocols.currentVersion, timeZone: clinics.timeZone })
    .from(protocols)
    .innerJoin(clinics, eq(clinics.id, protocols.clinicId))
    .where(and(eq(protocols.clinicId, target.clinicId), eq(protocols.patientId, target.patientId), eq(protocols.status, "active")))
    .for("update", { of: protocols });
  if (!protocol) return 0;
  const today = todayInZone(protocol.timeZone ?? serverTimeZone(), now);

  const versionRows = await tx
    .select({ id: protocolVersions.id, version: protocolVersions.version, createdAt: protocolVersions.createdAt })
    .from(protocolVersions)
    .where(eq(protocolVersions.protocolId, protocol.id))
    .orderBy(asc(protocolVersions.version));
  const itemRows = await tx
    .select({
      versionId: protocolItems.versionId, exerciseId: protocolItems.exerciseId, sets: protocolItems.sets, reps: protocolItems.reps,
      holdSeconds: protocolItems.holdSeconds, frequencyPerWeek: protocolItems.frequencyPerWeek, eachSide: protocolItems.eachSide, load: protocolItems.load,
      key: exercises.key, ownClinic: exercises.clinicId, sourceKey: source.key, sourceClinic: source.clinicId,
    })
    .from(protocolItems)
    .innerJoin(exercises, eq(exercises.id, protocolItems.exerciseId))
    .leftJoin(source, eq(source.id, exercises.sourceExerciseId))
    .where(inArray(protocolItems.versionId, versionRows.map((v) => v.id)))
    .orderBy(asc(protocolItems.position));
  const versions = versionRows
    .filter((v) => v.version <= protocol.currentVersion)
    .map((v) => {
      const saved = v.version === 1 ? protocol.startDate : todayInZone(protocol.timeZone ?? serverTimeZone(), v.createdAt);
      return {
        startsOn: saved < protocol.startDate ? protocol.startDate : saved,
        items: itemRows.filter((i) => i.versionId === v.id).map((i): VersionItem => ({
          exerciseId: i.exerciseId, sets: i.sets, reps: i.reps, holdSeconds: i.holdSeconds, frequencyPerWeek: i.frequencyPerWeek, eachSide: i.eachSide, load: i.load,
          // A built-in has its own library key; a clinic copy of a built-in uses its source's.
          libraryKey: libraryKeyOf(i),
        })),
      };
    });
  const currentItems = versions.at(-1)?.items ?? [];
  const subjects = [...new Set(currentItems.map((i) => i.exerciseId))];

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
  const clinicalLogs = logs.map(toClinicalLog);
  const base = { clinicId: target.clinicId, patientId: target.patientId, protocolId: protocol.id, kind: "dose" as const };

  let pending = 0;
  for (const exerciseId of subjects) {
    // The same exercise twice in a plan (rare): its first occurrence is the one judged.
    const item = currentItems.find((i) => i.exerciseId === exerciseId) as VersionItem;
    const since = doseSince(versions, exerciseId) as string;
    let proposal: ProposedSuggestion | null = null;
    if (item.libraryKey) {
      const result = suggestDose({
        exerciseKey: item.libraryKey,
        current: { sets: item.sets, reps: item.reps, holdSeconds: item.holdSeconds, frequencyPerWeek: item.frequencyPerWeek, eachSide: item.eachSide, load: item.load, since },
        sessions: ticks.filter((t) => t.exerciseId === exerciseId).map((t) => t.doneOn),
        logs: clinicalLogs,
        today,
      });
      proposal = toProposal(result, item, protocol.currentVersion);
    }
    if (await recordSuggestion(tx, { ...base, subject: exerciseId }, proposal)) pending += 1;
  }

  // An exercise taken out of the plan takes its pending suggestion with it.
  const stale = await tx
    .selectDistinct({ subject: suggestions.subject })
    .from(suggestions)
    .where(and(eq(suggestions.clinicId, target.clinicId), eq(suggestions.protocolId, protocol.id), eq(suggestions.kind, "dose"), eq(suggestions.status, "pending")));
  for (const { subject } of stale) {
    if (!subjects.includes(subject)) await recordSuggestion(tx, { ...base, subject }, null);
  }
  return pending;
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
