import { describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { listAccessToOwnRecord } from "./access-log";

const t = setupTestDatabase();

describe("listAccessToOwnRecord", () => {
  it("shows a patient who at the clinic opened or printed their record, newest first, and nothing else", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const event = (actorId: string, action: string, patientId: string, at: string) =>
      db.insert(auditEvents).values({ clinicId: w.home.id, actorId, action, entity: "patient", entityId: patientId, patientId, at: new Date(at) });
    await event(w.as.therapist.userId, "patient.viewed", w.patientA.id, "2026-11-01T09:00:00Z");
    await event(w.as.admin.userId, "protocol.pdf-downloaded", w.patientA.id, "2026-11-02T09:00:00Z");
    await event(w.as.patientA.userId, "pain-log.saved", w.patientA.id, "2026-11-03T09:00:00Z"); // their own action
    await event(w.as.therapist.userId, "auth.sign-in", w.patientA.id, "2026-11-03T10:00:00Z"); // not about the record
    await event(w.as.therapist.userId, "patient.viewed", w.patientB.id, "2026-11-04T09:00:00Z"); // someone else's record

    const { entries, total } = await listAccessToOwnRecord(w.as.patientA);
    expect(total).toBe(2);
    expect(entries.map((e) => [e.who, e.role, e.did])).toEqual([
      [w.as.admin.name, "admin", "printed your exercise plan"],
      [w.as.therapist.name, "therapist", "opened your record"],
    ]);
    expect((await listAccessToOwnRecord(w.as.patientB)).entries.map((e) => e.did)).toEqual(["opened your record"]);
  });

  it("answers 404 to staff: it is the patient's own view", async () => {
    const w = await createTwoClinicWorld(t.db());
    await expect(listAccessToOwnRecord(w.as.therapist)).rejects.toThrow(NOT_FOUND);
    await expect(listAccessToOwnRecord(w.as.otherTherapist)).rejects.toThrow(NOT_FOUND);
  });
});
