import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { STARTER_TEMPLATES } from "@/lib/clinical/exercise-library";
import { builtInExerciseIds, createStarterTemplates } from "@/lib/dal/library-sync";
import { protocolTemplateItems, protocolTemplates } from "@/db/schema";
import { UserFacingError } from "@/lib/user-facing-error";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import type { TemplateInput } from "@/lib/validation/template";
import { createExercise } from "./exercises";
import { archiveTemplate, createTemplate, duplicateTemplate, getTemplate, listTemplates, updateTemplate } from "./templates";

const t = setupTestDatabase();

async function ids(...keys: string[]) {
  const library = await builtInExerciseIds(t.db());
  return keys.map((k) => {
    const e = library.get(k);
    if (!e) throw new Error(`library has no ${k}`);
    return e.id;
  });
}

const item = (exerciseId: string, over: Partial<TemplateInput["items"][number]> = {}): TemplateInput["items"][number] => ({
  exerciseId, sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, note: null, ...over,
});

async function worldWithTemplates() {
  const w = await createTwoClinicWorld(t.db());
  await createStarterTemplates(t.db(), w.home.id, w.as.admin.userId);
  await createStarterTemplates(t.db(), w.other.id, w.as.otherTherapist.userId);
  const [homePhase1] = (await listTemplates(w.as.therapist)).filter((x) => x.name === "Runner's knee, phase 1");
  const [otherPhase1] = (await listTemplates(w.as.otherTherapist)).filter((x) => x.name === "Runner's knee, phase 1");
  if (!homePhase1 || !otherPhase1) throw new Error("starter templates missing");
  return { w, homePhase1, otherPhase1 };
}

async function templateCount(clinicId: string) {
  return (await t.db().select().from(protocolTemplates).where(eq(protocolTemplates.clinicId, clinicId))).length;
}

