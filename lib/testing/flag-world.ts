import type { Database } from "@/db/client";
import { flags } from "@/db/schema";
import { createTwoClinicWorld } from "./world";

/**
 * The two-clinic world (lib/testing/world.ts) with open "exercise pain high" flags: two for
 * patient A (a1, a2), one for patient B (b), and one for the other clinic's patient (other).
 */
export async function createFlaggedWorld(db: Database) {
  const w = await createTwoClinicWorld(db);
  const raise = async (clinicId: string, patientId: string, evidenceKey: string) => {
    const [row] = await db
      .insert(flags)
      .values({ clinicId, patientId, rule: "exercise-pain-high", severity: "review", evidenceKey, evidence: { readings: [] }, reason: "Pain during exercise was 8/10.", evidenceDate: "2026-03-10" })
      .returning();
    if (!row) throw new Error("flag insert returned nothing");
    return row;
  };
  const a1 = await raise(w.home.id, w.patientA.id, "2026-03-10:painDuringExercise=8");
  const a2 = await raise(w.home.id, w.patientA.id, "2026-03-11:painDuringExercise=7");
  const b = await raise(w.home.id, w.patientB.id, "2026-03-10:painDuringExercise=8");
  const other = await raise(w.other.id, w.otherPatient.id, "2026-03-10:painDuringExercise=9");
  return { w, a1, a2, b, other };
}
