import { describe, expect, it } from "vitest";
import { runs } from "@/db/schema";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { createProtocol } from "@/lib/seed/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { getMyRunningStage } from "./my-running";

const t = setupTestDatabase();
const NOW = new Date("2026-03-10T12:00:00Z");

async function aliceOnStage3() {
  const w = await createTwoClinicWorld(t.db());
  const exerciseId = (await builtInExerciseIds(t.db())).get("clamshell")?.id as string;
  await createProtocol(t.db(), {
    clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Phase 2", startDate: "2026-02-01",
    items: [{ exerciseId, sets: 3, reps: 12, frequencyPerWeek: 3, side: "both" }], run: { runStage: 3, runStageSince: "2026-03-01", runPainLimit: 4 },
  });
  // Two good runs at the stage, one before it began, and one deleted: only the first two count.
  await t.db().insert(runs).values([
    { clinicId: w.home.id, patientId: w.patientA.id, runDate: "2026-02-27", durationSeconds: 900, painDuring: 1, painNextMorning: 0 },
    { clinicId: w.home.id, patientId: w.patientA.id, runDate: "2026-03-03", durationSeconds: 1800, painDuring: 3, painNextMorning: 1 },
    { clinicId: w.home.id, patientId: w.patientA.id, runDate: "2026-03-06", durationSeconds: 1800, painDuring: 4, painNextMorning: 2 },
    { clinicId: w.home.id, patientId: w.patientA.id, runDate: "2026-03-08", durationSeconds: 1800, painDuring: 2, painNextMorning: 1, deletedAt: NOW },
  ]);
  return w;
}

describe("the patient's own walk-run stage (/my)", () => {
  it("shows the approved stage, today's session, the agreed limit, the day it began and the good runs since", async () => {
    const w = await aliceOnStage3();
    expect(await getMyRunningStage({ ...w.as.patientA, timeZone: "UTC" }, NOW)).toEqual({
      title: "Stage 3 of 15",
      session: "Run 1 min, then walk 1 min 30 s. Do this 12 times: 30 min in all, 12 min of it running.",
      stage: 3, since: "2026-03-01", painLimit: 4, goodRuns: 2,
    });
  });

  it("is null for a patient who is not on the programme, and never shows another patient's stage", async () => {
    const w = await aliceOnStage3();
    expect(await getMyRunningStage(w.as.patientB, NOW)).toBeNull();
    expect(await getMyRunningStage(w.as.otherPatient, NOW)).toBeNull();
    // A patient caller with A's clinic but a forged patient id pointing nowhere sees nothing either.
    expect(await getMyRunningStage({ ...w.as.otherPatient, patientId: w.patientA.id }, NOW)).toBeNull();
  });

  it("answers 404 to staff: the portal read is for the patient's own session only", async () => {
    const w = await aliceOnStage3();
    await expect(getMyRunningStage(w.as.therapist, NOW)).rejects.toThrow(NOT_FOUND);
    await expect(getMyRunningStage(w.as.admin, NOW)).rejects.toThrow(NOT_FOUND);
  });
});
