import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditEvents, clinics } from "@/db/schema";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { updateClinicSettingsAction } = await import("./actions");
const t = setupTestDatabase();

const settings = (over: Record<string, string> = {}) =>
  form({ name: "Home Clinic", timeZone: "America/Chicago", phone: "+1 (312) 555-0100", pdfPageSize: "LETTER", ...over });
const clinicRow = async (id: string) => (await t.db().select().from(clinics).where(eq(clinics.id, id)))[0];
// One database per file: each test makes its own clinics, so audit rows are looked up by clinic.
const audits = (clinicId: string) => t.db().select().from(auditEvents).where(and(eq(auditEvents.action, "clinic.updated"), eq(auditEvents.clinicId, clinicId)));

beforeEach(() => {
  signInAs(null);
});

describe("clinic settings action", () => {
  it("saves an admin's settings, audited with what changed", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.admin);
    const state = await updateClinicSettingsAction({}, settings());
    expect(state).toMatchObject({ ok: true, message: "Clinic settings saved." });
    expect(await clinicRow(w.home.id)).toMatchObject({ timeZone: "America/Chicago", phone: "+1 (312) 555-0100", pdfPageSize: "LETTER" });
    expect(revalidated).toContain("/admin/clinic");
    const [event] = await audits(w.home.id);
    expect(event).toMatchObject({
      clinicId: w.home.id, actorId: w.as.admin.userId, entity: "clinic", entityId: w.home.id,
      detail: { changed: expect.arrayContaining(["timeZone", "phone", "pdfPageSize"]), timeZone: "America/Chicago" },
    });
  });

  it("refuses an unknown zone with a field message, keeps what was typed and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.admin);
    const state = await updateClinicSettingsAction({}, settings({ timeZone: "Mars/Olympus_Mons", phone: "call us" }));
    expect(state.ok).toBeUndefined();
    expect(state.message).toBe("Please correct the highlighted fields. Nothing was saved.");
    expect(state.fieldErrors).toEqual({
      timeZone: ['"Mars/Olympus_Mons" is not a time zone this server knows. Choose one from the list, such as Europe/London.'],
      phone: ["Enter a phone number of 6 to 30 characters: digits, spaces and + - ( ) . only."],
    });
    expect(state.values).toMatchObject({ timeZone: "Mars/Olympus_Mons", phone: "call us", pdfPageSize: "LETTER" });
    expect(await clinicRow(w.home.id)).toMatchObject({ timeZone: null, phone: null, pdfPageSize: "A4" });
    expect(await audits(w.home.id)).toEqual([]);
  });

  it("answers 404 to a therapist and a patient, and changes no clinic", async () => {
    const w = await createTwoClinicWorld(t.db());
    for (const caller of [w.as.therapist, w.as.patientA, w.as.otherTherapist]) {
      signInAs(caller);
      await expect(updateClinicSettingsAction({}, settings())).rejects.toThrow(NOT_FOUND);
    }
    expect((await clinicRow(w.home.id))?.timeZone).toBeNull();
    expect((await clinicRow(w.other.id))?.timeZone).toBeNull();
    expect(await audits(w.home.id)).toEqual([]);
    expect(await audits(w.other.id)).toEqual([]);
  });
});
