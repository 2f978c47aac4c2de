import "server-only";
import { and, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { patients, protocols, suggestions, users, type Suggestion } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { addDays, todayInZone } from "@/lib/dates";
import { cappedPage, countUpTo, type CappedPage } from "./capped-page";
import { evaluateDoseSuggestions } from "./dose-evaluation";
import type { TriageScope } from "./flags";
import { assertCan, foundOr404, ownPatientId } from "./guard";
import { scopedPatient } from "./protocols";

/**
 * Reads of stored suggestions: the record's card, the dashboard's queue, and the patient's note.
 * Pending ones are shown only while their protocol is active; patients only ever see approved ones.
 */
export type SuggestionView = {
  id: string;
  kind: Suggestion["kind"];
  direction: string;
  summary: string;
  reason: string;
  evidence: Record<string, unknown>;
  /** Set when approving needs the therapist to name a load (DoseChange.loadToChoose). */
  loadToChoose: "heavier" | "lighter" | null;
  status: Suggestion["status"];
  basedOnVersion: number | null;
  createdAt: Date;
  decidedAt: Date | null;
  decidedByName: string | null;
  dismissReason: string | null;
  resultingVersion: number | null;
};

export type PatientSuggestions = { pending: SuggestionView[]; decided: SuggestionView[] };

const decider = alias(users, "decider");
const DECIDED_SHOWN = 20;

const viewColumns = {
  id: suggestions.id, kind: suggestions.kind, direction: suggestions.direction, summary: suggestions.summary, reason: suggestions.reason,
  evidence: suggestions.evidence, proposedChange: suggestions.proposedChange, status: suggestions.status, basedOnVersion: suggestions.basedOnVersion,
  createdAt: suggestions.createdAt, decidedAt: suggestions.decidedAt, decidedByName: decider.name, dismissReason: suggestions.dismissReason,
  resultingVersion: suggestions.resultingVersion,
};

function toView({ proposedChange, ...row }: { proposedChange: Record<string, unknown> } & Omit<SuggestionView, "loadToChoose">): SuggestionView {
  const load = proposedChange.loadToChoose;
  return { ...row, loadToChoose: load === "heavier" || load === "lighter" ? load : null };
}

/**
 * The record's Suggestions card. Runs the dose rule first (time passing moves its window, and no
 * log arrives to say so), then reads: pending ones of the active protocol, and the decided history.
 */
export async function getPatientSuggestions(
  caller: Caller,
  patientId: unknown,
  { now = new Date(), evaluate = true }: { now?: Date; evaluate?: boolean } = {},
): Promise<PatientSuggestions> {
  assertCan(caller, "read:protocol:clinic");
  const db = await getDb();
  const patient = await scopedPatient(caller, db, patientId);
  // evaluate: false when the caller has just run the rules (the record page, lib/dal/record-page.ts).
  if (evaluate && !patient.archivedAt) await db.transaction((tx) => evaluateDoseSuggestions(tx, { clinicId: caller.clinicId, patientId: patient.id }, now));
  const ofPatient = and(eq(suggestions.clinicId, caller.clinicId), eq(suggestions.patientId, patient.id));
  const [pending, decided] = await Promise.all([
    db.select(viewColumns).from(suggestions)
      .innerJoin(protocols, and(eq(protocols.id, suggestions.protocolId), eq(protocols.clinicId, caller.clinicId), eq(protocols.status, "active")))
      .leftJoin(decider, eq(decider.id, suggestions.decidedBy))
      .where(and(ofPatient, eq(suggestions.status, "pending")))
      .orderBy(desc(suggestions.createdAt)),
    db.select(viewColumns).from(suggestions)
      .leftJoin(decider, eq(decider.id, suggestions.decidedBy))
      .where(and(ofPatient, inArray(suggestions.status, ["approved", "dismissed"])))
      .orderBy(desc(suggestions.decidedAt))
      .limit(DECIDED_SHOWN),
  ]);
  return { pending: pending.map(toView), decided: decided.map(toView) };
}

export type QueuedSuggestion = { id: string; patientId: string; patientName: string; summary: string; direction: string; createdAt: Date };
export type SuggestionQueue = CappedPage<QueuedSuggestion>;

/** The dashboard's "Suggestions to decide": pending ones of active protocols, oldest first, paged in SQL, counted up to COUNT_CAP. */
export async function listSuggestionQueue(caller: Caller, { scope = "all", page = 1, pageSize = 8 }: { scope?: TriageScope; page?: number; pageSize?: number } = {}): Promise<SuggestionQueue> {
  assertCan(caller, "read:protocol:clinic");
  const db = await getDb();
  const where = and(
    eq(suggestions.clinicId, caller.clinicId),
    eq(suggestions.status, "pending"),
    isNull(patients.archivedAt),
    scope === "mine" ? eq(patients.primaryTherapistId, caller.userId) : undefined,
  );
  const joinPatient = and(eq(patients.id, suggestions.patientId), eq(patients.clinicId, caller.clinicId));
  const joinActiveProtocol = and(eq(protocols.id, suggestions.protocolId), eq(protocols.clinicId, caller.clinicId), eq(protocols.status, "active"));
  return cappedPage({
    page,
    pageSize,
    countUpTo: (limit) =>
      countUpTo(db, db.select({ one: sql`1` }).from(suggestions).innerJoin(patients, joinPatient).innerJoin(protocols, joinActiveProtocol).where(where).$dynamic(), limit),
    fetchRows: (offset, limit) =>
      db
        .select({ id: suggestions.id, patientId: suggestions.patientId, patientName: patients.fullName, summary: suggestions.summary, direction: suggestions.direction, createdAt: suggestions.createdAt })
        .from(suggestions)
        .innerJoin(patients, joinPatient)
        .innerJoin(protocols, joinActiveProtocol)
        .where(where)
        .orderBy(suggestions.createdAt, suggestions.id)
        .limit(limit)
        .offset(offset),
  });
}

/**
 * How long an approved change is announced on /my and /my/plan: 14 days, Stride's choice (two
 * weeks covers a patient who logs a few times a week; after that the plan itself is the news).
 */
export const PLAN_CHANGE_NOTE_DAYS = 14;

export type PlanChangeNote = { id: string; therapistName: string; decidedOn: string; summary: string };

/** The signed-in patient's own approved changes of the last 14 days, newest first. Never pending or dismissed ones. */
export async function listMyPlanChanges(caller: Caller, now: Date = new Date()): Promise<PlanChangeNote[]> {
  assertCan(caller, "read:protocol:own");
  const patientId = ownPatientId(caller);
  const db = await getDb();
  const since = addDays(todayInZone(caller.timeZone, now), -(PLAN_CHANGE_NOTE_DAYS - 1));
  const rows = await db
    .select({ id: suggestions.id, therapistName: decider.name, decidedAt: suggestions.decidedAt, summary: suggestions.summary })
    .from(suggestions)
    .innerJoin(decider, eq(decider.id, suggestions.decidedBy))
    .where(and(
      eq(suggestions.clinicId, caller.clinicId), eq(suggestions.patientId, patientId), eq(suggestions.status, "approved"),
      // Midnight UTC of the first day is a little early for zones east of UTC; the day filter below is exact.
      gte(suggestions.decidedAt, new Date(`${addDays(since, -1)}T00:00:00Z`)),
    ))
    .orderBy(desc(suggestions.decidedAt));
  return rows
    .map((r) => ({ id: r.id, therapistName: r.therapistName, summary: r.summary, decidedOn: todayInZone(caller.timeZone, foundOr404(r.decidedAt)) }))
    .filter((r) => r.decidedOn >= since);
}
