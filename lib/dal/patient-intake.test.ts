import { describe, expect, it } from "vitest";
import { createPatient } from "@/lib/seed/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { patientSchema } from "@/lib/validation/patient";
import { createPatientRecord, updatePatientRecord } from "./patient-writes";
import { getPatientOrThrow } from "./patients";

const t = setupTestDatabase();

const input = (therapistId: string, overrides: Record<string, unknown> = {}) =>
  patientSchema.parse({ fullName: "Intake Patient", dateOfBirth: "1995-03-03", affectedSide: "left", primaryTherapistId: therapistId, ...overrides });

describe("intake findings and screen", () => {
  it("saves and reads the findings noted and the intake screen, in the caller's clinic only", async () => {
    const w = await createTwoClinicWorld(t.db());
    const screen = ["considered-patellar-tendinopathy", "red-flags-none"];
    const id = await t.db().transaction((tx) =>
      createPatientRecord(tx, w.as.therapist, input(w.as.therapist.userId, { riskFactors: ["quadriceps-strength-deficit", "hip-strength-deficit"], intakeScreen: screen })),
    );
    const saved = await getPatientOrThrow(w.as.therapist, id);
    expect(saved.riskFactors).toEqual(["quadriceps-strength-deficit", "hip-strength-deficit"]);
    expect(saved.intakeScreen).toEqual(screen);
    await expect(getPatientOrThrow(w.as.otherTherapist, id)).rejects.toThrow(NOT_FOUND);
    await expect(
      t.db().transaction((tx) => updatePatientRecord(tx, w.as.otherTherapist, id, input(w.as.otherTherapist.userId, { intakeScreen: [] }))),
    ).rejects.toThrow(NOT_FOUND);
    expect((await getPatientOrThrow(w.as.therapist, id)).intakeScreen).toEqual(screen);
  });

  it("a record holding a retired finding keeps it through an edit, and a new record starts with an empty screen", async () => {
    const w = await createTwoClinicWorld(t.db());
    const old = await createPatient(t.db(), { clinicId: w.home.id, primaryTherapistId: w.as.therapist.userId, riskFactors: ["weak-vmo", "weak-hip-abductors"] });
    expect(old.intakeScreen).toEqual([]);
    // The edit form posts back the legacy keys the record holds, beside the new ones ticked.
    await t.db().transaction((tx) =>
      updatePatientRecord(tx, w.as.therapist, old.id, input(w.as.therapist.userId, { riskFactors: [...old.riskFactors, "quadriceps-strength-deficit"], intakeScreen: "red-flag-calf-pain-swelling" })),
    );
    const edited = await getPatientOrThrow(w.as.therapist, old.id);
    expect(edited.riskFactors).toEqual(["weak-vmo", "weak-hip-abductors", "quadriceps-strength-deficit"]);
    expect(edited.intakeScreen).toEqual(["red-flag-calf-pain-swelling"]);
  });
});
