import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { getDb, type DbOrTx, type Tx } from "@/db/client";
import { outcomeMeasures, outcomeRequests, patients, type OutcomeRequest } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { scoreAkps } from "@/lib/clinical/akps";
import { akpsProgress, type AkpsScoreRow } from "@/lib/clinical/akps-progress";
import { todayInZone } from "@/lib/dates";
import { UserFacingError } from "@/lib/user-facing-error";
import { akpsItemErrors, type LooseAnswers } from "@/lib/validation/akps";
import { assertCan, foundOr404, ownPatientId } from "./guard";
import { akpsScoresOf } from "./outcome-requests";
import { uuidOr404 } from "./uuid-or-404";

/**
 * The patient's side of AKPS questionnaires: their own open requests, a draft saved as they go,
 * the submit that scores it, and their score history. The patient is the session's patient id,
 * inside the caller's clinic, in every WHERE: another patient's request is a 404 like a missing one.
 */
export type MyAkpsRequest = Pick<OutcomeRequest, "id" | "timepoint" | "dueOn" | "status" | "draftAnswers">;

export type AkpsSubmitted = { requestId: string; measureId: string; score: number; measuredOn: string; patientId: string };

const ALREADY_SENT = "You have already sent this questionnaire. Your therapist can see your score.";
const WITHDRAWN = "Your therapist has withdrawn this questionnaire, so there is nothing to send.";

const mine = (caller: Caller, patientId: string, id: string) =>
  and(eq(outcomeRequests.id, id), eq(outcomeRequests.patientId, patientId), eq(outcomeRequests.clinicId, caller.clinicId));

/** The caller's own patient row, re-read inside the clinic, so a stale session cannot reach elsewhere. */
async function ownPatient(caller: Caller, db: DbOrTx): Promise<string> {
  const patientId = ownPatientId(caller);
  const [row] = await db.select({ id: patients.id }).from(patients).where(and(eq(patients.id, patientId), eq(patients.clinicId, caller.clinicId)));
  return foundOr404(row).id;
}

/** The patient's open questionnaires, soonest due first (the /my due card). */
export async function listMyOpenRequests(caller: Caller): Promise<MyAkpsRequest[]> {
  assertCan(caller, "read:outcome:own");
  const patientId = ownPatientId(caller);
  const db = await getDb();
  return db
    .select({ id: outcomeRequests.id, timepoint: outcomeRequests.timepoint, dueOn: outcomeRequests.dueOn, status: outcomeRequests.status, draftAnswers: outcomeRequests.draftAnswers })
    .from(outcomeRequests)
    .where(and(eq(outcomeRequests.patientId, patientId), eq(outcomeRequests.clinicId, caller.clinicId), eq(outcomeRequests.status, "open")))
    .orderBy(asc(outcomeRequests.dueOn));
}

/** The /my card: open questionnaires (with how far the draft got) and whether there is a score history to link to. */
export async function myOutcomesAtAGlance(caller: Caller): Promise<{ due: { id: string; dueOn: string; answered: number }[]; hasScores: boolean }> {
  const open = await listMyOpenRequests(caller);
  const db = await getDb();
  const [scored] = await db
    .select({ n: count() })
    .from(outcomeMeasures)
    .where(and(eq(outcomeMeasures.patientId, ownPatientId(caller)), eq(outcomeMeasures.clinicId, caller.clinicId)));
  return { due: open.map((r) => ({ id: r.id, dueOn: r.dueOn, answered: Object.keys(r.draftAnswers).length })), hasScores: (scored?.n ?? 0) > 0 };
}

/** One of the patient's own requests, in any status (the form says when it is already answered). */
export async function getMyRequest(caller: Caller, requestId: unknown): Promise<MyAkpsRequest> {
  assertCan(caller, "read:outcome:own");
  const patientId = ownPatientId(caller);
  const id = uuidOr404(requestId);
  const db = await getDb();
  const [row] = await db
    .select({ id: outcomeRequests.id, timepoint: outcomeRequests.timepoint, dueOn: outcomeRequests.dueOn, status: outcomeRequests.status, draftAnswers: outcomeRequests.draftAnswers })
    .from(outcomeRequests)
    .where(mine(caller, patientId, id));
  return foundOr404(row);
}

