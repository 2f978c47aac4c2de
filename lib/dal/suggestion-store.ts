import "server-only";
import { and, eq, inArray, not, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { suggestions, type SuggestionKind } from "@/db/schema";

/**
 * The one write path for rule-made suggestions (dose and walk-run stage alike). Callers run the
 * pure rule and have already scoped the patient and protocol to the caller's clinic; this file
 * keeps the table's promises:
 * - the same evidence never makes a second row (unique protocol + subject + evidence key), so a
 *   suggestion the therapist dismissed does not come back until the evidence changes;
 * - a pending one judged again on the same key keeps its row and takes the latest figures;
 * - at most one pending suggestion per protocol and subject: a new one supersedes the older, and
 *   a rule that now says "hold" withdraws what is pending (the evidence that justified it moved on).
 * Every subject a rule judged is written in two statements at most, however many there are.
 */
export type SuggestionTarget = { clinicId: string; patientId: string; protocolId: string; kind: SuggestionKind; subject: string };

export type ProposedSuggestion = {
  rule: string;
  direction: string;
  evidence: Record<string, unknown>;
  evidenceKey: string;
  proposedChange: Record<string, unknown>;
  summary: string;
  reason: string;
  basedOnVersion: number;
};

/** One subject's verdict: a proposal, or null when the rule holds (which withdraws a pending one). */
export type Judged = { kind: SuggestionKind; subject: string; proposal: ProposedSuggestion | null };

type Protocol = { clinicId: string; patientId: string; protocolId: string };

/**
 * Stores the verdicts of one evaluation of a protocol. `withdrawOtherSubjectsOf` names a kind
 * whose pending suggestions on subjects not judged now are withdrawn (an exercise taken out of
 * the plan takes its pending dose suggestion with it). Returns each judged subject's pending
 * suggestion id after the call, or null.
 */
export async function recordSuggestions(
  tx: DbOrTx,
  protocol: Protocol,
  judged: readonly Judged[],
  { withdrawOtherSubjectsOf }: { withdrawOtherSubjectsOf?: SuggestionKind } = {},
): Promise<Map<string, string | null>> {
  const subjects = judged.map((j) => j.subject);
  const proposed = judged.flatMap((j) => (j.proposal ? [{ ...j, proposal: j.proposal }] : []));
  const sameEvidence = proposed.map((p) => and(eq(suggestions.subject, p.subject), eq(suggestions.evidenceKey, p.proposal.evidenceKey)));
  // Pending on other evidence, or on a subject that now holds, or (when asked) on a subject no longer judged.
  const outOfDate: SQL[] = [];
  if (subjects.length > 0) outOfDate.push(sameEvidence.length > 0 ? and(inArray(suggestions.subject, subjects), not(or(...sameEvidence) as SQL)) as SQL : inArray(suggestions.subject, subjects));
  if (withdrawOtherSubjectsOf) {
    outOfDate.push(and(eq(suggestions.kind, withdrawOtherSubjectsOf), subjects.length > 0 ? not(inArray(suggestions.subject, subjects)) : undefined) as SQL);
  }
  if (outOfDate.length > 0) {
    await tx
      .update(suggestions)
      .set({ status: "superseded" })
      .where(and(eq(suggestions.clinicId, protocol.clinicId), eq(suggestions.protocolId, protocol.protocolId), eq(suggestions.status, "pending"), or(...outOfDate)));
  }
  const pendingIds = new Map<string, string | null>(subjects.map((s) => [s, null]));
  if (proposed.length === 0) return pendingIds;
  // New evidence makes a pending row. The same evidence again refreshes a still-pending row with
  // what was judged now: the version (the same proposal on the same dose, as the key says,
  // survives a save that changed something else, and approving it stays possible) and the latest
  // figures of the evidence and the reason. A decided row is left alone (nothing is returned for it).
  const rows = await tx
    .insert(suggestions)
    .values(proposed.map((p) => ({ ...protocol, kind: p.kind, subject: p.subject, ...p.proposal, status: "pending" as const })))
    .onConflictDoUpdate({
      target: [suggestions.protocolId, suggestions.subject, suggestions.evidenceKey],
      set: { basedOnVersion: sql`excluded.based_on_version`, evidence: sql`excluded.evidence`, reason: sql`excluded.reason` },
      setWhere: and(eq(suggestions.clinicId, protocol.clinicId), eq(suggestions.status, "pending")),
    })
    .returning({ id: suggestions.id, subject: suggestions.subject });
  for (const row of rows) pendingIds.set(row.subject, row.id);
  return pendingIds;
}

/** One subject's verdict (the walk-run stage): recordSuggestions for a single subject. */
export async function recordSuggestion(tx: DbOrTx, target: SuggestionTarget, proposal: ProposedSuggestion | null): Promise<string | null> {
  const { kind, subject, ...protocol } = target;
  const ids = await recordSuggestions(tx, protocol, [{ kind, subject, proposal }]);
  return ids.get(subject) ?? null;
}
