import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { createProtocol, insertProtocolVersion, versionRunFields, type ProtocolItemInput } from "./protocol-rows";
import { evaluateRunStage } from "./run-stage-evaluation";
import { nextRunFields } from "./run-stage-fields";
import { protocols } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { UserFacingError } from "@/lib/user-facing-error";
import { todayInZone } from "@/lib/dates";
import { startDateProblem, type ProtocolInput } from "@/lib/validation/protocol";
import { evaluateDoseSuggestions } from "./dose-evaluation";
import { assertUsableExercises } from "./exercises";
import { assertCan, foundOr404 } from "./guard";
import { scopedPatient } from "./protocols";
import { isUniqueViolation } from "./unique-violation";
import { uuidOr404 } from "./uuid-or-404";

export type SavedProtocol = { protocolId: string; patientId: string; version: number; started: boolean };

const ONE_ACTIVE_INDEX = "protocols_one_active_per_patient";

function toItems(input: ProtocolInput): ProtocolItemInput[] {
  return input.items.map((i) => ({
    exerciseId: i.exerciseId, sets: i.sets, reps: i.reps, holdSeconds: i.holdSeconds, frequencyPerWeek: i.frequencyPerWeek,
    eachSide: i.eachSide, side: i.side, load: i.load, note: i.note,
  }));
}

/**
 * Checks shared by both write paths: permission, the patient in the caller's clinic, the start
 * date, usable exercises.
 */
async function checkWrite(caller: Caller, tx: DbOrTx, input: ProtocolInput) {
  assertCan(caller, "write:protocol:clinic");
  const patient = await scopedPatient(caller, tx, input.patientId);
  if (patient.archivedAt) throw new UserFacingError("This patient is archived. Unarchive the record before changing their protocol; nothing was saved.");
  // The form's check allowed any zone's today; this is the strict one, in the clinic's zone.
  const startProblem = startDateProblem(input.startDate, todayInZone(caller.timeZone));
  if (startProblem) throw new UserFacingError("Please correct the highlighted fields. Nothing was saved.", { startDate: [startProblem] });
  await assertUsableExercises(caller, tx, input.items.map((i) => i.exerciseId));
  return patient;
}

/**
 * Starts a new protocol (version 1). It does not look for an active one first: the partial unique
 * index allows one active protocol per patient, and a start that loses that race is refused here.
 */
export async function startProtocol(caller: Caller, tx: DbOrTx, input: ProtocolInput): Promise<SavedProtocol> {
  const patient = await checkWrite(caller, tx, input);
  try {
    const { protocol } = await createProtocol(tx, {
      clinicId: caller.clinicId, patientId: patient.id, therapistId: caller.userId,
      title: input.title, phase: input.phase, startDate: input.startDate, items: toItems(input),
      run: nextRunFields(input, { runStage: null, runStageSince: null, runPainLimit: null }, todayInZone(caller.timeZone)),
      // Not posted: null, Stride's default set (docs/clinical/education.md).
      educationModules: input.educationModules ?? null,
    });
    await evaluateRunStage(tx, { clinicId: caller.clinicId, patientId: patient.id }, { timeZone: caller.timeZone });
    return { protocolId: protocol.id, patientId: patient.id, version: 1, started: true };
  } catch (error) {
    if (isUniqueViolation(error, ONE_ACTIVE_INDEX)) {
      throw new UserFacingError("Someone started a protocol for this patient at the same moment. Reload the page to edit that one; nothing was saved.");
    }
    throw error;
  }
}

/**
 * Saves the builder: a new version of the patient's active protocol, or a new protocol when there
 * is none. Old versions are never changed. `baseVersion` is the version the therapist was editing
 * (null: they started a new protocol): if someone saved a newer one, or started one, meanwhile,
 * this save is refused instead of silently undoing theirs.
 */
export async function saveProtocol(caller: Caller, tx: DbOrTx, input: ProtocolInput): Promise<SavedProtocol> {
  const saved = await saveProtocolVersion(caller, tx, input);
  // A new dose is new evidence: its suggestions start again from today (lib/dal/dose-evaluation.ts).
  await evaluateDoseSuggestions(tx, { clinicId: caller.clinicId, patientId: saved.patientId });
  return saved;
}

async function saveProtocolVersion(caller: Caller, tx: DbOrTx, input: ProtocolInput): Promise<SavedProtocol> {
  const patient = await checkWrite(caller, tx, input);
  // FOR UPDATE: two saves of one protocol queue up here, so the second sees the first's version.
  const [active] = await tx
    .select({ id: protocols.id, currentVersion: protocols.currentVersion })
    .from(protocols)
    .where(and(eq(protocols.patientId, patient.id), eq(protocols.clinicId, caller.clinicId), eq(protocols.status, "active")))
    .for("update");

  if (!active) {
    if (input.baseVersion !== null) {
      throw new UserFacingError("This protocol was ended while you were editing it. Reload the page to start a new one; nothing was saved.");
    }
    return startProtocol(caller, tx, input);
  }
  // No base version means the therapist started from "no protocol": one has been started since,
  // so this save is as stale as one from an older version.
  if (input.baseVersion !== active.currentVersion) {
    throw new UserFacingError(`Version ${active.currentVersion} was saved while you were editing. Reload the page to see it; nothing was saved.`);
  }
  const version = active.currentVersion + 1;
  const run = nextRunFields(input, await versionRunFields(tx, active.id, active.currentVersion), todayInZone(caller.timeZone));
  await insertProtocolVersion(tx, { protocolId: active.id, version, title: input.title, phase: input.phase, createdBy: caller.userId, items: toItems(input), run, educationModules: input.educationModules });
  await tx
    .update(protocols)
    .set({ currentVersion: version, startDate: input.startDate, updatedAt: new Date() })
    .where(and(eq(protocols.id, active.id), eq(protocols.clinicId, caller.clinicId)));
  // A changed stage or limit re-reads the runs: a suggestion made for the old stage is withdrawn or replaced.
  await evaluateRunStage(tx, { clinicId: caller.clinicId, patientId: patient.id }, { timeZone: caller.timeZone });
  return { protocolId: active.id, patientId: patient.id, version, started: false };
}

/** Ends the episode: status ended, end date today in the clinic's zone (or the start date, for one that had not begun). */
export async function endProtocol(caller: Caller, tx: DbOrTx, protocolId: unknown): Promise<{ protocolId: string; patientId: string }> {
  assertCan(caller, "write:protocol:clinic");
  const id = uuidOr404(protocolId);
  const [row] = await tx
    .select({ id: protocols.id, patientId: protocols.patientId, status: protocols.status })
    .from(protocols)
    .where(and(eq(protocols.id, id), eq(protocols.clinicId, caller.clinicId)))
    .for("update");
  const protocol = foundOr404(row);
  if (protocol.status === "ended") throw new UserFacingError("This protocol has already ended.");
  await tx
    .update(protocols)
    .set({ status: "ended", endDate: sql`greatest(${todayInZone(caller.timeZone)}::date, ${protocols.startDate})`, updatedAt: new Date() })
    .where(and(eq(protocols.id, protocol.id), eq(protocols.clinicId, caller.clinicId)));
  return { protocolId: protocol.id, patientId: protocol.patientId };
}
