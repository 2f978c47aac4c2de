import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { EXERCISE_LIBRARY } from "@/lib/clinical/exercise-library";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { exercises } from "@/db/schema";
import { UserFacingError } from "@/lib/user-facing-error";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import type { ExerciseInput } from "@/lib/validation/exercise";
import { archiveExercise, assertUsableExercises, createExercise, duplicateExercise, getExerciseForEdit, listExercises, updateExercise } from "./exercises";

const t = setupTestDatabase();

const input = (over: Partial<ExerciseInput> = {}): ExerciseInput => ({
  name: "Step-down", type: "strengthening", group: "quadriceps", target: "Quadriceps (VMO)", equipment: "Low step",
  instructions: "Lower the heel slowly.", sets: 3, reps: 8, holdSeconds: null, frequencyPerWeek: 3, eachSide: true, doseNote: null, ...over,
});

async function builtIn(key: string) {
  const e = (await builtInExerciseIds(t.db())).get(key);
  if (!e) throw new Error(`library has no ${key}`);
  return e;
}

async function rowOf(id: string) {
  const [row] = await t.db().select().from(exercises).where(eq(exercises.id, id));
  return row;
}

describe("exercise library DAL", () => {
  it("shows the built-in library plus the caller's own clinic, never another clinic's", async () => {
    const w = await createTwoClinicWorld(t.db());
    await createExercise(w.as.therapist, t.db(), input({ name: "Home step-down" }));
    await createExercise(w.as.otherTherapist, t.db(), input({ name: "Other step-down" }));
    const names = (await listExercises(w.as.therapist)).map((e) => e.name);
    expect(names).toContain("Clam shell");
    expect(names).toContain("Home step-down");
    expect(names).not.toContain("Other step-down");
    expect((await listExercises(w.as.admin)).find((e) => e.name === "Home step-down")?.builtIn).toBe(false);
    expect((await listExercises(w.as.therapist)).find((e) => e.name === "Clam shell")?.builtIn).toBe(true);
  });

  it("searches name, target and equipment on the server, with LIKE wildcards taken literally", async () => {
    const w = await createTwoClinicWorld(t.db());
    expect((await listExercises(w.as.therapist, { q: "clam" })).map((e) => e.name)).toEqual(["Clam shell"]);
    expect((await listExercises(w.as.therapist, { q: "gluteus medius" })).map((e) => e.name)).toEqual(["Side-lying leg raise (hip abduction)"]);
    expect((await listExercises(w.as.therapist, { q: "FOAM ROLLER" })).length).toBe(2);
    expect(await listExercises(w.as.therapist, { q: "%" })).toEqual([]);
    expect(await listExercises(w.as.therapist, { q: "no such thing" })).toEqual([]);
  });

  it("refuses patients every read and write", async () => {
    const w = await createTwoClinicWorld(t.db());
    const clam = await builtIn("clamshell");
    await expect(listExercises(w.as.patientA)).rejects.toThrow(NOT_FOUND);
    await expect(createExercise(w.as.patientA, t.db(), input())).rejects.toThrow(NOT_FOUND);
    await expect(duplicateExercise(w.as.patientA, t.db(), clam.id)).rejects.toThrow(NOT_FOUND);
  });

  it("gives each new exercise a key unique within its clinic", async () => {
    const w = await createTwoClinicWorld(t.db());
    const a = await createExercise(w.as.therapist, t.db(), input({ name: "Wall sit" }));
    const b = await createExercise(w.as.therapist, t.db(), input({ name: "Wall sit" }));
    const c = await createExercise(w.as.otherTherapist, t.db(), input({ name: "Wall sit" }));
    expect([(await rowOf(a.id))?.key, (await rowOf(b.id))?.key, (await rowOf(c.id))?.key]).toEqual(["wall-sit", "wall-sit-2", "wall-sit"]);
    expect((await rowOf(a.id))?.clinicId).toBe(w.home.id);
  });

  it("edits only the clinic's own exercises: built-ins and other clinics' answer 404 and stay unchanged", async () => {
    const w = await createTwoClinicWorld(t.db());
    const own = await createExercise(w.as.therapist, t.db(), input());
    const clam = await builtIn("clamshell");
    expect((await getExerciseForEdit(w.as.therapist, own.id)).name).toBe("Step-down");
    await updateExercise(w.as.admin, t.db(), own.id, input({ name: "Step-down, slow" }));
    expect((await rowOf(own.id))?.name).toBe("Step-down, slow");

    await expect(getExerciseForEdit(w.as.therapist, clam.id)).rejects.toThrow(NOT_FOUND);
    await expect(updateExercise(w.as.therapist, t.db(), clam.id, input({ name: "Hijacked" }))).rejects.toThrow(NOT_FOUND);
    expect((await rowOf(clam.id))?.name).toBe("Clam shell");

    await expect(getExerciseForEdit(w.as.otherTherapist, own.id)).rejects.toThrow(NOT_FOUND);
    await expect(updateExercise(w.as.otherTherapist, t.db(), own.id, input({ name: "Hijacked" }))).rejects.toThrow(NOT_FOUND);
    await expect(archiveExercise(w.as.otherTherapist, t.db(), own.id)).rejects.toThrow(NOT_FOUND);
    expect((await rowOf(own.id))?.name).toBe("Step-down, slow");
  });

  it("answers 404, not a database error, for malformed ids", async () => {
    const w = await createTwoClinicWorld(t.db());
    for (const bad of ["1", "' or 1=1 --", "", null, ["x"]]) {
      await expect(getExerciseForEdit(w.as.therapist, bad)).rejects.toThrow(NOT_FOUND);
      await expect(duplicateExercise(w.as.therapist, t.db(), bad)).rejects.toThrow(NOT_FOUND);
    }
  });

  it("duplicates a built-in into the clinic with its source recorded and a fresh key", async () => {
    const w = await createTwoClinicWorld(t.db());
    const clam = await builtIn("clamshell");
    const first = await duplicateExercise(w.as.therapist, t.db(), clam.id);
    const second = await duplicateExercise(w.as.therapist, t.db(), clam.id);
    const copy = await rowOf(first.id);
    expect(copy).toMatchObject({ clinicId: w.home.id, sourceExerciseId: clam.id, key: "clamshell-copy", name: "Clam shell (copy)", sets: 3, reps: 10, instructions: clam.instructions });
    expect((await rowOf(second.id))?.key).toBe("clamshell-copy-2");
    expect((await duplicateExercise(w.as.therapist, t.db(), first.id)).name).toBe("Clam shell (copy) (copy)");
    // The built-in itself is untouched, and other clinics cannot copy this clinic's exercise.
    expect((await rowOf(clam.id))?.clinicId).toBeNull();
    await expect(duplicateExercise(w.as.otherTherapist, t.db(), first.id)).rejects.toThrow(NOT_FOUND);
  });

  it("gives a built-in and its clinic copy the built-in's drawing key, and a copy of a copy none", async () => {
    const w = await createTwoClinicWorld(t.db());
    const clam = await builtIn("clamshell");
    const copy = await duplicateExercise(w.as.therapist, t.db(), clam.id);
    const copyOfCopy = await duplicateExercise(w.as.therapist, t.db(), copy.id);
    const keyOf = async (id: string) => (await listExercises(w.as.therapist)).find((e) => e.id === id)?.libraryKey;
    expect(await keyOf(clam.id)).toBe("clamshell");
    expect(await keyOf(copy.id)).toBe("clamshell");
    expect(await keyOf(copyOfCopy.id)).toBeNull();
    expect((await getExerciseForEdit(w.as.therapist, copy.id)).libraryKey).toBe("clamshell");
    // Another clinic sees neither copy.
    expect((await listExercises(w.as.otherTherapist)).some((e) => e.id === copy.id)).toBe(false);
  });

  it("archives a clinic exercise out of the library, never a built-in", async () => {
    const w = await createTwoClinicWorld(t.db());
    const own = await createExercise(w.as.therapist, t.db(), input({ name: "Retired drill" }));
    await archiveExercise(w.as.therapist, t.db(), own.id);
    expect((await listExercises(w.as.therapist)).map((e) => e.name)).not.toContain("Retired drill");
    await expect(archiveExercise(w.as.therapist, t.db(), (await builtIn("clamshell")).id)).rejects.toThrow(NOT_FOUND);
    const builtIns = await t.db().select().from(exercises).where(and(isNull(exercises.clinicId), isNull(exercises.archivedAt)));
    expect(builtIns.map((e) => e.key).sort()).toEqual(EXERCISE_LIBRARY.map((e) => e.key).sort());
  });

  it("accepts built-in and own exercise ids in a plan, and refuses another clinic's like a missing one", async () => {
    const w = await createTwoClinicWorld(t.db());
    const own = await createExercise(w.as.therapist, t.db(), input());
    const foreign = await createExercise(w.as.otherTherapist, t.db(), input());
    const clam = await builtIn("clamshell");
    await expect(assertUsableExercises(w.as.therapist, t.db(), [clam.id, own.id, clam.id])).resolves.toBeUndefined();
    await expect(assertUsableExercises(w.as.therapist, t.db(), [clam.id, foreign.id])).rejects.toThrow(UserFacingError);
    await expect(assertUsableExercises(w.as.therapist, t.db(), ["00000000-0000-4000-8000-000000000000"])).rejects.toThrow(UserFacingError);
  });
});