describe("templates DAL", () => {
  it("lists only the caller's clinic's templates, by phase, with exercise names in order", async () => {
    const { w, homePhase1, otherPhase1 } = await worldWithTemplates();
    const list = await listTemplates(w.as.therapist);
    expect(list.map((x) => x.name)).toEqual(["Runner's knee, phase 1", "Runner's knee, phase 2", "Runner's knee, return to running"]);
    expect(list.map((x) => x.id)).not.toContain(otherPhase1.id);
    expect(homePhase1.exerciseNames.slice(0, 2)).toEqual(["Clam shell", "Prone hip extension (lying face down)"]);
    await expect(listTemplates(w.as.patientA)).rejects.toThrow(NOT_FOUND);
  });

  it("reads one template with its items, and answers 404 across clinics, to patients and for malformed ids", async () => {
    const { w, homePhase1 } = await worldWithTemplates();
    const detail = await getTemplate(w.as.therapist, homePhase1.id);
    expect(detail.items).toHaveLength(7);
    expect(detail.items[0]).toMatchObject({ name: "Clam shell", group: "hip", sets: 3, reps: 10 });
    await expect(getTemplate(w.as.otherTherapist, homePhase1.id)).rejects.toThrow(NOT_FOUND);
    await expect(getTemplate(w.as.patientA, homePhase1.id)).rejects.toThrow(NOT_FOUND);
    await expect(getTemplate(w.as.therapist, "not-a-uuid")).rejects.toThrow(NOT_FOUND);
  });

  it("creates a template from built-in and clinic exercises in the given order", async () => {
    const w = await createTwoClinicWorld(t.db());
    const own = await createExercise(w.as.therapist, t.db(), {
      name: "Step-down", type: "strengthening", group: "quadriceps", target: "VMO", equipment: "Step", instructions: "Slowly.",
      sets: 3, reps: 8, holdSeconds: null, frequencyPerWeek: 3, eachSide: true, doseNote: null,
    });
    const [clam, quad] = await ids("clamshell", "quad-stretch");
    const created = await t.db().transaction((tx) =>
      createTemplate(w.as.therapist, tx, { name: "Return to run", phase: 3, description: null, items: [item(own.id), item(clam as string, { note: "Band" }), item(quad as string, { reps: null, holdSeconds: 30 })] }),
    );
    const detail = await getTemplate(w.as.admin, created.id);
    expect(detail).toMatchObject({ name: "Return to run", phase: 3 });
    expect(detail.items.map((i) => i.name)).toEqual(["Step-down", "Clam shell", "Standing quadriceps stretch"]);
    expect(detail.items[1]?.note).toBe("Band");
  });

  it("refuses a template that names another clinic's exercise, and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const foreign = await createExercise(w.as.otherTherapist, t.db(), {
      name: "Harbor drill", type: "strengthening", group: "hip", target: "Hip", equipment: "None", instructions: "x",
      sets: 3, reps: 8, holdSeconds: null, frequencyPerWeek: 3, eachSide: false, doseNote: null,
    });
    const [clam] = await ids("clamshell");
    const before = await templateCount(w.home.id);
    await expect(
      t.db().transaction((tx) => createTemplate(w.as.therapist, tx, { name: "Sneaky", phase: 1, description: null, items: [item(clam as string), item(foreign.id)] })),
    ).rejects.toThrow(UserFacingError);
    expect(await templateCount(w.home.id)).toBe(before);
  });

  it("updates a template in place, replacing its items", async () => {
    const { w, homePhase1 } = await worldWithTemplates();
    const [split, clam] = await ids("split-squat", "clamshell");
    await t.db().transaction((tx) =>
      updateTemplate(w.as.therapist, tx, homePhase1.id, { name: "Phase 1 (short)", phase: 1, description: "Two only", items: [item(split as string), item(clam as string, { reps: 12 })] }),
    );
    const detail = await getTemplate(w.as.therapist, homePhase1.id);
    expect(detail).toMatchObject({ name: "Phase 1 (short)", description: "Two only" });
    expect(detail.items.map((i) => [i.name, i.reps])).toEqual([["Split squat", 10], ["Clam shell", 12]]);
  });

  it("answers 404 to another clinic's edit, duplicate or archive, and leaves the template as it was", async () => {
    const { w, homePhase1 } = await worldWithTemplates();
    const [clam] = await ids("clamshell");
    const input = { name: "Taken over", phase: 1, description: null, items: [item(clam as string)] };
    await expect(t.db().transaction((tx) => updateTemplate(w.as.otherTherapist, tx, homePhase1.id, input))).rejects.toThrow(NOT_FOUND);
    await expect(t.db().transaction((tx) => duplicateTemplate(w.as.otherTherapist, tx, homePhase1.id))).rejects.toThrow(NOT_FOUND);
    await expect(t.db().transaction((tx) => archiveTemplate(w.as.otherTherapist, tx, homePhase1.id))).rejects.toThrow(NOT_FOUND);
    await expect(t.db().transaction((tx) => updateTemplate(w.as.patientA, tx, homePhase1.id, input))).rejects.toThrow(NOT_FOUND);
    const detail = await getTemplate(w.as.therapist, homePhase1.id);
    expect(detail.name).toBe("Runner's knee, phase 1");
    expect(detail.items).toHaveLength(7);
    expect(await templateCount(w.other.id)).toBe(STARTER_TEMPLATES.length);
  });

  it("refuses an update naming a foreign exercise without touching the template", async () => {
    const { w, homePhase1 } = await worldWithTemplates();
    const foreign = await createExercise(w.as.otherTherapist, t.db(), {
      name: "Harbor drill", type: "strengthening", group: "hip", target: "Hip", equipment: "None", instructions: "x",
      sets: 3, reps: 8, holdSeconds: null, frequencyPerWeek: 3, eachSide: false, doseNote: null,
    });
    await expect(
      t.db().transaction((tx) => updateTemplate(w.as.therapist, tx, homePhase1.id, { name: "Changed", phase: 1, description: null, items: [item(foreign.id)] })),
    ).rejects.toThrow(UserFacingError);
    const detail = await getTemplate(w.as.therapist, homePhase1.id);
    expect(detail.name).toBe("Runner's knee, phase 1");
    expect(detail.items).toHaveLength(7);
  });

  it("duplicates a template with all its items, and archives one out of the list", async () => {
    const { w, homePhase1 } = await worldWithTemplates();
    const copy = await t.db().transaction((tx) => duplicateTemplate(w.as.therapist, tx, homePhase1.id));
    expect(copy.name).toBe("Runner's knee, phase 1 (copy)");
    const detail = await getTemplate(w.as.therapist, copy.id);
    expect(detail.items.map((i) => i.name)).toEqual((await getTemplate(w.as.therapist, homePhase1.id)).items.map((i) => i.name));
    await t.db().transaction((tx) => archiveTemplate(w.as.therapist, tx, copy.id));
    expect((await listTemplates(w.as.therapist)).map((x) => x.id)).not.toContain(copy.id);
    await expect(getTemplate(w.as.therapist, copy.id)).rejects.toThrow(NOT_FOUND);
    // Archiving hides; the rows stay.
    expect((await t.db().select().from(protocolTemplateItems).where(eq(protocolTemplateItems.templateId, copy.id))).length).toBe(7);
  });
});
