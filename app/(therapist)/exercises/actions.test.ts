import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { exercises } from "@/db/schema";
import { auditsOf, FIX_FIELDS, redirectOf } from "@/lib/testing/action-helpers";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { archiveExerciseAction, createExerciseAction, duplicateExerciseAction, updateExerciseAction } = await import("./actions");
const t = setupTestDatabase();

/** The exercise editor's fields as posted. */
const fields = (over: Record<string, string> = {}) => ({
  name: "Step-down", type: "strengthening", group: "quadriceps", target: "Quadriceps (VMO)", equipment: "Low step",
  instructions: "Stand on a low step and lower the other heel slowly.", sets: "3", reps: "8", holdSeconds: "",
  frequencyPerWeek: "4", eachSide: "on", doseNote: "", ...over,
});
const edit = (id: string, name: string) =>
  form({ id, name, type: "strengthening", group: "hip", target: "Hip", equipment: "", instructions: "Do it.", sets: "3", reps: "10", frequencyPerWeek: "5" });
const exerciseRow = async (id: string) => (await t.db().select().from(exercises).where(eq(exercises.id, id)))[0];
const clinicExercises = (clinicId: string) => t.db().select().from(exercises).where(eq(exercises.clinicId, clinicId));

async function builtIn(key: string) {
  const e = (await builtInExerciseIds(t.db())).get(key);
  if (!e) throw new Error(`library has no ${key}`);
  return e;
}

/** A clinic exercise made through the action, as a therapist would. */
async function created(name: string) {
  const to = await redirectOf(createExerciseAction({}, form(fields({ name }))));
  const id = new URL(to, "http://stride.test").searchParams.get("saved") ?? "";
  const row = await exerciseRow(id);
  if (!row) throw new Error(`the create redirect named no saved exercise: ${to}`);
  return row;
}

beforeEach(() => {
  signInAs(null);
});

describe("create exercise", () => {
  it("saves a clinic exercise with its default dose, audited, and shows it in the library", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const to = await redirectOf(createExerciseAction({}, form(fields({ name: "  Step-down  " }))));
    const [row] = await clinicExercises(w.home.id);
    expect(to).toBe(`/exercises?saved=${row?.id}`);
    expect(row).toMatchObject({
      name: "Step-down", type: "strengthening", group: "quadriceps", target: "Quadriceps (VMO)", equipment: "Low step",
      sets: 3, reps: 8, holdSeconds: null, frequencyPerWeek: 4, eachSide: true, doseNote: null, archivedAt: null, sourceExerciseId: null,
    });
    expect(revalidated).toEqual(["/exercises"]);
    expect(await auditsOf(t.db(), w.home.id)).toMatchObject([{ action: "exercise.created", entity: "exercise", entityId: row?.id, actorId: w.as.therapist.userId }]);
  });

  it("bad input: a message on each field, the typed input kept, and nothing saved", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const state = await createExerciseAction({}, form(fields({ name: "", sets: "0", group: "flexibility", doseNote: "kept" })));
    expect(state.message).toBe(FIX_FIELDS);
    expect(state.fieldErrors).toEqual({
      name: ["Enter name."],
      sets: ["Sets must be a whole number from 1 to 20."],
      group: ["Flexibility exercises go in the Flexibility group; strengthening ones in Hip or Thigh (quadriceps)."],
    });
    expect(state.values).toEqual(fields({ name: "", sets: "0", group: "flexibility", doseNote: "kept" }));
    expect(await clinicExercises(w.home.id)).toEqual([]);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
  });

  it("answers 404 to a patient and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    for (const caller of [w.as.patientA, w.as.otherPatient]) {
      signInAs(caller);
      await expect(createExerciseAction({}, form(fields()))).rejects.toThrow(NOT_FOUND);
    }
    expect(await clinicExercises(w.home.id)).toEqual([]);
    expect(await clinicExercises(w.other.id)).toEqual([]);
  });
});

