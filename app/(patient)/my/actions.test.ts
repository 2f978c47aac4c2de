import { beforeEach, describe, expect, it, vi } from "vitest";
import { todayIso } from "@/lib/dates";
import { auditsOf, FIX_FIELDS } from "@/lib/testing/action-helpers";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { createPlanWorld, ticksOf } from "@/lib/testing/plan-world";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { toggleExerciseDone } = await import("./actions");
const t = setupTestDatabase();
const today = todayIso();

beforeEach(() => {
  signInAs(null);
});

describe("ticking today's exercises", () => {
  it("ticks and unticks an exercise of the patient's own plan, each audited, ignoring a forged patientId", async () => {
    const w = await createPlanWorld(t.db(), today);
    signInAs(w.as.patientA);
    const ticked = await toggleExerciseDone({}, form({ exerciseId: w.ex("quad-stretch"), done: "true", patientId: w.patientB.id }));
    expect(ticked).toEqual({ ok: true, message: undefined, data: undefined });
    expect(revalidated).toEqual(["/my", "/my/log", "/my/history"]);
    expect(await ticksOf(t.db(), w.patientA.id, today)).toEqual([w.ex("quad-stretch")]);
    expect(await ticksOf(t.db(), w.patientB.id, today)).toEqual([]);

    expect((await toggleExerciseDone({}, form({ exerciseId: w.ex("quad-stretch"), done: "false" }))).ok).toBe(true);
    expect(await ticksOf(t.db(), w.patientA.id, today)).toEqual([]);
    expect((await auditsOf(t.db(), w.home.id)).map((e) => [e.action, e.entity, e.entityId, e.patientId, e.actorId])).toEqual([
      ["exercise.ticked", "exercise-completion", w.ex("quad-stretch"), w.patientA.id, w.as.patientA.userId],
      ["exercise.unticked", "exercise-completion", w.ex("quad-stretch"), w.patientA.id, w.as.patientA.userId],
    ]);
  });

  it("bad input: a malformed id or state is a field message with the input kept, and nothing is ticked", async () => {
    const w = await createPlanWorld(t.db(), today);
    signInAs(w.as.patientA);
    expect(await toggleExerciseDone({}, form({ exerciseId: "clamshell", done: "true" }))).toEqual({
      message: FIX_FIELDS, fieldErrors: { exerciseId: ["Unknown exercise"] }, values: { exerciseId: "clamshell", done: "true" },
    });
    expect(await toggleExerciseDone({}, form({ exerciseId: w.ex("clamshell"), done: "maybe" }))).toEqual({
      message: FIX_FIELDS, fieldErrors: { done: ["Unknown state"] }, values: { exerciseId: w.ex("clamshell"), done: "maybe" },
    });
    expect(await ticksOf(t.db(), w.patientA.id, today)).toEqual([]);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
  });

  it("refuses an exercise outside the patient's own plan with a readable message, ticking nothing", async () => {
    const w = await createPlanWorld(t.db(), today);
    signInAs(w.as.patientA);
    const refused = await toggleExerciseDone({}, form({ exerciseId: w.ex("split-squat"), done: "true" }));
    expect(refused).toEqual({
      message: "That exercise is not in your current plan. Reload the page to see your plan.", fieldErrors: undefined,
      values: { exerciseId: w.ex("split-squat"), done: "true" },
    });
    // The other clinic's patient has no plan at all.
    signInAs(w.as.otherPatient);
    expect((await toggleExerciseDone({}, form({ exerciseId: w.ex("clamshell"), done: "true" }))).message).toBe(refused.message);
    expect(await ticksOf(t.db(), w.patientA.id, today)).toEqual([]);
    expect(await ticksOf(t.db(), w.patientB.id, today)).toEqual([]);
    expect(await ticksOf(t.db(), w.otherPatient.id, today)).toEqual([]);
  });

  it("answers 404 to staff of either clinic and ticks nothing", async () => {
    const w = await createPlanWorld(t.db(), today);
    for (const staff of [w.as.therapist, w.as.admin, w.as.otherTherapist]) {
      signInAs(staff);
      await expect(toggleExerciseDone({}, form({ exerciseId: w.ex("clamshell"), done: "true", patientId: w.patientA.id }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await ticksOf(t.db(), w.patientA.id, today)).toEqual([]);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
  });
});
