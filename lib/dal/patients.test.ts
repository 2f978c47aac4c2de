import { describe, expect, it } from "vitest";
import { patients } from "@/db/schema";
import { createPatient } from "@/lib/seed/factories";
import { LARGE_CLINIC_PATIENTS } from "@/lib/seed/large-clinic-logins";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { UserFacingError } from "@/lib/user-facing-error";
import { parsePatientListParams } from "@/lib/validation/patient-list";
import { patientSchema } from "@/lib/validation/patient";
import { createPatientRecord, setPatientArchived, updatePatientRecord } from "./patient-writes";
import { COUNT_CAP } from "./capped-page";
import { listPatientsForClinic } from "./patients";

const t = setupTestDatabase();
const view = (params: Record<string, string> = {}) => parsePatientListParams(params);
const names = (rows: { fullName: string }[]) => rows.map((r) => r.fullName);

describe("listPatientsForClinic", () => {
  it("shows my active patients by default, all with scope=all, never another clinic's", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await createPatient(db, { clinicId: w.home.id, fullName: "Leo's Patient" });
    expect(names((await listPatientsForClinic(w.as.therapist, view())).rows)).toEqual(["Alex Home", "Blair Home"]);
    expect((await listPatientsForClinic(w.as.therapist, view({ scope: "all" }))).total).toBe(3);
    expect(names((await listPatientsForClinic(w.as.otherTherapist, view({ scope: "all" }))).rows)).toEqual(["Casey Other"]);
    await expect(listPatientsForClinic(w.as.patientA, view())).rejects.toThrow(NOT_FOUND);
  });

  it("searches name and email as substrings, case-insensitively, with % and _ taken literally", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await createPatient(db, { clinicId: w.home.id, fullName: "Rivera Sam", email: "sam.r@mail.test" });
    await createPatient(db, { clinicId: w.home.id, fullName: "100% Fit", email: "fit@mail.test" });
    const search = async (q: string) => names((await listPatientsForClinic(w.as.therapist, view({ q, scope: "all" }))).rows);
    expect(await search("IVER")).toEqual(["Rivera Sam"]);
    expect(await search("sam.r@")).toEqual(["Rivera Sam"]);
    expect(await search("%")).toEqual(["100% Fit"]);
    expect(await search("_")).toEqual([]);
    expect(await search("Casey")).toEqual([]); // another clinic's patient, even by exact name
  });

  it("sorts by latest pain with never-logged patients last, and pages 25 at a time", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    for (let i = 0; i < 28; i++) {
      await createPatient(db, { clinicId: w.home.id, fullName: `Bulk ${String(i).padStart(2, "0")}`, latestPain: i % 3 === 0 ? null : i % 11, lastLogDate: "2026-01-01" });
    }
    const first = await listPatientsForClinic(w.as.therapist, view({ scope: "all", sort: "pain.desc" }));
    expect(first).toMatchObject({ total: 30, capped: false, pageCount: 2, page: 1, hasNext: true });
    expect(first.rows).toHaveLength(25);
    const pains = first.rows.map((r) => r.latestPain);
    const known = pains.filter((p): p is number => p !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(pains.indexOf(null)).toBeGreaterThan(known.length - 1);
    const second = await listPatientsForClinic(w.as.therapist, view({ scope: "all", sort: "pain.desc", page: "2" }));
    expect(second.rows).toHaveLength(5);
    expect(second.hasNext).toBe(false);
    expect(second.rows.every((r) => r.latestPain === null)).toBe(true);
    const beyond = await listPatientsForClinic(w.as.therapist, view({ scope: "all", page: "99" }));
    expect(beyond.page).toBe(2); // clamped to the last page instead of an empty one
    expect(beyond.rows).toHaveLength(5);
  });

  it("stops counting at 1,000 and still pages to the last page by looking one row ahead", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    // 1,030 more: with Alex and Blair, 1,032 active patients in the clinic; 42 pages of 25.
    const bulk = Array.from({ length: 1030 }, (_, i) => ({ clinicId: w.home.id, fullName: `Bulk ${String(i).padStart(4, "0")}`, dateOfBirth: "1990-01-01", affectedSide: "left" as const }));
    await db.insert(patients).values(bulk);
    const all = (page: number) => listPatientsForClinic(w.as.therapist, view({ scope: "all", page: String(page) }));
    const first = await all(1);
    expect(first).toMatchObject({ total: COUNT_CAP, capped: true, pageCount: null, page: 1, hasNext: true });
    expect(first.rows).toHaveLength(25);
    expect((await all(41)).hasNext).toBe(true);
    const last = await all(42);
    expect(last).toMatchObject({ page: 42, hasNext: false, capped: true });
    // 41 full pages hold 1,025 rows (Alex, Blair, Bulk 0000-1022); the last has the other 7.
    expect(names(last.rows)).toEqual(["Bulk 1023", "Bulk 1024", "Bulk 1025", "Bulk 1026", "Bulk 1027", "Bulk 1028", "Bulk 1029"]);
    // Past the end of a capped list there is no count to clamp to: an empty page, no next.
    expect(await all(50)).toMatchObject({ page: 50, rows: [], hasNext: false });
    // Under the cap the count is exact, and another clinic's thousand are never counted.
    expect((await listPatientsForClinic(w.as.therapist, view({ scope: "all", q: "Bulk 00" }))).total).toBe(100);
    expect(await listPatientsForClinic(w.as.otherTherapist, view({ scope: "all" }))).toMatchObject({ total: 1, capped: false });
    // The end-to-end clinic must stay past the cap for its "1,000+" test to mean anything.
    expect(LARGE_CLINIC_PATIENTS).toBeGreaterThan(COUNT_CAP);
  });
});

