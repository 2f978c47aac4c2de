import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { suggestions } from "@/db/schema";
import { auditsOf, FIX_FIELDS } from "@/lib/testing/action-helpers";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { createSuggestionWorld } from "@/lib/testing/suggestion-world";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { approveSuggestionAction, dismissSuggestionAction } = await import("./suggestion-actions");
const t = setupTestDatabase();
const rowOf = async (id: string) => (await t.db().select().from(suggestions).where(eq(suggestions.id, id)))[0];

beforeEach(() => signInAs(null));

describe("approveSuggestionAction", () => {
  it("approves in one click: a new version, the suggestion approved, one audit event", async () => {
    const w = await createSuggestionWorld(t.db());
    const clam = await w.pendingFor(w.clamId);
    signInAs(w.as.therapist);
    const state = await approveSuggestionAction({}, form({ suggestionId: clam?.id as string }));
    expect(state).toEqual({ ok: true, message: "Approved: Clam shell 3 x 12 -> 3 x 14. The protocol is now at version 2.", data: undefined });
    expect(revalidated).toEqual(expect.arrayContaining([`/patients/${w.patientA.id}`, "/dashboard"]));
    expect(await rowOf(clam?.id as string)).toMatchObject({ status: "approved", resultingVersion: 2 });
    expect(await auditsOf(t.db(), w.home.id, "suggestion.approved")).toMatchObject([
      { actorId: w.as.therapist.userId, entityId: clam?.id, patientId: w.patientA.id, detail: { version: 2, summary: "Clam shell 3 x 12 -> 3 x 14" } },
    ]);
    // Already decided: a clear message, nothing written.
    const again = await approveSuggestionAction({}, form({ suggestionId: clam?.id as string }));
    expect(again.message).toMatch(/already approved/);
    expect(await w.versions()).toHaveLength(2);
  });

  it("bad input: a malformed id is a field message; a missing load is asked for on its field, typed input kept", async () => {
    const w = await createSuggestionWorld(t.db(), { clam: { reps: 15, load: "thick band" } });
    const clam = await w.pendingFor(w.clamId);
    signInAs(w.as.therapist);
    expect(await approveSuggestionAction({}, form({ suggestionId: "clam" }))).toEqual({
      message: FIX_FIELDS, fieldErrors: { suggestionId: ["Unknown suggestion"] }, values: { suggestionId: "clam" },
    });
    const blank = await approveSuggestionAction({}, form({ suggestionId: clam?.id as string, load: "  " }));
    expect(blank).toMatchObject({ message: FIX_FIELDS, fieldErrors: { load: [expect.stringContaining("heavier load")] }, values: { load: "  " } });
    expect(await w.versions()).toHaveLength(1);
    expect(await auditsOf(t.db(), w.home.id, "suggestion.approved")).toEqual([]);
  });

  it("answers 404 to another clinic's therapist and to the patient, and writes nothing", async () => {
    const w = await createSuggestionWorld(t.db());
    const clam = await w.pendingFor(w.clamId);
    for (const caller of [w.as.otherTherapist, w.as.patientA]) {
      signInAs(caller);
      await expect(approveSuggestionAction({}, form({ suggestionId: clam?.id as string }))).rejects.toThrow(NOT_FOUND);
      await expect(dismissSuggestionAction({}, form({ suggestionId: clam?.id as string, reason: "no" }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await rowOf(clam?.id as string)).toMatchObject({ status: "pending", decidedBy: null });
    expect(await w.versions()).toHaveLength(1);
    expect(await auditsOf(t.db(), w.other.id)).toEqual([]);
  });
});

describe("dismissSuggestionAction", () => {
  it("stores the reason; a blank or too-long reason is refused on its field with the text kept", async () => {
    const w = await createSuggestionWorld(t.db());
    const squat = await w.pendingFor(w.squatId);
    signInAs(w.as.admin);
    expect(await dismissSuggestionAction({}, form({ suggestionId: squat?.id as string, reason: "   " }))).toMatchObject({
      message: FIX_FIELDS, fieldErrors: { reason: [expect.stringContaining("Give a short reason")] }, values: { reason: "   " },
    });
    const long = "x".repeat(201);
    expect(await dismissSuggestionAction({}, form({ suggestionId: squat?.id as string, reason: long }))).toMatchObject({
      fieldErrors: { reason: ["Keep the reason under 200 characters"] }, values: { reason: long },
    });
    expect(await rowOf(squat?.id as string)).toMatchObject({ status: "pending" });
    const state = await dismissSuggestionAction({}, form({ suggestionId: squat?.id as string, reason: " Sore from a hike " }));
    expect(state).toMatchObject({ ok: true });
    expect(await rowOf(squat?.id as string)).toMatchObject({ status: "dismissed", dismissReason: "Sore from a hike", decidedBy: w.as.admin.userId });
    expect(await auditsOf(t.db(), w.home.id, "suggestion.dismissed")).toMatchObject([{ entityId: squat?.id, patientId: w.patientA.id }]);
  });
});