describe("update exercise", () => {
  it("saves the edit over the clinic's own exercise, audited", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const mine = await created("Step-down");
    signInAs(w.as.admin);
    expect(await redirectOf(updateExerciseAction({}, form({ id: mine.id, ...fields({ name: "Slow step-down", reps: "", holdSeconds: "20" }) })))).toBe(`/exercises?saved=${mine.id}`);
    expect(await exerciseRow(mine.id)).toMatchObject({ name: "Slow step-down", reps: null, holdSeconds: 20, clinicId: w.home.id });
    expect((await auditsOf(t.db(), w.home.id)).map((e) => [e.action, e.entityId, e.actorId])).toEqual([
      ["exercise.created", mine.id, w.as.therapist.userId],
      ["exercise.updated", mine.id, w.as.admin.userId],
    ]);
  });

  it("bad input: field messages, the typed input kept, and the exercise unchanged", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const mine = await created("Step-down");
    const state = await updateExerciseAction({}, form({ id: mine.id, ...fields({ reps: "", holdSeconds: "", target: " ", type: "cardio" }) }));
    expect(state.fieldErrors).toEqual({
      type: ["Choose strengthening or flexibility."],
      target: ["Enter target."],
    });
    expect(state.values).toMatchObject({ id: mine.id, reps: "", holdSeconds: "", target: " ", type: "cardio" });
    expect(await exerciseRow(mine.id)).toEqual(mine);
    expect((await auditsOf(t.db(), w.home.id)).map((e) => e.action)).toEqual(["exercise.created"]);
  });

  it("answers 404 for a built-in, to another clinic and to a patient, and changes nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const clam = await builtIn("clamshell");
    signInAs(w.as.therapist);
    const mine = await created("Step-down");
    await expect(updateExerciseAction({}, edit(clam.id, "Renamed built-in"))).rejects.toThrow(NOT_FOUND);
    await expect(updateExerciseAction({}, edit("not-a-uuid", "Renamed nothing"))).rejects.toThrow(NOT_FOUND);
    for (const caller of [w.as.otherTherapist, w.as.patientA]) {
      signInAs(caller);
      await expect(updateExerciseAction({}, edit(mine.id, "Taken over"))).rejects.toThrow(NOT_FOUND);
    }
    expect(await exerciseRow(mine.id)).toEqual(mine);
    expect((await exerciseRow(clam.id))?.name).toBe("Clam shell");
    expect((await auditsOf(t.db(), w.home.id)).map((e) => e.action)).toEqual(["exercise.created"]);
    expect(await auditsOf(t.db(), w.other.id)).toEqual([]);
  });
});

describe("duplicate exercise", () => {
  it("copies a built-in into the clinic, audited, and opens the copy for editing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const clam = await builtIn("clamshell");
    signInAs(w.as.therapist);
    const to = await redirectOf(duplicateExerciseAction({}, form({ id: clam.id })));
    const [copy] = await t.db().select().from(exercises).where(and(eq(exercises.clinicId, w.home.id), eq(exercises.sourceExerciseId, clam.id)));
    expect(copy?.name).toBe("Clam shell (copy)");
    expect(to).toBe(`/exercises/${copy?.id}/edit?copied=1`);
    expect(await auditsOf(t.db(), w.home.id)).toMatchObject([{ action: "exercise.duplicated", entityId: copy?.id, detail: { sourceExerciseId: clam.id } }]);
  });

  it("bad input: a malformed or unknown id answers 404 like a missing row, and copies nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    for (const id of ["clamshell", "00000000-0000-4000-8000-000000000000"]) {
      await expect(duplicateExerciseAction({}, form({ id }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await clinicExercises(w.home.id)).toEqual([]);
  });

  it("answers 404 for another clinic's exercise and to a patient, and copies nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const mine = await created("Step-down");
    signInAs(w.as.otherTherapist);
    await expect(duplicateExerciseAction({}, form({ id: mine.id }))).rejects.toThrow(NOT_FOUND);
    signInAs(w.as.patientA);
    await expect(duplicateExerciseAction({}, form({ id: (await builtIn("clamshell")).id }))).rejects.toThrow(NOT_FOUND);
    expect((await clinicExercises(w.home.id)).map((e) => e.id)).toEqual([mine.id]);
    expect(await clinicExercises(w.other.id)).toEqual([]);
  });
});

describe("archive exercise", () => {
  it("hides the clinic's exercise from the library without deleting it, audited", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const mine = await created("Step-down");
    expect(await redirectOf(archiveExerciseAction({}, form({ id: mine.id })))).toBe("/exercises?archived=1");
    expect(await exerciseRow(mine.id)).toEqual({ ...mine, archivedAt: expect.any(Date) });
    expect((await auditsOf(t.db(), w.home.id)).map((e) => [e.action, e.entityId])).toEqual([["exercise.created", mine.id], ["exercise.archived", mine.id]]);
  });

  it("bad input: a malformed id, an already archived one or a built-in answers 404, and nothing changes", async () => {
    const w = await createTwoClinicWorld(t.db());
    const clam = await builtIn("clamshell");
    signInAs(w.as.therapist);
    const mine = await created("Step-down");
    await redirectOf(archiveExerciseAction({}, form({ id: mine.id })));
    const archived = await exerciseRow(mine.id);
    for (const id of ["step-down", mine.id, clam.id]) await expect(archiveExerciseAction({}, form({ id }))).rejects.toThrow(NOT_FOUND);
    expect(await exerciseRow(mine.id)).toEqual(archived);
    expect((await exerciseRow(clam.id))?.archivedAt).toBeNull();
    expect((await auditsOf(t.db(), w.home.id)).map((e) => e.action)).toEqual(["exercise.created", "exercise.archived"]);
  });

  it("answers 404 to another clinic's therapist and to a patient, and archives nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const mine = await created("Step-down");
    for (const caller of [w.as.otherTherapist, w.as.patientA]) {
      signInAs(caller);
      await expect(archiveExerciseAction({}, form({ id: mine.id }))).rejects.toThrow(NOT_FOUND);
    }
    expect((await exerciseRow(mine.id))?.archivedAt).toBeNull();
    expect(await auditsOf(t.db(), w.other.id)).toEqual([]);
  });
});
