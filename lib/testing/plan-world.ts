import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { exerciseCompletions, painLogs } from "@/db/schema";
import { builtInExerciseByKey } from "@/lib/dal/library-sync";
import { addDays, todayIso } from "@/lib/dates";
import { createProtocol } from "@/lib/seed/factories";
import { createTwoClinicWorld } from "./world";

/**
 * The two-clinic world (lib/testing/world.ts) with plans for the patient-portal tests: patient A
 * on "Runner's knee, phase 1" (clam shell and quadriceps stretch, started 14 days ago), patient B
 * on "Phase 2" (split squat, started 7 days ago), and the other clinic's patient on none.
 * `ex(key)` is a built-in exercise's id.
 */
export async function createPlanWorld(db: Database, today: string = todayIso()) {
  const w = await createTwoClinicWorld(db);
  const byKey = await builtInExerciseByKey(db);
  const ex = (key: string) => byKey(key).id;
  const therapistId = w.as.therapist.userId;
  const dose = { sets: 3, reps: 10, frequencyPerWeek: 5, side: "right" as const };
  await createProtocol(db, {
    clinicId: w.home.id, patientId: w.patientA.id, therapistId, title: "Runner's knee, phase 1", startDate: addDays(today, -14),
    items: [{ exerciseId: ex("clamshell"), ...dose }, { exerciseId: ex("quad-stretch"), ...dose, reps: null, holdSeconds: 30 }],
  });
  await createProtocol(db, {
    clinicId: w.home.id, patientId: w.patientB.id, therapistId, title: "Phase 2", startDate: addDays(today, -7),
    items: [{ exerciseId: ex("split-squat"), ...dose }],
  });
  return { ...w, ex };
}

/** A patient's stored daily logs. */
export function painLogsOf(db: Database, patientId: string) {
  return db.select().from(painLogs).where(eq(painLogs.patientId, patientId));
}

/** The exercise ids a patient ticked as done on one day, sorted. */
export async function ticksOf(db: Database, patientId: string, day: string = todayIso()): Promise<string[]> {
  const rows = await db.select().from(exerciseCompletions).where(and(eq(exerciseCompletions.patientId, patientId), eq(exerciseCompletions.doneOn, day)));
  return rows.map((r) => r.exerciseId).sort();
}
