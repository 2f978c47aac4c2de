import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createUser } from "@/lib/seed/factories";
import { auditEvents, type NewAuditEvent } from "@/db/schema";
import { signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { callerFor, createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { AUDIT_PAGE_SIZE, DEFAULT_AUDIT_FILTERS, parseAuditFilters, type AuditFilters } from "@/lib/validation/audit-filters";
import { exportAuditLog, getAuditFilterOptions, listAuditLog } from "./audit-log";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));

const exportCsv = (await import("@/app/(therapist)/admin/audit/export.csv/route")).GET;
const t = setupTestDatabase();

beforeEach(() => signInAs(null));

const filters = (over: Partial<AuditFilters> = {}): AuditFilters => ({ ...DEFAULT_AUDIT_FILTERS, ...over });

/** A clinic in New York (UTC-5 in November) with a few events at known instants, and one in the other clinic. */
async function world() {
  const db = t.db();
  const w = await createTwoClinicWorld(db);
  const admin = { ...w.as.admin, timeZone: "America/New_York" };
  const event = ({ at, ...over }: Partial<Omit<NewAuditEvent, "at">> & { at: string }) =>
    db.insert(auditEvents).values({ clinicId: w.home.id, actorId: w.as.therapist.userId, action: "patient.viewed", entity: "patient", ...over, at: new Date(at) });
  // 2026-11-03 in New York runs from 05:00Z on the 3rd to 05:00Z on the 4th.
  await event({ at: "2026-11-03T04:59:00Z", patientId: w.patientA.id, entityId: w.patientA.id }); // still the 2nd in New York
  await event({ at: "2026-11-03T05:00:00Z", patientId: w.patientA.id, entityId: w.patientA.id, ip: "203.0.113.1" });
  await event({ at: "2026-11-03T12:00:00Z", patientId: w.patientB.id, entityId: w.patientB.id, actorId: w.as.admin.userId });
  await event({ at: "2026-11-04T04:59:00Z", action: "protocol.pdf-downloaded", entity: "protocol", patientId: w.patientA.id, actorId: w.as.patientA.userId });
  await event({ at: "2026-11-04T05:00:00Z", action: "dashboard.viewed", entity: "dashboard" }); // the 4th in New York
  await db.insert(auditEvents).values({ clinicId: w.other.id, actorId: w.as.otherTherapist.userId, action: "patient.viewed", entity: "patient", patientId: w.otherPatient.id, at: new Date("2026-11-03T12:00:00Z") });
  return { w, admin };
}

