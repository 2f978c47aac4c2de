import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { suggestions } from "@/db/schema";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { createProtocol } from "@/lib/seed/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld } from "@/lib/testing/world";
import { recordSuggestion, type ProposedSuggestion, type SuggestionTarget } from "./suggestion-store";

const t = setupTestDatabase();

async function world() {
  const w = await createTwoClinicWorld(t.db());
  const exerciseId = (await builtInExerciseIds(t.db())).get("clamshell")?.id;
  const { protocol } = await createProtocol(t.db(), {
    clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Phase 1", startDate: "2026-03-01",
    items: [{ exerciseId: exerciseId as string, sets: 3, reps: 12, frequencyPerWeek: 3, side: "both" }],
  });
  const target: SuggestionTarget = { clinicId: w.home.id, patientId: w.patientA.id, protocolId: protocol.id, kind: "dose", subject: exerciseId as string };
  return { target, rows: () => t.db().select().from(suggestions).where(eq(suggestions.protocolId, protocol.id)).orderBy(suggestions.createdAt) };
}

const proposal = (evidenceKey: string, summary = "Clam shell 3 x 12 -> 3 x 14"): ProposedSuggestion => ({
  rule: "dose-progression", direction: "progress", evidence: { key: evidenceKey }, evidenceKey, proposedChange: { summary }, summary, reason: "why", basedOnVersion: 1,
});

describe("recordSuggestion", () => {
  it("stores a proposal once however often the same evidence is judged", async () => {
    const { target, rows } = await world();
    const first = await recordSuggestion(t.db(), target, proposal("a"));
    const again = await recordSuggestion(t.db(), target, proposal("a"));
    expect(again).toBe(first);
    expect((await rows()).map((r) => [r.evidenceKey, r.status])).toEqual([["a", "pending"]]);
  });

  it("supersedes the pending one when the evidence changes, and withdraws it when the rule says hold", async () => {
    const { target, rows } = await world();
    await recordSuggestion(t.db(), target, proposal("a"));
    const second = await recordSuggestion(t.db(), target, proposal("b", "Clam shell 3 x 12 -> 3 x 10"));
    expect((await rows()).map((r) => [r.evidenceKey, r.status])).toEqual([["a", "superseded"], ["b", "pending"]]);
    expect(second).not.toBeNull();
    expect(await recordSuggestion(t.db(), target, null)).toBeNull();
    expect((await rows()).map((r) => r.status)).toEqual(["superseded", "superseded"]);
  });

  it("does not bring back a dismissed suggestion on the same evidence", async () => {
    const { target, rows } = await world();
    const id = (await recordSuggestion(t.db(), target, proposal("a"))) as string;
    await t.db().update(suggestions).set({ status: "dismissed", dismissReason: "knee sore after a long walk" }).where(eq(suggestions.id, id));
    expect(await recordSuggestion(t.db(), target, proposal("a"))).toBeNull();
    expect((await rows()).map((r) => r.status)).toEqual(["dismissed"]);
  });

  it("refreshes a still-pending suggestion with the version and figures judged now, so a save elsewhere in the plan does not make it stale", async () => {
    const { target, rows } = await world();
    await recordSuggestion(t.db(), target, proposal("a"));
    await recordSuggestion(t.db(), target, { ...proposal("a"), basedOnVersion: 2, evidence: { done: 10 }, reason: "10 of 10 done" });
    expect((await rows()).map((r) => [r.status, r.basedOnVersion, r.evidence, r.reason])).toEqual([["pending", 2, { done: 10 }, "10 of 10 done"]]);
  });
});
