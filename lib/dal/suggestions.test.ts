import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, protocolVersions, suggestions } from "@/db/schema";
import type { StageProposal } from "@/lib/clinical/return-to-run";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createSuggestionWorld } from "@/lib/testing/suggestion-world";
import { NOT_FOUND } from "@/lib/testing/world";
import { UserFacingError } from "@/lib/user-facing-error";
import { evaluateDoseSuggestionsEverywhere } from "./dose-evaluation";
import { saveProtocol } from "./protocol-writes";
import { getPatientProtocols } from "./protocols";
import { recordSuggestion } from "./suggestion-store";
import { getPatientSuggestions, listMyPlanChanges, listSuggestionQueue } from "./suggestion-reads";
import { approveSuggestion, dismissSuggestion } from "./suggestions";

const t = setupTestDatabase();
const world = (clam = {}) => createSuggestionWorld(t.db(), { clam });

describe("dose suggestions from the real save paths", () => {
  it("a patient's logs and ticks leave one progression and one regression pending, with their evidence", async () => {
    const w = await world();
    const clam = await w.pendingFor(w.clamId);
    expect(clam).toMatchObject({ kind: "dose", direction: "progress", summary: "Clam shell 3 x 12 -> 3 x 14", basedOnVersion: 1, patientId: w.patientA.id });
    expect(clam?.evidence).toMatchObject({ adherence: { prescribed: 10, done: 10, percent: 100 }, window: { to: w.today, days: 14 } });
    const squat = await w.pendingFor(w.squatId);
    expect(squat).toMatchObject({ direction: "regress", rule: "dose-progression" });
    expect(squat?.reason).toContain("above 5/10");
    const card = await getPatientSuggestions(w.as.therapist, w.patientA.id);
    expect(card.pending.map((s) => s.direction).sort()).toEqual(["progress", "regress"]);
    expect(card.decided).toEqual([]);
  });

  it("a tick through the patient's own path re-judges at once, and the same evidence is stored once", async () => {
    const w = await world();
    const before = (await w.suggestionRows()).length;
    const { setOwnExerciseDone } = await import("./pain-logs");
    await t.db().transaction((tx) => setOwnExerciseDone(w.as.patientA, tx, { exerciseId: w.clamId, done: true }));
    // Ticking today moves nothing the rule keys on: no new row, and the progression stays pending.
    expect(await w.suggestionRows()).toHaveLength(before);
    expect((await w.pendingFor(w.clamId))?.evidence).toMatchObject({ adherence: { done: 10 } });
  });
});

describe("a protocol save", () => {
  it("withdraws the suggestion of the exercise whose dose changed, and keeps the other approvable on the new version", async () => {
    const w = await world();
    const items = (await w.itemsOf(1)).map((i) => ({ ...i, reps: i.exerciseId === w.clamId ? 13 : i.reps }));
    const start = (await getPatientProtocols(w.as.therapist, w.patientA.id)).active?.startDate as string;
    await t.db().transaction((tx) => saveProtocol(w.as.therapist, tx, { patientId: w.patientA.id, baseVersion: 1, title: "Runner's knee, phase 1", phase: 1, startDate: start, items }));
    expect(await w.pendingFor(w.clamId)).toBeUndefined();
    expect(await w.pendingFor(w.squatId)).toMatchObject({ direction: "regress", basedOnVersion: 2 });
  });
});

describe("npm run jobs", () => {
  it("re-judges every active protocol and finds the same two, stored once", async () => {
    const w = await world();
    const before = await w.suggestionRows();
    const result = await evaluateDoseSuggestionsEverywhere(t.db());
    expect(result.pending).toBeGreaterThanOrEqual(2);
    expect((await w.suggestionRows()).map((r) => [r.id, r.status])).toEqual(before.map((r) => [r.id, r.status]));
  });
});

