import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/seed/factories";
import { auditEvents } from "@/db/schema";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { ACCESS_PAGE_SIZE, listAccessToOwnRecord } from "./access-log";
import { auditPatientRead } from "./audit";
import { getPatientForEdit, getProtocolsForBuilder, getPatientRecord } from "./patient-record";

const t = setupTestDatabase();

describe("listAccessToOwnRecord", () => {
  it("shows a patient who at the clinic opened, printed or changed their record, newest first, and nothing else", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const event = (actorId: string | null, action: string, patientId: string, at: string) =>
      db.insert(auditEvents).values({ clinicId: w.home.id, actorId, action, entity: "patient", entityId: patientId, patientId, at: new Date(at) });
    await event(w.as.therapist.userId, "patient.viewed", w.patientA.id, "2026-11-01T09:00:00Z");
    await event(w.as.admin.userId, "protocol.pdf-downloaded", w.patientA.id, "2026-11-02T09:00:00Z");
    await event(w.as.therapist.userId, "patient.edit-opened", w.patientA.id, "2026-11-02T10:00:00Z");
    await event(w.as.therapist.userId, "protocol.builder-opened", w.patientA.id, "2026-11-02T11:00:00Z");
    await event(w.as.patientA.userId, "pain-log.saved", w.patientA.id, "2026-11-03T09:00:00Z"); // their own action
    await event(w.as.patientA.userId, "protocol.pdf-downloaded", w.patientA.id, "2026-11-03T09:30:00Z"); // their own download
    await event(null, "patient.viewed", w.patientA.id, "2026-11-03T09:45:00Z"); // no person: not a staff read
    await event(w.as.therapist.userId, "auth.sign-in", w.patientA.id, "2026-11-03T10:00:00Z"); // not about the record
    await event(w.as.therapist.userId, "patient.viewed", w.patientB.id, "2026-11-04T09:00:00Z"); // someone else's record

    const { entries, total, page, pageCount } = await listAccessToOwnRecord(w.as.patientA);
    expect({ total, page, pageCount }).toEqual({ total: 4, page: 1, pageCount: 1 });
    expect(entries.map((e) => [e.who, e.role, e.did, e.at.toISOString()])).toEqual([
      [w.as.therapist.name, "therapist", "opened your exercise plan", "2026-11-02T11:00:00.000Z"],
      [w.as.therapist.name, "therapist", "opened your record to edit it", "2026-11-02T10:00:00.000Z"],
      [w.as.admin.name, "admin", "printed your exercise plan", "2026-11-02T09:00:00.000Z"],
      [w.as.therapist.name, "therapist", "opened your record", "2026-11-01T09:00:00.000Z"],
    ]);
    expect((await listAccessToOwnRecord(w.as.patientB)).entries.map((e) => e.did)).toEqual(["opened your record"]);
  });

  it("lists what the staff pages really wrote, one entry per page opened", async () => {
    const w = await createTwoClinicWorld(t.db());
    await getPatientRecord(w.as.therapist, w.patientA.id, { ip: null });
    await getPatientForEdit(w.as.admin, w.patientA.id, { ip: null });
    await getProtocolsForBuilder(w.as.therapist, w.patientA.id, { ip: null });
    const { entries } = await listAccessToOwnRecord(w.as.patientA);
    expect(entries.map((e) => `${e.who} ${e.did}`).sort()).toEqual(
      [`${w.as.therapist.name} opened your record`, `${w.as.admin.name} opened your record to edit it`, `${w.as.therapist.name} opened your exercise plan`].sort(),
    );
    expect((await listAccessToOwnRecord(w.as.patientB)).total).toBe(0);
    expect((await listAccessToOwnRecord(w.as.otherPatient)).total).toBe(0);
  });

  it("pages a long history, newest first, without repeating an entry", async () => {
    const w = await createTwoClinicWorld(t.db());
    const leo = await createUser(t.db(), { clinicId: w.home.id, role: "therapist", name: "Leo Park" });
    const at = Date.parse("2026-10-01T08:00:00Z");
    await t.db().insert(auditEvents).values(
      Array.from({ length: ACCESS_PAGE_SIZE + 2 }, (_, i) => ({
        clinicId: w.home.id, actorId: leo.id, action: "patient.viewed", entity: "patient", patientId: w.patientA.id, at: new Date(at + i * 60_000),
      })),
    );
    const first = await listAccessToOwnRecord(w.as.patientA, 1);
    const second = await listAccessToOwnRecord(w.as.patientA, 2);
    expect([first.total, first.pageCount, first.entries.length, second.entries.length]).toEqual([ACCESS_PAGE_SIZE + 2, 2, ACCESS_PAGE_SIZE, 2]);
    expect(second.entries.at(-1)?.at.toISOString()).toBe("2026-10-01T08:00:00.000Z");
    expect(new Set([...first.entries, ...second.entries].map((e) => e.id)).size).toBe(ACCESS_PAGE_SIZE + 2);
    expect((await listAccessToOwnRecord(w.as.patientA, 40)).page).toBe(2);
  });

  it("answers 404 to staff: it is the patient's own view", async () => {
    const w = await createTwoClinicWorld(t.db());
    await expect(listAccessToOwnRecord(w.as.therapist)).rejects.toThrow(NOT_FOUND);
    await expect(listAccessToOwnRecord(w.as.admin)).rejects.toThrow(NOT_FOUND);
    await expect(listAccessToOwnRecord(w.as.otherTherapist)).rejects.toThrow(NOT_FOUND);
  });

  it("the patient's own PDF download is recorded for the clinic but is not a staff read", async () => {
    const w = await createTwoClinicWorld(t.db());
    await auditPatientRead(w.as.patientA, { patientId: w.patientA.id, read: "protocol-pdf", ip: null });
    expect((await listAccessToOwnRecord(w.as.patientA)).total).toBe(0);
  });
});
