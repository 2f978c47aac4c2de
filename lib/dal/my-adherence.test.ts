import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { protocols } from "@/db/schema";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { createProtocol, insertProtocolVersion, recordCompletions } from "@/lib/seed/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { getMyWeeklyAdherence } from "./my-adherence";

const t = setupTestDatabase();
const TODAY = "2026-03-18"; // a Wednesday
const START = "2026-03-02"; // Monday, two weeks before
const GREW_ON = "2026-03-09"; // Monday: the plan went from one exercise to three
const RANGE = { from: "2026-02-23", to: TODAY };

async function world() {
  const db = t.db();
  const w = await createTwoClinicWorld(db);
  const library = await builtInExerciseIds(db);
  const [clamshell, bridge, slr] = ["clamshell", "banded-glute-bridge", "straight-leg-raise"].map((key) => {
    const e = library.get(key);
    if (!e) throw new Error(`library has no ${key}`);
    return e.id;
  }) as [string, string, string];
  const dose = (exerciseId: string) => ({ exerciseId, sets: 3, reps: 10, frequencyPerWeek: 3, side: "right" as const });

  // Patient A: one exercise three times a week, then three exercises from GREW_ON; every session done.
  const { protocol } = await createProtocol(db, { clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Phase 1", startDate: START, items: [dose(clamshell)] });
  await insertProtocolVersion(db, {
    protocolId: protocol.id, version: 2, title: "Phase 2", phase: 2, createdBy: w.as.therapist.userId, createdAt: new Date(`${GREW_ON}T09:00:00`),
    items: [dose(clamshell), dose(bridge), dose(slr)],
  });
  await db.update(protocols).set({ currentVersion: 2 }).where(eq(protocols.id, protocol.id));
  for (const day of ["2026-03-02", "2026-03-04", "2026-03-06"]) await recordCompletions(db, { clinicId: w.home.id, patientId: w.patientA.id, doneOn: day, exerciseIds: [clamshell] });
  for (const day of ["2026-03-09", "2026-03-11", "2026-03-13", "2026-03-16"]) {
    await recordCompletions(db, { clinicId: w.home.id, patientId: w.patientA.id, doneOn: day, exerciseIds: [clamshell, bridge, slr] });
  }

  // Patient B (same clinic): a plan of their own with one session ticked; patient C (other clinic) ticks too.
  await createProtocol(db, { clinicId: w.home.id, patientId: w.patientB.id, therapistId: w.as.therapist.userId, title: "B's plan", startDate: START, items: [dose(bridge)] });
  await recordCompletions(db, { clinicId: w.home.id, patientId: w.patientB.id, doneOn: "2026-03-10", exerciseIds: [bridge, clamshell] });
  await recordCompletions(db, { clinicId: w.other.id, patientId: w.otherPatient.id, doneOn: "2026-03-03", exerciseIds: [clamshell, bridge, slr] });
  return w;
}

describe("getMyWeeklyAdherence", () => {
  it("counts each week against the version in force: a plan that grew does not make earlier weeks look worse", async () => {
    const w = await world();
    const weeks = await getMyWeeklyAdherence(w.as.patientA, RANGE);
    expect(weeks).toEqual([
      // From the plan's start, not the range's: the week before it is not shown as missed.
      { weekStart: "2026-03-02", done: 3, prescribed: 3, ratio: 1, versions: [1] }, // not 3 of 9
      { weekStart: "2026-03-09", done: 9, prescribed: 9, ratio: 1, versions: [2] },
      // Monday to Wednesday: 4 sessions due (9 x 3/7); Monday's three done, Wednesday's not yet.
      { weekStart: "2026-03-16", done: 3, prescribed: 4, ratio: 0.75, versions: [2] },
    ]);
  });

  it("shows patient B their own plan and ticks only, never A's or another clinic's", async () => {
    const w = await world();
    // B's bridge on 10 March is theirs; their clamshell tick is not in their plan; A's ticks are A's.
    expect(await getMyWeeklyAdherence(w.as.patientB, RANGE)).toEqual([
      { weekStart: "2026-03-02", done: 0, prescribed: 3, ratio: 0, versions: [1] },
      { weekStart: "2026-03-09", done: 1, prescribed: 3, ratio: 1 / 3, versions: [1] },
      { weekStart: "2026-03-16", done: 0, prescribed: 1, ratio: 0, versions: [1] },
    ]);
    // Another clinic's patient has no active plan of their own, whatever they ticked.
    expect(await getMyWeeklyAdherence(w.as.otherPatient, RANGE)).toBeNull();
  });

  it("is empty before the plan starts, and refuses staff callers", async () => {
    const w = await world();
    expect(await getMyWeeklyAdherence(w.as.patientA, { from: "2026-02-16", to: "2026-03-01" })).toEqual([]);
    for (const staff of [w.as.therapist, w.as.admin, w.as.otherTherapist]) {
      await expect(getMyWeeklyAdherence(staff, RANGE)).rejects.toThrow(NOT_FOUND);
    }
  });
});
