import "server-only";
import { and, asc, desc, eq, isNull, lt, sql } from "drizzle-orm";
import { getDb, type DbOrTx, type Tx } from "@/db/client";
import { outcomeMeasures, outcomeRequests, patients, type OutcomeRequest } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { akpsProgress, type AkpsScoreRow } from "@/lib/clinical/akps-progress";
import { proposeNextAkps, type AkpsProposal, type AkpsTimepoint } from "@/lib/clinical/akps-schedule";
import { addDays, daysBetween, todayInZone } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { UserFacingError } from "@/lib/user-facing-error";
import type { AkpsRequestInput } from "@/lib/validation/akps";
import { cappedPage, countUpTo, type CappedPage } from "./capped-page";
import { assertCan, foundOr404 } from "./guard";
import { scopedPatient } from "./protocols";
import { isUniqueViolation } from "./unique-violation";
import { uuidOr404 } from "./uuid-or-404";

/**
 * The therapist's side of AKPS questionnaires (docs/decisions/0014-outcome-requests.md): request one
 * for a patient of the caller's clinic, cancel an open one, read the record's scores, and list the
 * clinic's overdue requests. Every query names the caller's clinic in its WHERE; anything outside
 * it is a 404. "Today" is the clinic's (caller.timeZone); tests pass `now` to pin it.
 */
const FIX = "Please correct the highlighted fields. Nothing was saved.";
/** How far ahead a due date may be set: beyond a year it is a typo, not a plan. */
const MAX_DAYS_AHEAD = 366;

export type OpenAkpsRequest = Pick<OutcomeRequest, "id" | "timepoint" | "dueOn" | "requestedAt"> & { answered: number; overdue: boolean };

export type PatientOutcomes = {
  patientId: string;
  open: OpenAkpsRequest | null;
  scores: AkpsScoreRow[];
  proposal: AkpsProposal | null;
  today: string;
};

const openOf = (patientId: string, clinicId: string) =>
  and(eq(outcomeRequests.patientId, patientId), eq(outcomeRequests.clinicId, clinicId), eq(outcomeRequests.instrument, "akps"), eq(outcomeRequests.status, "open"));

/** Asks the patient to answer the AKPS by a date. One open request per patient: a second is refused, not queued. */
export async function requestAkps(caller: Caller, tx: Tx, input: AkpsRequestInput, now: Date = new Date()): Promise<OutcomeRequest> {
  assertCan(caller, "write:outcome:clinic");
  const patient = await scopedPatient(caller, tx, input.patientId);
  if (patient.archivedAt) throw new UserFacingError("This patient is archived: unarchive the record to ask for a questionnaire.");
  const today = todayInZone(caller.timeZone, now);
  if (input.dueOn < today) throw new UserFacingError(FIX, { dueOn: ["The due date cannot be in the past"] });
  if (input.dueOn > addDays(today, MAX_DAYS_AHEAD)) throw new UserFacingError(FIX, { dueOn: ["Choose a due date within the next year"] });
  const alreadyOpen = "There is already an open questionnaire for this patient. Cancel it first to ask for a new one.";
  const [open] = await tx.select({ id: outcomeRequests.id }).from(outcomeRequests).where(openOf(patient.id, caller.clinicId));
  if (open) throw new UserFacingError(alreadyOpen);
  try {
    // A savepoint, so a lost race on the one-open index rolls back alone and the message can be given.
    const [row] = await tx.transaction((inner) =>
      inner
        .insert(outcomeRequests)
        .values({ clinicId: caller.clinicId, patientId: patient.id, instrument: "akps", timepoint: input.timepoint, dueOn: input.dueOn, requestedBy: caller.userId })
        .returning(),
    );
    return foundOr404(row);
  } catch (error) {
    if (isUniqueViolation(error, "outcome_requests_one_open")) throw new UserFacingError(alreadyOpen);
    throw error;
  }
}

/** Withdraws an open request of the caller's clinic. Already answered or cancelled: a clear message, nothing changed. */
export async function cancelAkpsRequest(caller: Caller, tx: Tx, requestId: unknown, now: Date = new Date()): Promise<OutcomeRequest> {
  assertCan(caller, "write:outcome:clinic");
  const id = uuidOr404(requestId);
  const [row] = await tx
    .select()
    .from(outcomeRequests)
    .where(and(eq(outcomeRequests.id, id), eq(outcomeRequests.clinicId, caller.clinicId)))
    .for("update");
  const request = foundOr404(row);
  if (request.status === "completed") throw new UserFacingError("The patient has already answered this questionnaire, so it cannot be cancelled.");
  if (request.status === "cancelled") throw new UserFacingError("This questionnaire was already cancelled.");
  const [cancelled] = await tx
    .update(outcomeRequests)
    .set({ status: "cancelled", cancelledBy: caller.userId, cancelledAt: now })
    .where(and(eq(outcomeRequests.id, request.id), eq(outcomeRequests.clinicId, caller.clinicId)))
    .returning();
  return foundOr404(cancelled);
}

