import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { exercises, protocolItems, protocols, protocolVersions, suggestions, users, type Suggestion } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { withChosenLoad, type DoseChange } from "@/lib/clinical/dose-steps";
import type { StageProposal } from "@/lib/clinical/return-to-run";
import { applyStageProposal, type RunFields } from "@/lib/clinical/run-stage-change";
import { todayInZone } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { UserFacingError } from "@/lib/user-facing-error";
import { evaluateDoseSuggestions } from "./dose-evaluation";
import { assertCan, foundOr404 } from "./guard";
import { insertProtocolVersion, type ProtocolItemInput } from "./protocol-rows";
import { uuidOr404 } from "./uuid-or-404";

/**
 * The therapist's decision on a stored suggestion (docs/decisions/0015-stored-suggestions.md).
 * Approve applies exactly the stored change as ONE new protocol version; dismiss keeps a reason.
 * Both refuse, writing nothing, a suggestion that is not pending; another clinic's is a 404.
 */
export type ApproveInput = { suggestionId: string; load: string | null };
export type Approved = { suggestionId: string; patientId: string; protocolId: string; version: number; summary: string };
export type Dismissed = { suggestionId: string; patientId: string };

const STATUS_TEXT: Record<Exclude<Suggestion["status"], "pending">, string> = {
  approved: "was already approved",
  dismissed: "was already dismissed",
  superseded: "was replaced by a newer one as the logs moved on",
};

/** Reads the suggestion (clinic-scoped) without a lock: the protocol row is locked first, always. */
async function scopedSuggestion(caller: Caller, tx: DbOrTx, id: unknown, lock: boolean) {
  const query = tx
    .select({ suggestion: suggestions, decidedByName: users.name })
    .from(suggestions)
    .leftJoin(users, eq(users.id, suggestions.decidedBy))
    .where(and(eq(suggestions.id, uuidOr404(id)), eq(suggestions.clinicId, caller.clinicId)));
  const [row] = lock ? await query.for("update", { of: suggestions }) : await query;
  return foundOr404(row);
}

function assertPending(row: { suggestion: Suggestion; decidedByName: string | null }, timeZone: string): void {
  const { suggestion: s } = row;
  if (s.status === "pending") return;
  const by = row.decidedByName && s.decidedAt ? ` by ${row.decidedByName} on ${formatDate(s.decidedAt, { timeZone })}` : "";
  throw new UserFacingError(`This suggestion ${STATUS_TEXT[s.status]}${by}. Reload the page to see the current list; nothing was changed.`);
}

/** The clinic-visible exercise a rung change moves to: the built-in of that library key. */
async function exerciseForKey(tx: DbOrTx, key: string): Promise<string> {
  const [row] = await tx.select({ id: exercises.id }).from(exercises).where(and(isNull(exercises.clinicId), eq(exercises.key, key), isNull(exercises.archivedAt)));
  if (!row) throw new UserFacingError(`The exercise this change moves to (${key}) is not in the library any more; nothing was changed.`);
  return row.id;
}

const STALE = "The plan has changed since this suggestion was made. Reload the page to see the current suggestion; nothing was changed.";

/** The current version's items with exactly the dose change applied. */
async function applyDoseChange(tx: DbOrTx, items: ProtocolItemInput[], subject: string, change: DoseChange): Promise<ProtocolItemInput[]> {
  const at = items.findIndex((i) => i.exerciseId === subject);
  if (at < 0) throw new UserFacingError(STALE);
  if (change.to === null) return items.filter((_, i) => i !== at);
  const to = change.to;
  const exerciseId = change.toExerciseKey === change.fromExerciseKey ? subject : await exerciseForKey(tx, change.toExerciseKey);
  const old = items[at] as ProtocolItemInput;
  const next: ProtocolItemInput = {
    ...old, exerciseId, sets: to.sets, reps: to.reps, holdSeconds: to.holdSeconds, frequencyPerWeek: to.frequencyPerWeek, eachSide: to.eachSide, load: to.load,
    // The note was written for the old exercise; a different exercise starts without it.
    note: exerciseId === subject ? old.note : null,
  };
  return items.map((item, i) => (i === at ? next : item));
}

/**
 * Approves one pending suggestion: one new version copying the current one (title, phase, items,
 * walk-run fields) with the change applied, the protocol's current version bumped, the suggestion
 * marked approved, then the dose rule run again on the new plan.
 */