describe("approving a suggestion", () => {
  it("creates exactly one version with exactly the change, and re-judges the new dose", async () => {
    const w = await world();
    const clam = await w.pendingFor(w.clamId);
    const before = await w.itemsOf(1);
    const approved = await t.db().transaction((tx) => approveSuggestion(w.as.therapist, tx, { suggestionId: clam?.id as string, load: null }));
    expect(approved).toMatchObject({ version: 2, summary: "Clam shell 3 x 12 -> 3 x 14", patientId: w.patientA.id });
    expect(await w.versions()).toHaveLength(2);
    expect(await w.currentVersion()).toBe(2);
    expect(await w.itemsOf(2)).toEqual(before.map((i) => (i.exerciseId === w.clamId ? { ...i, reps: 14 } : i)));
    const [row] = await t.db().select().from(suggestions).where(eq(suggestions.id, clam?.id as string));
    expect(row).toMatchObject({ status: "approved", decidedBy: w.as.therapist.userId, resultingVersion: 2, decidedAt: expect.any(Date) });
    const history = (await getPatientProtocols(w.as.therapist, w.patientA.id)).active?.history.map((h) => `v${h.version}: ${h.summary}`);
    expect(history?.[0]).toBe("v2: Clam shell 3 x 12 -> 3 x 14");
    // The new dose starts today, so the clam shell holds; the split squat's regression still applies, now on v2.
    expect(await w.pendingFor(w.clamId)).toBeUndefined();
    expect(await w.pendingFor(w.squatId)).toMatchObject({ direction: "regress", basedOnVersion: 2 });
  });

  it("asks for the load when Stride cannot read it, refusing a blank one with a field message", async () => {
    const w = await world({ reps: 15, load: "thick band" });
    const clam = await w.pendingFor(w.clamId);
    expect(clam?.proposedChange).toMatchObject({ step: "next-load", loadToChoose: "heavier" });
    const blank = t.db().transaction((tx) => approveSuggestion(w.as.therapist, tx, { suggestionId: clam?.id as string, load: null }));
    await expect(blank).rejects.toMatchObject({ fieldErrors: { load: [expect.stringContaining("heavier load")] } });
    expect(await w.versions()).toHaveLength(1);
    const approved = await t.db().transaction((tx) => approveSuggestion(w.as.therapist, tx, { suggestionId: clam?.id as string, load: "extra thick band" }));
    expect(approved.summary).toBe("Clam shell 3 x 15 with thick band -> 3 x 10 with extra thick band");
    expect((await w.itemsOf(2))[0]).toMatchObject({ exerciseId: w.clamId, reps: 10, load: "extra thick band" });
  });

  it("a rung change swaps the exercise for the library's next rung at its default dose", async () => {
    const w = await world({ reps: 15, load: "Red band", note: "Keep the pelvis still" });
    const clam = await w.pendingFor(w.clamId);
    expect(clam?.proposedChange).toMatchObject({ step: "harder-rung", toExerciseKey: "side-lying-leg-raise" });
    await t.db().transaction((tx) => approveSuggestion(w.as.therapist, tx, { suggestionId: clam?.id as string, load: null }));
    const items = await w.itemsOf(2);
    expect(items.map((i) => i.exerciseId)).toEqual([w.ex("side-lying-leg-raise"), w.squatId]);
    expect(items[0]).toMatchObject({ side: "right", load: null, note: null });
  });

  it("a walk-run stage proposal moves the stage and its start, keeping the items and the pain limit", async () => {
    const w = await world();
    await t.db().update(protocolVersions).set({ runStage: 2, runStageSince: "2026-01-01", runPainLimit: 4 }).where(eq(protocolVersions.protocolId, w.protocolId));
    const proposal: StageProposal = { kind: "next-stage", fromStage: 2, toStage: 3, summary: "Walk-run stage 2 -> stage 3" };
    const id = await recordSuggestion(t.db(), { clinicId: w.home.id, patientId: w.patientA.id, protocolId: w.protocolId, kind: "run-stage", subject: "run-stage" }, {
      rule: "return-to-run", direction: "advance", evidence: {}, evidenceKey: "stage-2:advance", proposedChange: proposal, summary: proposal.summary, reason: "two calm runs", basedOnVersion: 1,
    });
    await t.db().transaction((tx) => approveSuggestion(w.as.admin, tx, { suggestionId: id as string, load: null }));
    const v2 = (await w.versions())[1];
    expect(v2).toMatchObject({ version: 2, runStage: 3, runStageSince: w.today, runPainLimit: 4, title: "Runner's knee, phase 1" });
    expect(await w.itemsOf(2)).toEqual(await w.itemsOf(1));
  });

  it("refuses, writing nothing: already decided, judged on an older version, another clinic's, a patient", async () => {
    const w = await world();
    const clam = await w.pendingFor(w.clamId);
    const squat = await w.pendingFor(w.squatId);
    const approve = (caller: typeof w.as.therapist, id: string) => t.db().transaction((tx) => approveSuggestion(caller, tx, { suggestionId: id, load: null }));
    for (const caller of [w.as.otherTherapist, w.as.patientA]) {
      await expect(approve(caller, clam?.id as string)).rejects.toThrow(NOT_FOUND);
      await expect(t.db().transaction((tx) => dismissSuggestion(caller, tx, { suggestionId: clam?.id as string, reason: "no" }))).rejects.toThrow(NOT_FOUND);
    }
    await expect(approve(w.as.therapist, "not-a-uuid")).rejects.toThrow(NOT_FOUND);
    expect(await w.versions()).toHaveLength(1);
    expect(await w.pendingFor(w.clamId)).toMatchObject({ id: clam?.id });

    await approve(w.as.therapist, clam?.id as string);
    const again = approve(w.as.admin, clam?.id as string);
    await expect(again).rejects.toBeInstanceOf(UserFacingError);
    await expect(again).rejects.toThrow(/already approved by .* nothing was changed/);
    // A suggestion judged on v1 while the protocol is at v2 would apply to a plan nobody saw.
    await t.db().update(suggestions).set({ basedOnVersion: 1 }).where(eq(suggestions.id, squat?.id as string));
    await expect(approve(w.as.therapist, squat?.id as string)).rejects.toThrow(/made on version 1; the protocol is now at version 2/);
    expect(await w.versions()).toHaveLength(2);
    expect(await w.pendingFor(w.squatId)).toMatchObject({ status: "pending", decidedBy: null });
  });

  it("two therapists approving at the same moment make one version, not two", async () => {
    const w = await world();
    const clam = await w.pendingFor(w.clamId);
    const results = await Promise.allSettled([w.as.therapist, w.as.admin].map((caller) =>
      t.db().transaction((tx) => approveSuggestion(caller, tx, { suggestionId: clam?.id as string, load: null })),
    ));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(String((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason)).toMatch(/already approved/);
    expect(await w.versions()).toHaveLength(2);
    expect(await w.currentVersion()).toBe(2);
  });
});

describe("dismissing a suggestion", () => {
  it("keeps the reason with who and when; a second decision is refused", async () => {
    const w = await world();
    const squat = await w.pendingFor(w.squatId);
    await t.db().transaction((tx) => dismissSuggestion(w.as.therapist, tx, { suggestionId: squat?.id as string, reason: "Sore from a long hike, not the squats" }));
    const [row] = await t.db().select().from(suggestions).where(eq(suggestions.id, squat?.id as string));
    expect(row).toMatchObject({ status: "dismissed", dismissReason: "Sore from a long hike, not the squats", decidedBy: w.as.therapist.userId, decidedAt: expect.any(Date) });
    await expect(t.db().transaction((tx) => dismissSuggestion(w.as.admin, tx, { suggestionId: squat?.id as string, reason: "again" }))).rejects.toThrow(/already dismissed/);
    await expect(t.db().transaction((tx) => approveSuggestion(w.as.admin, tx, { suggestionId: squat?.id as string, load: null }))).rejects.toThrow(/already dismissed/);
    expect(await w.versions()).toHaveLength(1);
    // Re-judging the same evidence does not bring it back.
    await getPatientSuggestions(w.as.therapist, w.patientA.id);
    expect(await w.pendingFor(w.squatId)).toBeUndefined();
  });
});

describe("who sees what", () => {
  it("the patient's note lists approved changes only, with the therapist's name; no one else's", async () => {
    const w = await world();
    const clam = await w.pendingFor(w.clamId);
    const squat = await w.pendingFor(w.squatId);
    expect(await listMyPlanChanges(w.as.patientA)).toEqual([]);
    await t.db().transaction((tx) => approveSuggestion(w.as.therapist, tx, { suggestionId: clam?.id as string, load: null }));
    await t.db().transaction((tx) => dismissSuggestion(w.as.therapist, tx, { suggestionId: squat?.id as string, reason: "hiking" }));
    expect(await listMyPlanChanges(w.as.patientA)).toEqual([
      { id: clam?.id, therapistName: w.as.therapist.name, decidedOn: w.today, summary: "Clam shell 3 x 12 -> 3 x 14" },
    ]);
    expect(await listMyPlanChanges(w.as.patientB)).toEqual([]);
    await expect(listMyPlanChanges(w.as.therapist)).rejects.toThrow(NOT_FOUND);
    // Fourteen days on, the note is gone (Stride's choice of how long to announce a change).
    expect(await listMyPlanChanges(w.as.patientA, new Date(Date.now() + 15 * 86_400_000))).toEqual([]);
  });

  it("the dashboard queue is the clinic's pending suggestions, paged; other clinics and patients get 404 or nothing", async () => {
    const w = await world();
    const queue = await listSuggestionQueue(w.as.therapist, { page: 1, pageSize: 1 });
    expect(queue).toMatchObject({ total: 2, capped: false, page: 1, pageCount: 2, hasNext: true });
    expect(queue.rows[0]).toMatchObject({ patientId: w.patientA.id, patientName: "Alex Home" });
    expect((await listSuggestionQueue(w.as.therapist, { page: 9, pageSize: 1 })).page).toBe(2);
    expect((await listSuggestionQueue(w.as.otherTherapist)).total).toBe(0);
    await expect(listSuggestionQueue(w.as.patientA)).rejects.toThrow(NOT_FOUND);
    await expect(getPatientSuggestions(w.as.otherTherapist, w.patientA.id)).rejects.toThrow(NOT_FOUND);
    await expect(getPatientSuggestions(w.as.patientA, w.patientA.id)).rejects.toThrow(NOT_FOUND);
    expect(await t.db().select().from(auditEvents).where(eq(auditEvents.clinicId, w.other.id))).toEqual([]);
  });
});