/** The caller's own request locked for the write, refused unless still open. */
async function lockOpenRequest(caller: Caller, tx: Tx, requestId: unknown): Promise<OutcomeRequest & { patientId: string }> {
  assertCan(caller, "write:outcome:own");
  const patientId = await ownPatient(caller, tx);
  const [row] = await tx.select().from(outcomeRequests).where(mine(caller, patientId, uuidOr404(requestId))).for("update");
  const request = foundOr404(row);
  if (request.status === "completed") throw new UserFacingError(ALREADY_SENT);
  if (request.status === "cancelled") throw new UserFacingError(WITHDRAWN);
  return request;
}

/**
 * Keeps the answers given so far, to finish later. Answers given replace the saved ones item by
 * item; an item left blank keeps its saved answer. An answer that is not one of the item's options
 * is refused on that item, and nothing is saved.
 */
export async function saveMyDraft(caller: Caller, tx: Tx, requestId: unknown, answers: LooseAnswers): Promise<{ requestId: string; answered: number; patientId: string }> {
  const request = await lockOpenRequest(caller, tx, requestId);
  const errors = akpsItemErrors(answers, { complete: false });
  if (Object.keys(errors).length > 0) throw new UserFacingError("Some answers are not one of the choices. Nothing was saved.", errors);
  const draft = { ...request.draftAnswers, ...(answers as Record<string, number>) };
  await tx.update(outcomeRequests).set({ draftAnswers: draft }).where(and(eq(outcomeRequests.id, request.id), eq(outcomeRequests.clinicId, caller.clinicId)));
  return { requestId: request.id, answered: Object.keys(draft).length, patientId: request.patientId };
}

/**
 * Scores the answers with the AKPS's own scoring, stores the score on the clinic's day, and closes
 * the request, in the caller's one transaction. Every item must be answered: a missing or
 * unknown answer is refused on its item and nothing is stored (the saved draft stays as it was).
 * A request answered once cannot be answered again.
 */
export async function submitMyAnswers(caller: Caller, tx: Tx, requestId: unknown, answers: LooseAnswers, now: Date = new Date()): Promise<AkpsSubmitted> {
  const request = await lockOpenRequest(caller, tx, requestId);
  const errors = akpsItemErrors(answers, { complete: true });
  if (Object.keys(errors).length > 0) {
    const n = Object.keys(errors).length;
    throw new UserFacingError(`${n === 1 ? "One question needs" : `${n} questions need`} an answer before you can send. Nothing was sent yet.`, errors);
  }
  const score = scoreAkps(answers);
  const measuredOn = todayInZone(caller.timeZone, now);
  const chosen = answers as Record<string, number>;
  const [measure] = await tx
    .insert(outcomeMeasures)
    .values({ clinicId: caller.clinicId, patientId: request.patientId, instrument: "akps", answers: chosen, score, measuredOn, requestId: request.id, timepoint: request.timepoint, recordedBy: caller.userId })
    .returning({ id: outcomeMeasures.id });
  await tx
    .update(outcomeRequests)
    .set({ status: "completed", completedAt: now, draftAnswers: chosen })
    .where(and(eq(outcomeRequests.id, request.id), eq(outcomeRequests.clinicId, caller.clinicId)));
  return { requestId: request.id, measureId: foundOr404(measure).id, score, measuredOn, patientId: request.patientId };
}

/** The patient's own AKPS scores with the change from their first (baseline) score. */
export async function listMyScores(caller: Caller): Promise<AkpsScoreRow[]> {
  assertCan(caller, "read:outcome:own");
  const db = await getDb();
  const patientId = await ownPatient(caller, db);
  return akpsProgress(await akpsScoresOf(db, caller.clinicId, patientId));
}