describe("listAuditLog", () => {
  it("shows the clinic's events newest first, with people, roles, actions in words and patients; never another clinic's", async () => {
    const { w, admin } = await world();
    const { rows, total, page, pageCount } = await listAuditLog(admin, filters());
    expect({ total, page, pageCount }).toEqual({ total: 5, page: 1, pageCount: 1 });
    expect(rows.map((r) => [r.at.toISOString(), r.actorName, r.actorRole, r.actionLabel, r.patientName])).toEqual([
      ["2026-11-04T05:00:00.000Z", w.as.therapist.name, "therapist", "Viewed the dashboard", null],
      ["2026-11-04T04:59:00.000Z", w.as.patientA.name, "patient", "Downloaded a protocol PDF", "Alex Home"],
      ["2026-11-03T12:00:00.000Z", w.as.admin.name, "admin", "Opened a patient record", "Blair Home"],
      ["2026-11-03T05:00:00.000Z", w.as.therapist.name, "therapist", "Opened a patient record", "Alex Home"],
      ["2026-11-03T04:59:00.000Z", w.as.therapist.name, "therapist", "Opened a patient record", "Alex Home"],
    ]);
    expect(rows[3]?.ip).toBe("203.0.113.1");
    expect(JSON.stringify(rows)).not.toContain("Casey Other");
  });

  it("filters by person, patient, action and a date range counted in the clinic's zone", async () => {
    const { w, admin } = await world();
    const count = async (over: Partial<AuditFilters>) => (await listAuditLog(admin, filters(over))).total;
    expect(await count({ person: w.as.admin.userId })).toBe(1);
    expect(await count({ person: w.as.patientA.userId })).toBe(1);
    expect(await count({ patient: w.patientA.id })).toBe(3);
    expect(await count({ action: "protocol.pdf-downloaded" })).toBe(1);
    // The 3rd in New York: 05:00Z on the 3rd up to, not including, 05:00Z on the 4th.
    const third = await listAuditLog(admin, filters({ from: "2026-11-03", to: "2026-11-03" }));
    expect(third.rows.map((r) => r.at.toISOString())).toEqual(["2026-11-04T04:59:00.000Z", "2026-11-03T12:00:00.000Z", "2026-11-03T05:00:00.000Z"]);
    expect(await count({ from: "2026-11-04" })).toBe(1);
    expect(await count({ to: "2026-11-02" })).toBe(1);
    expect(await count({ patient: w.patientA.id, from: "2026-11-03", to: "2026-11-03", person: w.as.therapist.userId })).toBe(1);
    // Another clinic's patient or person is just a filter that matches nothing here.
    expect(await count({ patient: w.otherPatient.id })).toBe(0);
    expect(await count({ person: w.as.otherTherapist.userId })).toBe(0);
  });

  it("pages in SQL with a stable order and sorts by other columns on request", async () => {
    const { w, admin } = await world();
    const at = new Date("2026-10-01T10:00:00Z"); // the same instant for all: the id breaks the tie
    await t.db().insert(auditEvents).values(Array.from({ length: AUDIT_PAGE_SIZE + 3 }, () => ({ clinicId: w.home.id, action: "patients.listed", entity: "patient-list", at })));
    const first = await listAuditLog(admin, filters({ action: "patients.listed" }));
    const second = await listAuditLog(admin, filters({ action: "patients.listed", page: 2 }));
    expect([first.total, first.pageCount, first.rows.length, second.page, second.rows.length]).toEqual([AUDIT_PAGE_SIZE + 3, 2, AUDIT_PAGE_SIZE, 2, 3]);
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(AUDIT_PAGE_SIZE + 3);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(first.rows[0]?.actorName).toBeNull(); // a system event has no person
    // A page past the end shows the last page.
    expect((await listAuditLog(admin, filters({ action: "patients.listed", page: 99 }))).page).toBe(2);
    const byPatient = await listAuditLog(admin, filters({ sort: { key: "patient", dir: "asc" }, to: "2026-11-30", from: "2026-11-01" }));
    expect(byPatient.rows.map((r) => r.patientName)).toEqual(["Alex Home", "Alex Home", "Alex Home", "Blair Home", null]);
  });

  it("answers 404 to therapists, patients and another clinic's staff", async () => {
    const { w } = await world();
    for (const caller of [w.as.therapist, w.as.patientA, w.as.otherTherapist]) {
      await expect(listAuditLog(caller, filters())).rejects.toThrow(NOT_FOUND);
      await expect(getAuditFilterOptions(caller)).rejects.toThrow(NOT_FOUND);
      await expect(exportAuditLog(caller, filters(), { ip: null })).rejects.toThrow(NOT_FOUND);
    }
  });

  it("offers the clinic's people (staff first) and patients as filters, nobody from elsewhere", async () => {
    const { w, admin } = await world();
    const options = await getAuditFilterOptions(admin);
    expect(options.people.map((p) => p.role)).toEqual(["admin", "therapist", "patient", "patient"]);
    expect(options.people.map((p) => p.id)).not.toContain(w.as.otherTherapist.userId);
    expect(options.patients.map((p) => p.name)).toEqual(["Alex Home", "Blair Home"]);
    expect(options.actions.find((a) => a.value === "patient.edit-opened")?.label).toBe("Opened a record to edit");
  });
});

