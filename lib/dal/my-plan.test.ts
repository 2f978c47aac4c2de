import { describe, expect, it } from "vitest";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { createProtocol } from "@/lib/seed/factories";
import { exercises } from "@/db/schema";
import { addDays, todayIso } from "@/lib/dates";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld } from "@/lib/testing/world";
import { getMyPlan } from "./my-plan";
import { getProtocolForPdf } from "./protocols";

/**
 * Patients see only what their therapist approved (domain file, "Patient-facing wording"): the
 * prescription's dose, load and note, and the exercise's patient instructions. Never the library's
 * internal dose note (a self-progression rule here), its target muscles, or its default dose.
 */
const t = setupTestDatabase();

const THERAPIST_NOTE = "Keep the thigh tight the whole way; stop at 3/10.";
const CLINIC_INTERNAL_NOTE = "Progress when pain stays at 2/10 or less for a week.";
// libraryKey only picks the built-in drawing: it carries no dose, target or note.
const PATIENT_KEYS = ["eachSide", "equipment", "exerciseId", "frequencyPerWeek", "group", "holdSeconds", "instructions", "libraryKey", "load", "name", "note", "reps", "sets", "side"];

async function world() {
  const w = await createTwoClinicWorld(t.db());
  const library = await builtInExerciseIds(t.db());
  const slr = library.get("straight-leg-raise");
  if (!slr?.doseNote) throw new Error("the built-in straight-leg raise should carry an internal dose note");
  const [own] = await t.db().insert(exercises).values({
    clinicId: w.home.id, key: "clinic-step-down", name: "Clinic step-down", type: "strengthening", group: "quadriceps",
    target: "Quadriceps (internal target text)", equipment: "A low step", instructions: "Step down slowly, knee over your toes.",
    sets: 3, reps: 8, holdSeconds: null, frequencyPerWeek: 3, eachSide: true, doseNote: CLINIC_INTERNAL_NOTE,
  }).returning();
  if (!own) throw new Error("exercise insert returned nothing");
  const { protocol } = await createProtocol(t.db(), {
    clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Runner's knee, phase 1", startDate: addDays(todayIso(), -3),
    items: [
      { exerciseId: slr.id, sets: 3, reps: 12, frequencyPerWeek: 5, side: "right", load: "0.5 kg ankle weight", note: THERAPIST_NOTE },
      { exerciseId: own.id, sets: 2, reps: 6, frequencyPerWeek: 3, side: "right" },
    ],
  });
  return { w, slr, own, protocolId: protocol.id };
}

describe("what reaches the patient", () => {
  it("the plan carries the therapist's dose and note, never the library's internal dose note or target", async () => {
    const { w, slr, own } = await world();
    const plan = await getMyPlan(w.as.patientA);
    const [first, second] = plan?.items ?? [];
    expect(first).toMatchObject({ name: slr.name, sets: 3, reps: 12, load: "0.5 kg ankle weight", note: THERAPIST_NOTE, instructions: slr.instructions, libraryKey: "straight-leg-raise" });
    expect(second).toMatchObject({ name: own.name, sets: 2, reps: 6, note: null, instructions: own.instructions, libraryKey: null });
    // An allow-list, so a library column added to the query later fails here instead of reaching patients.
    for (const item of plan?.items ?? []) expect(Object.keys(item).sort()).toEqual(PATIENT_KEYS);
    const sent = JSON.stringify(plan);
    expect(sent).not.toContain(slr.doseNote);
    expect(sent).not.toContain(CLINIC_INTERNAL_NOTE);
    expect(sent).not.toContain(slr.target);
    expect(sent).not.toContain(own.target);
  });

  it("the patient's PDF handout carries the same approved text and nothing internal", async () => {
    const { w, slr, protocolId } = await world();
    const pdf = await getProtocolForPdf(w.as.patientA, protocolId);
    expect(pdf.items[0]).toMatchObject({ note: THERAPIST_NOTE, load: "0.5 kg ankle weight", reps: 12 });
    const sent = JSON.stringify(pdf);
    expect(sent).not.toContain(slr.doseNote);
    expect(sent).not.toContain(CLINIC_INTERNAL_NOTE);
    expect(sent).not.toContain(slr.target);
  });
});
