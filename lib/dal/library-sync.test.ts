import { and, eq, inArray, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { exercises, protocolItems, protocolTemplateItems, protocolTemplates } from "@/db/schema";
import { EXERCISE_LIBRARY, STARTER_TEMPLATES } from "@/lib/clinical/exercise-library";
import { createProtocol } from "@/lib/seed/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld } from "@/lib/testing/world";
import { assertUsableExercises, duplicateExercise, listExercises } from "./exercises";
import { loadMyPlan } from "./my-plan";
import { builtInExerciseByKey, createStarterTemplates, syncBuiltInLibrary } from "./library-sync";
import { listTemplates } from "./templates";

const t = setupTestDatabase();

/** The built-in donkey kick as installs before issue 12 have it (the row the old library wrote). */
const OLD_DONKEY_KICK = {
  clinicId: null, key: "donkey-kick", name: "Donkey kick (hip extension on all fours)", type: "strengthening", group: "hip",
  target: "Gluteus maximus and hip extensors", equipment: "None", instructions: "Start on hands and knees with your back flat.",
  sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, doseNote: null,
} as const;

async function rowsOf(ids: string[]) {
  return t.db().select().from(exercises).where(inArray(exercises.id, ids));
}

describe("syncBuiltInLibrary on an existing database", () => {
  it("archives the retired donkey kick but leaves a plan that prescribes it, the clinic's copy and its template exactly as they were", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const [donkey] = await db.insert(exercises).values(OLD_DONKEY_KICK).onConflictDoNothing().returning();
    if (!donkey) throw new Error("donkey-kick row already present");
    const { id: copyId } = await duplicateExercise(w.as.therapist, db, donkey.id);
    const clam = (await builtInExerciseByKey(db))("clamshell");
    const { version } = await createProtocol(db, {
      clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Runner's knee, phase 2", startDate: "2026-01-05",
      items: [
        { exerciseId: donkey.id, sets: 3, reps: 12, frequencyPerWeek: 4, side: "right", load: "1 kg ankle weight", note: "On a pad." },
        { exerciseId: clam.id, sets: 3, reps: 10, frequencyPerWeek: 5, side: "right" },
      ],
    });
    // An existing clinic's own template that lists the donkey kick (as the old phase 2 did).
    const [template] = await db.insert(protocolTemplates).values({ clinicId: w.home.id, name: "Old phase 2", phase: 2, description: "From before issue 12." }).returning();
    if (!template) throw new Error("template insert returned nothing");
    await db.insert(protocolTemplateItems).values({ templateId: template.id, exerciseId: donkey.id, position: 0, sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: true });
    const templateBefore = await db.select().from(protocolTemplateItems).where(eq(protocolTemplateItems.templateId, template.id));
    const itemsBefore = await db.select().from(protocolItems).where(eq(protocolItems.versionId, version.id));
    const [copyBefore] = await rowsOf([copyId]);

    await syncBuiltInLibrary(db);

    expect(await db.select().from(protocolItems).where(eq(protocolItems.versionId, version.id))).toEqual(itemsBefore);
    expect(await rowsOf([copyId])).toEqual([copyBefore]);
    expect(await db.select().from(protocolTemplateItems).where(eq(protocolTemplateItems.templateId, template.id))).toEqual(templateBefore);
    expect(await db.select().from(protocolTemplates).where(eq(protocolTemplates.id, template.id))).toEqual([template]);
    expect(copyBefore).toMatchObject({ clinicId: w.home.id, sourceExerciseId: donkey.id, archivedAt: null });
    const [archived] = await rowsOf([donkey.id]);
    expect(archived?.archivedAt).toBeInstanceOf(Date);
    expect(archived).toMatchObject({ ...OLD_DONKEY_KICK, id: donkey.id });

    // Not offered for new plans: the library page and every builder list come from listExercises.
    const offered = (await listExercises(w.as.therapist)).map((e) => e.id);
    expect(offered).not.toContain(donkey.id);
    expect(offered).toContain(copyId);
    // The patient still sees the prescribed exercise, and the plan can still be saved with it.
    const plan = await loadMyPlan(w.as.patientA, db);
    expect(plan?.items.map((i) => i.name)).toEqual(["Donkey kick (hip extension on all fours)", "Clam shell"]);
    await expect(assertUsableExercises(w.as.therapist, db, [donkey.id, clam.id])).resolves.toBeUndefined();

    // A second sync (every startup) keeps the first archive time.
    await syncBuiltInLibrary(db);
    expect((await rowsOf([donkey.id]))[0]?.archivedAt).toEqual(archived?.archivedAt);
  });

  it("inserts built-ins the database lacks, updates changed ones by key, and un-archives a returning key", async () => {
    const db = t.db();
    const lookup = await builtInExerciseByKey(db);
    const clam = lookup("clamshell");
    await db.update(exercises).set({ instructions: "An old wording.", target: "VMO", archivedAt: new Date() }).where(eq(exercises.id, clam.id));
    await db.delete(exercises).where(and(isNull(exercises.clinicId), eq(exercises.key, "skipping")));

    await syncBuiltInLibrary(db);

    const rows = await db.select().from(exercises).where(isNull(exercises.clinicId));
    const live = rows.filter((r) => r.archivedAt === null).map((r) => r.key).sort();
    expect(live).toEqual(EXERCISE_LIBRARY.map((e) => e.key).sort());
    const source = EXERCISE_LIBRARY.find((e) => e.key === "clamshell");
    expect(rows.find((r) => r.key === "clamshell")).toMatchObject({ id: clam.id, instructions: source?.instructions, target: source?.target, archivedAt: null });
    expect(rows.filter((r) => r.key === "skipping")).toHaveLength(1);
  });

  it("gives a new clinic the three rebalanced starter templates, 5-8 exercises each, criteria in the description", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await createStarterTemplates(db, w.home.id, w.as.admin.userId);
    const list = await listTemplates(w.as.therapist);
    expect(list.map((x) => x.name)).toEqual(["Runner's knee, phase 1", "Runner's knee, phase 2", "Runner's knee, return to running"]);
    const rows = await db.select().from(protocolTemplates).where(eq(protocolTemplates.clinicId, w.home.id));
    for (const row of rows) {
      const items = await db.select().from(protocolTemplateItems).where(eq(protocolTemplateItems.templateId, row.id));
      expect(items.length, row.name).toBeGreaterThanOrEqual(5);
      expect(items.length, row.name).toBeLessThanOrEqual(8);
    }
    expect(rows.find((r) => r.phase === 1)?.description).toContain("daily-life pain is 2/10 or less");
    expect(rows.find((r) => r.phase === 2)?.description).toContain("10 reps with good control");
    expect(rows.find((r) => r.phase === 3)?.description).toContain("walk-run stage");
    expect(STARTER_TEMPLATES.flatMap((x) => x.exerciseKeys)).not.toContain("donkey-kick");
    // The other clinic got nothing: templates are per clinic, and an existing clinic's are never rewritten.
    expect(await db.select().from(protocolTemplates).where(eq(protocolTemplates.clinicId, w.other.id))).toEqual([]);
  });
});
