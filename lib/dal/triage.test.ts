import { describe, expect, it } from "vitest";
import { createPainLog } from "@/lib/seed/factories";
import { refreshPatientLogSummary } from "@/lib/dal/pain-log-summary";
import { addDays } from "@/lib/dates";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { listRecentLogs, runLapseCheck } from "./triage";

const t = setupTestDatabase();
const TODAY = "2026-03-10";

async function logs(clinicId: string, patientId: string, days: number[]) {
  for (const day of days) await createPainLog(t.db(), { clinicId, patientId, logDate: addDays(TODAY, day), painAtRest: 2, painDuringExercise: 3, painNextMorning: 2 });
  await refreshPatientLogSummary(t.db(), clinicId, patientId);
}

describe("listRecentLogs", () => {
  it("lists the clinic's newest logs, ten at most, never another clinic's, and refuses patients", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await logs(w.home.id, w.patientA.id, [-11, -10, -9, -8, -7, -6]);
    await logs(w.home.id, w.patientB.id, [-5, -4, -3, -2, -1, 0]);
    await logs(w.other.id, w.otherPatient.id, [1, 2]);

    const recent = await listRecentLogs(w.as.therapist);
    expect(recent).toHaveLength(10);
    expect(recent.map((r) => r.logDate)).toEqual([0, -1, -2, -3, -4, -5, -6, -7, -8, -9].map((d) => addDays(TODAY, d)));
    expect(recent.every((r) => r.patientName !== "Casey Other")).toBe(true);
    expect((await listRecentLogs(w.as.otherTherapist)).map((r) => r.patientName)).toEqual(["Casey Other", "Casey Other"]);
    for (const caller of [w.as.patientA, w.as.otherPatient]) {
      await expect(listRecentLogs(caller)).rejects.toThrow(NOT_FOUND);
    }
  });
});

describe("runLapseCheck", () => {
  it("is for staff only, and a forged patient id answers 404", async () => {
    const w = await createTwoClinicWorld(t.db());
    expect(await runLapseCheck(w.as.therapist)).toBe(0);
    await expect(runLapseCheck(w.as.patientA)).rejects.toThrow(NOT_FOUND);
    await expect(runLapseCheck(w.as.therapist, { patientId: "../etc" })).rejects.toThrow(NOT_FOUND);
  });
});
