import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { clinics } from "@/db/schema";
import { UserFacingError } from "@/lib/user-facing-error";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import type { ClinicSettingsInput } from "@/lib/validation/clinic";
import { getOwnClinic, updateClinicSettings } from "./clinics";

const t = setupTestDatabase();

const settings = (over: Partial<ClinicSettingsInput> = {}): ClinicSettingsInput => ({
  name: "Home Clinic", timeZone: "Pacific/Auckland", phone: "+64 9 123 4567", pdfPageSize: "LETTER", ...over,
});

async function rowOf(id: string) {
  const [row] = await t.db().select().from(clinics).where(eq(clinics.id, id));
  return row;
}

describe("clinic settings DAL", () => {
  it("lets an admin change their own clinic's zone, phone, paper size and name, and says what changed", async () => {
    const w = await createTwoClinicWorld(t.db());
    const { clinic, changed } = await updateClinicSettings(w.as.admin, t.db(), settings({ name: "Home Physio" }));
    expect(clinic).toEqual({ id: w.home.id, name: "Home Physio", timeZone: "Pacific/Auckland", phone: "+64 9 123 4567", pdfPageSize: "LETTER" });
    expect(changed.sort()).toEqual(["name", "pdfPageSize", "phone", "timeZone"]);
    expect(await getOwnClinic(w.as.therapist)).toMatchObject({ timeZone: "Pacific/Auckland", phone: "+64 9 123 4567" });

    const again = await updateClinicSettings(w.as.admin, t.db(), settings({ name: "Home Physio", timeZone: null }));
    expect(again.changed).toEqual(["timeZone"]);
    expect((await rowOf(w.home.id))?.timeZone).toBeNull();
  });

  it("never changes another clinic's row", async () => {
    const w = await createTwoClinicWorld(t.db());
    const before = await rowOf(w.other.id);
    await updateClinicSettings(w.as.admin, t.db(), settings());
    expect(await rowOf(w.other.id)).toEqual(before);
  });

  it("answers 404 to therapists and patients, of either clinic, and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const before = await rowOf(w.home.id);
    for (const caller of [w.as.therapist, w.as.patientA, w.as.otherTherapist, w.as.otherPatient]) {
      await expect(updateClinicSettings(caller, t.db(), settings())).rejects.toThrow(NOT_FOUND);
    }
    expect(await rowOf(w.home.id)).toEqual(before);
  });

  it("refuses an unknown zone even when the form's check was skipped", async () => {
    const w = await createTwoClinicWorld(t.db());
    const attempt = updateClinicSettings(w.as.admin, t.db(), settings({ timeZone: "Mars/Olympus_Mons" }));
    await expect(attempt).rejects.toBeInstanceOf(UserFacingError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { timeZone: ['"Mars/Olympus_Mons" is not a time zone this server knows.'] } });
    expect((await rowOf(w.home.id))?.timeZone).toBeNull();
  });
});
