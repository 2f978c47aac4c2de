import "server-only";
import { and, eq, ne } from "drizzle-orm";
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

const pendingFor = (target: SuggestionTarget) =>
  and(
    eq(suggestions.clinicId, target.clinicId),
    eq(suggestions.protocolId, target.protocolId),
    eq(suggestions.subject, target.subject),
    eq(suggestions.status, "pending"),
  );

/**
 * Stores a rule's proposal for one subject, or withdraws the pending one when the rule proposes
 * nothing (`null`). Returns the pending suggestion's id after the call, or null.
 */
export async function recordSuggestion(tx: DbOrTx, target: SuggestionTarget, proposal: ProposedSuggestion | null): Promise<string | null> {
  if (!proposal) {
    await tx.update(suggestions).set({ status: "superseded" }).where(pendingFor(target));
    return null;
  }
  // Anything pending on other evidence is out of date now.
  await tx
    .update(suggestions)
    .set({ status: "superseded" })
    .where(and(pendingFor(target), ne(suggestions.evidenceKey, proposal.evidenceKey)));
  const [inserted] = await tx
    .insert(suggestions)
    .values({ ...target, ...proposal, status: "pending" })
    .onConflictDoNothing({ target: [suggestions.protocolId, suggestions.subject, suggestions.evidenceKey] })
    .returning({ id: suggestions.id });
  if (inserted) return inserted.id;
  // Same evidence as before: still pending if nobody decided it, otherwise decided and left alone.
  // A pending one is refreshed with what was judged now: the version (the same proposal on the
  // same dose, as the key says, survives a save that changed something else, and approving it stays
  // possible) and the latest figures of the evidence and the reason (more sessions done since).
  const [pending] = await tx
    .update(suggestions)
    .set({ basedOnVersion: proposal.basedOnVersion, evidence: proposal.evidence, reason: proposal.reason })
    .where(and(pendingFor(target), eq(suggestions.evidenceKey, proposal.evidenceKey)))
    .returning({ id: suggestions.id });
  return pending?.id ?? null;
}