/** A patient's AKPS scores, oldest first, as the progress rows read them. */
export async function akpsScoresOf(db: DbOrTx, clinicId: string, patientId: string) {
  return db
    .select({ measuredOn: outcomeMeasures.measuredOn, score: outcomeMeasures.score, timepoint: outcomeMeasures.timepoint })
    .from(outcomeMeasures)
    .where(and(eq(outcomeMeasures.clinicId, clinicId), eq(outcomeMeasures.patientId, patientId), eq(outcomeMeasures.instrument, "akps")))
    .orderBy(asc(outcomeMeasures.measuredOn), asc(outcomeMeasures.createdAt));
}

/** What the record's Outcomes card shows: the open request, the scores with their change from baseline, and Stride's proposal. */
export async function getPatientOutcomes(caller: Caller, patientId: unknown, now: Date = new Date()): Promise<PatientOutcomes> {
  assertCan(caller, "read:outcome:clinic");
  const db = await getDb();
  const patient = await scopedPatient(caller, db, patientId);
  const today = todayInZone(caller.timeZone, now);
  const [scores, [open]] = await Promise.all([
    akpsScoresOf(db, caller.clinicId, patient.id),
    db.select().from(outcomeRequests).where(openOf(patient.id, caller.clinicId)),
  ]);
  const done = scores.map((s) => ({ timepoint: s.timepoint as AkpsTimepoint | null, measuredOn: s.measuredOn }));
  return {
    patientId: patient.id,
    open: open
      ? { id: open.id, timepoint: open.timepoint, dueOn: open.dueOn, requestedAt: open.requestedAt, answered: Object.keys(open.draftAnswers).length, overdue: open.dueOn < today }
      : null,
    scores: akpsProgress(scores),
    proposal: proposeNextAkps(done, today),
    today,
  };
}

export const OVERDUE_PAGE_SIZE = 10;

export type OverdueRequest = { id: string; patientId: string; patientName: string; timepoint: AkpsTimepoint; dueOn: string; daysLate: number };

/** Open requests past their due date in the caller's clinic (active patients only), most overdue first, one page of them, counted up to COUNT_CAP. */
export async function listOverdueRequests(caller: Caller, { page = 1, now = new Date() }: { page?: number; now?: Date } = {}): Promise<CappedPage<OverdueRequest>> {
  assertCan(caller, "read:outcome:clinic");
  const db = await getDb();
  const today = todayInZone(caller.timeZone, now);
  const where = and(
    eq(outcomeRequests.clinicId, caller.clinicId),
    eq(outcomeRequests.status, "open"),
    lt(outcomeRequests.dueOn, today),
    eq(patients.clinicId, caller.clinicId),
    isNull(patients.archivedAt),
  );
  const joinPatient = eq(patients.id, outcomeRequests.patientId);
  return cappedPage({
    page,
    pageSize: OVERDUE_PAGE_SIZE,
    countUpTo: (limit) => countUpTo(db, db.select({ one: sql`1` }).from(outcomeRequests).innerJoin(patients, joinPatient).where(where).$dynamic(), limit),
    fetchRows: async (offset, limit) => {
      const rows = await db
        .select({ id: outcomeRequests.id, patientId: patients.id, patientName: patients.fullName, timepoint: outcomeRequests.timepoint, dueOn: outcomeRequests.dueOn })
        .from(outcomeRequests)
        .innerJoin(patients, joinPatient)
        .where(where)
        .orderBy(asc(outcomeRequests.dueOn), asc(patients.fullName), desc(outcomeRequests.id))
        .limit(limit)
        .offset(offset);
      return rows.map((r) => ({ ...r, daysLate: daysBetween(r.dueOn, today) }));
    },
  });
}

/** For audit details and messages: "AKPS baseline due 12 Mar 2026". */
export function describeRequest(r: Pick<OutcomeRequest, "timepoint" | "dueOn">): string {
  return `AKPS ${r.timepoint} due ${formatDate(r.dueOn)}`;
}