describe("GET /admin/audit/export.csv", () => {
  it("exports the current filter as formula-safe CSV in the clinic's zone, and audits the export", async () => {
    const { w, admin } = await world();
    // A name typed by a person, starting like a spreadsheet formula.
    const sly = await createUser(t.db(), { clinicId: w.home.id, role: "therapist", name: "=HYPERLINK(\"http://evil\")" });
    await t.db().insert(auditEvents).values({ clinicId: w.home.id, actorId: sly.id, action: "patient.viewed", entity: "patient", patientId: w.patientA.id, at: new Date("2026-11-03T20:00:00Z") });
    signInAs(admin, { "x-forwarded-for": "198.51.100.4" });
    const url = `http://stride.test/admin/audit/export.csv?patient=${w.patientA.id}&from=2026-11-03&to=2026-11-03`;
    const response = await exportCsv(new NextRequest(url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="stride-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await response.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toEqual([
      "When (America/New_York),When (UTC),Person,Role,Action,Action code,Patient,Patient id,Address",
      `"3 Nov 2026, 23:59",2026-11-04T04:59:00.000Z,${w.as.patientA.name},patient,Downloaded a protocol PDF,protocol.pdf-downloaded,Alex Home,${w.patientA.id},`,
      `"3 Nov 2026, 15:00",2026-11-03T20:00:00.000Z,"'=HYPERLINK(""http://evil"")",therapist,Opened a patient record,patient.viewed,Alex Home,${w.patientA.id},`,
      `"3 Nov 2026, 00:00",2026-11-03T05:00:00.000Z,${w.as.therapist.name},therapist,Opened a patient record,patient.viewed,Alex Home,${w.patientA.id},203.0.113.1`,
    ]);
    const exported = await t.db().select().from(auditEvents).where(and(eq(auditEvents.clinicId, w.home.id), eq(auditEvents.action, "audit.exported")));
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({
      actorId: w.as.admin.userId, patientId: null,
      detail: { rows: 3, truncated: false, filters: { person: null, patient: w.patientA.id, action: null, from: "2026-11-03", to: "2026-11-03" } },
    });
  });

  it("answers 404 to a therapist and a patient, and audits nothing", async () => {
    const { w } = await world();
    for (const caller of [w.as.therapist, w.as.patientA]) {
      signInAs(caller);
      await expect(exportCsv(new NextRequest("http://stride.test/admin/audit/export.csv"))).rejects.toThrow(NOT_FOUND);
    }
    const exported = await t.db().select().from(auditEvents).where(and(eq(auditEvents.clinicId, w.home.id), eq(auditEvents.action, "audit.exported")));
    expect(exported).toEqual([]);
  });

  it("gives another clinic's admin only their own clinic's rows, whatever the query names", async () => {
    const { w } = await world();
    signInAs(callerFor(await createUser(t.db(), { clinicId: w.other.id, role: "admin" }), null, "UTC"));
    const text = await (await exportCsv(new NextRequest(`http://stride.test/admin/audit/export.csv?person=${w.as.therapist.userId}`))).text();
    expect(text.trimEnd().split("\r\n")).toHaveLength(1); // the header alone
    const all = (await (await exportCsv(new NextRequest("http://stride.test/admin/audit/export.csv"))).text()).trimEnd().split("\r\n");
    // Newest first: the export just made (audited, no patient), then the other clinic's one read.
    expect(all.slice(1).map((l) => l.split(",").slice(-4, -2).join(","))).toEqual(["audit.exported,", "patient.viewed,Casey Other"]);
  });

  it("reads a mangled query string as no filter rather than failing", async () => {
    const { admin } = await world();
    expect(parseAuditFilters({ patient: "'; drop table audit_events; --", from: "2026-02-30", sort: "ip.asc", page: "-2" })).toEqual(DEFAULT_AUDIT_FILTERS);
    expect((await listAuditLog(admin, parseAuditFilters({ person: "nobody" }))).total).toBe(5);
  });
});
