import { describe, expect, it } from "vitest";
import { createPainLog, createProtocol } from "@/lib/seed/factories";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { todayIso } from "@/lib/dates";
import { getClinicOverview } from "./clinic-overview";
import { getOwnClinic } from "./clinics";
import { getPatientHome } from "./patient-home";
import { getPatientOrThrow } from "./patients";

const t = setupTestDatabase();

describe("DAL scoping across clinics and patients", () => {
  it("lets staff read their own clinic's patient and answers 404 for another clinic's", async () => {
    const w = await createTwoClinicWorld(t.db());
    expect((await getPatientOrThrow(w.as.therapist, w.patientA.id)).fullName).toBe("Alex Home");
    expect((await getPatientOrThrow(w.as.admin, w.patientB.id)).fullName).toBe("Blair Home");
    await expect(getPatientOrThrow(w.as.otherTherapist, w.patientA.id)).rejects.toThrow(NOT_FOUND);
    await expect(getPatientOrThrow(w.as.therapist, w.otherPatient.id)).rejects.toThrow(NOT_FOUND);
  });

  it("lets a patient read only their own record", async () => {
    const w = await createTwoClinicWorld(t.db());
    expect((await getPatientOrThrow(w.as.patientA, w.patientA.id)).id).toBe(w.patientA.id);
    await expect(getPatientOrThrow(w.as.patientA, w.patientB.id)).rejects.toThrow(NOT_FOUND);
    await expect(getPatientOrThrow(w.as.patientA, w.otherPatient.id)).rejects.toThrow(NOT_FOUND);
  });

  it("answers 404, not a database error, for a malformed id", async () => {
    const w = await createTwoClinicWorld(t.db());
    for (const bad of ["1", "' or 1=1 --", "", null, ["x"]]) {
      await expect(getPatientOrThrow(w.as.therapist, bad)).rejects.toThrow(NOT_FOUND);
    }
  });

  it("counts only the caller's clinic on the staff home, and refuses patients", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await createPainLog(db, { clinicId: w.home.id, patientId: w.patientA.id, logDate: todayIso() });
    await createPainLog(db, { clinicId: w.other.id, patientId: w.otherPatient.id, logDate: todayIso() });
    const home = await getClinicOverview(w.as.therapist);
    const exact = (total: number) => ({ total, capped: false });
    expect(home).toMatchObject({ clinicName: "Home Clinic", activePatients: exact(2), myPatients: exact(2), logsLast7Days: exact(1) });
    const other = await getClinicOverview(w.as.otherTherapist);
    expect(other).toMatchObject({ clinicName: "Other Clinic", activePatients: exact(1), myPatients: exact(1), logsLast7Days: exact(1) });
    expect((await getClinicOverview(w.as.admin)).myPatients).toEqual(exact(0));
    await expect(getClinicOverview(w.as.patientA)).rejects.toThrow(NOT_FOUND);
  });

  it("shows a patient their own plan and therapist, and refuses staff", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const library = await builtInExerciseIds(db);
    const clamshell = library.get("clamshell");
    if (!clamshell) throw new Error("library not synced");
    await createProtocol(db, {
      clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Plan for A", startDate: todayIso(),
      items: [{ exerciseId: clamshell.id, sets: 3, reps: 10, frequencyPerWeek: 5, side: "right" }],
    });
    const a = await getPatientHome(w.as.patientA);
    expect(a).toMatchObject({ firstName: "Alex", clinicName: "Home Clinic", therapistName: w.as.therapist.name });
    expect(a.activeProtocol?.title).toBe("Plan for A");
    const b = await getPatientHome(w.as.patientB);
    expect(b.activeProtocol).toBeNull();
    await expect(getPatientHome(w.as.therapist)).rejects.toThrow(NOT_FOUND);
  });

  it("gives every caller only their own clinic", async () => {
    const w = await createTwoClinicWorld(t.db());
    expect((await getOwnClinic(w.as.patientA)).name).toBe("Home Clinic");
    expect((await getOwnClinic(w.as.otherTherapist)).name).toBe("Other Clinic");
  });
});