export async function approveSuggestion(caller: Caller, tx: DbOrTx, input: ApproveInput): Promise<Approved> {
  assertCan(caller, "decide:suggestion:clinic");
  const first = await scopedSuggestion(caller, tx, input.suggestionId, false);
  const protocolId = first.suggestion.protocolId;
  if (!protocolId) throw new UserFacingError("This suggestion belongs to no protocol, so there is nothing to apply it to; nothing was changed.");
  // Lock order: protocol, then suggestion (as evaluations and protocol saves do), so two
  // approvals queue up on the protocol and the second sees the first's version.
  const [protocol] = await tx
    .select({ id: protocols.id, patientId: protocols.patientId, status: protocols.status, currentVersion: protocols.currentVersion })
    .from(protocols)
    .where(and(eq(protocols.id, protocolId), eq(protocols.clinicId, caller.clinicId)))
    .for("update");
  const row = await scopedSuggestion(caller, tx, first.suggestion.id, true);
  assertPending(row, caller.timeZone);
  const s = row.suggestion;
  if (!protocol || protocol.status !== "active") throw new UserFacingError("This protocol has ended, so the suggestion can no longer be applied; nothing was changed.");
  if (s.basedOnVersion !== protocol.currentVersion) {
    throw new UserFacingError(`This suggestion was made on version ${s.basedOnVersion ?? "?"}; the protocol is now at version ${protocol.currentVersion}. Reload the page to see the current suggestion; nothing was changed.`);
  }

  const [current] = await tx.select().from(protocolVersions).where(and(eq(protocolVersions.protocolId, protocol.id), eq(protocolVersions.version, protocol.currentVersion)));
  const version = foundOr404(current);
  const itemRows = await tx.select().from(protocolItems).where(eq(protocolItems.versionId, version.id)).orderBy(asc(protocolItems.position));
  let items: ProtocolItemInput[] = itemRows.map(({ exerciseId, sets, reps, holdSeconds, frequencyPerWeek, eachSide, side, load, note }) => ({ exerciseId, sets, reps, holdSeconds, frequencyPerWeek, eachSide, side, load, note }));
  let run: RunFields = { runStage: version.runStage, runStageSince: version.runStageSince, runPainLimit: version.runPainLimit };
  let summary = s.summary;
  let proposedChange = s.proposedChange;
  const today = todayInZone(caller.timeZone);

  if (s.kind === "dose") {
    let change = s.proposedChange as unknown as DoseChange;
    if (change.loadToChoose) {
      const load = input.load?.trim() ?? "";
      if (load === "") {
        throw new UserFacingError("Please correct the highlighted fields. Nothing was saved.", { load: [`Name the ${change.loadToChoose} load, e.g. "green band" or "2 kg"`] });
      }
      change = withChosenLoad(change, load);
      summary = change.summary;
      proposedChange = change as unknown as Record<string, unknown>;
    }
    items = await applyDoseChange(tx, items, s.subject, change);
  } else {
    const proposal = s.proposedChange as unknown as StageProposal;
    if (run.runStage !== proposal.fromStage) throw new UserFacingError(STALE);
    run = applyStageProposal(run, proposal, today);
  }

  const next = protocol.currentVersion + 1;
  await insertProtocolVersion(tx, { protocolId: protocol.id, version: next, title: version.title, phase: version.phase, createdBy: caller.userId, items, run });
  await tx.update(protocols).set({ currentVersion: next, updatedAt: new Date() }).where(and(eq(protocols.id, protocol.id), eq(protocols.clinicId, caller.clinicId)));
  await tx
    .update(suggestions)
    .set({ status: "approved", decidedBy: caller.userId, decidedAt: new Date(), resultingVersion: next, summary, proposedChange })
    .where(and(eq(suggestions.id, s.id), eq(suggestions.clinicId, caller.clinicId), eq(suggestions.status, "pending")));
  // The changed exercise's dose starts today, so its next suggestion holds until the evidence builds.
  await evaluateDoseSuggestions(tx, { clinicId: caller.clinicId, patientId: protocol.patientId });
  return { suggestionId: s.id, patientId: protocol.patientId, protocolId: protocol.id, version: next, summary };
}

/** Dismisses one pending suggestion with the therapist's reason (validated by the action's schema). */
export async function dismissSuggestion(caller: Caller, tx: DbOrTx, input: { suggestionId: string; reason: string }): Promise<Dismissed> {
  assertCan(caller, "decide:suggestion:clinic");
  const row = await scopedSuggestion(caller, tx, input.suggestionId, true);
  assertPending(row, caller.timeZone);
  await tx
    .update(suggestions)
    .set({ status: "dismissed", dismissReason: input.reason, decidedBy: caller.userId, decidedAt: new Date() })
    .where(and(eq(suggestions.id, row.suggestion.id), eq(suggestions.clinicId, caller.clinicId)));
  return { suggestionId: row.suggestion.id, patientId: row.suggestion.patientId };
}