const input = (therapistId: string, overrides: Record<string, unknown> = {}) =>
  patientSchema.parse({ fullName: "New Patient", dateOfBirth: "1995-03-03", affectedSide: "right", primaryTherapistId: therapistId, ...overrides });

describe("patient writes", () => {
  it("creates a patient in the caller's clinic only", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const id = await db.transaction((tx) => createPatientRecord(tx, w.as.therapist, input(w.as.therapist.userId, { email: "new@x.test" })));
    const { rows } = await listPatientsForClinic(w.as.therapist, view({ q: "New Patient" }));
    expect(rows.map((r) => r.id)).toEqual([id]);
    expect((await listPatientsForClinic(w.as.otherTherapist, view({ scope: "all", q: "New" }))).total).toBe(0);
  });

  it("refuses another clinic's therapist, and a duplicate email within the clinic", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await expect(db.transaction((tx) => createPatientRecord(tx, w.as.therapist, input(w.as.otherTherapist.userId)))).rejects.toThrow(UserFacingError);
    await db.transaction((tx) => createPatientRecord(tx, w.as.therapist, input(w.as.therapist.userId, { email: "twin@x.test" })));
    const dup = db.transaction((tx) => createPatientRecord(tx, w.as.admin, input(w.as.therapist.userId, { email: "TWIN@x.test" })));
    await expect(dup).rejects.toMatchObject({ fieldErrors: { email: ["Another patient of your clinic already has this email"] } });
    // The same person may be a patient of two clinics.
    await db.transaction((tx) => createPatientRecord(tx, w.as.otherTherapist, input(w.as.otherTherapist.userId, { email: "twin@x.test" })));
  });

  it("answers 404 when another clinic edits or archives a record, and changes nothing", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await expect(db.transaction((tx) => updatePatientRecord(tx, w.as.otherTherapist, w.patientA.id, input(w.as.otherTherapist.userId)))).rejects.toThrow(NOT_FOUND);
    await expect(db.transaction((tx) => setPatientArchived(tx, w.as.otherTherapist, w.patientA.id, true))).rejects.toThrow(NOT_FOUND);
    await expect(db.transaction((tx) => setPatientArchived(tx, w.as.patientA, w.patientA.id, true))).rejects.toThrow(NOT_FOUND);
    expect((await listPatientsForClinic(w.as.therapist, view())).total).toBe(2);
  });

  it("archives out of the default list and back, refusing a repeat", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await db.transaction((tx) => setPatientArchived(tx, w.as.therapist, w.patientA.id, true));
    expect(names((await listPatientsForClinic(w.as.therapist, view())).rows)).toEqual(["Blair Home"]);
    expect(names((await listPatientsForClinic(w.as.therapist, view({ status: "archived" }))).rows)).toEqual(["Alex Home"]);
    await expect(db.transaction((tx) => setPatientArchived(tx, w.as.therapist, w.patientA.id, true))).rejects.toThrow("already archived");
    await db.transaction((tx) => setPatientArchived(tx, w.as.therapist, w.patientA.id, false));
    expect((await listPatientsForClinic(w.as.therapist, view())).total).toBe(2);
  });
});
