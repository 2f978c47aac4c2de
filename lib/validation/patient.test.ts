import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addDays, todayIso } from "@/lib/dates";
import { DEFAULT_CONDITION, patientSchema } from "./patient";

const therapistId = "3f1c2a8e-5b7d-4c9a-8e21-6d0f4b9a7c13";
const valid = { fullName: "  Ada Lovelace ", dateOfBirth: "1990-05-01", affectedSide: "left", primaryTherapistId: therapistId };

function errorsFor(input: Record<string, unknown>) {
  const result = patientSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe("patient schema", () => {
  it("accepts a minimal record, trims, and fills defaults", () => {
    const parsed = patientSchema.parse(valid);
    expect(parsed).toMatchObject({ fullName: "Ada Lovelace", email: null, phone: null, condition: DEFAULT_CONDITION, onsetDate: null, riskFactors: [], aggravatingActivities: [], notes: null });
  });

  it("requires a name and a date of birth", () => {
    expect(errorsFor({ ...valid, fullName: "   " }).fullName).toEqual(["Enter the patient's name"]);
    expect(errorsFor({ ...valid, dateOfBirth: "" }).dateOfBirth?.[0]).toMatch(/date of birth/);
  });

  it("refuses a birth date in the future, an impossible date, and an implausible age", () => {
    expect(errorsFor({ ...valid, dateOfBirth: addDays(todayIso(), 1) }).dateOfBirth).toContain("Date of birth cannot be in the future");
    expect(errorsFor({ ...valid, dateOfBirth: "2001-02-30" }).dateOfBirth).toBeDefined();
    expect(errorsFor({ ...valid, dateOfBirth: "1900-01-01" }).dateOfBirth?.[0]).toMatch(/over 110/);
    expect(errorsFor({ ...valid, dateOfBirth: addDays(todayIso(), -365) }).dateOfBirth?.[0]).toMatch(/under 5/);
  });

  it("keeps onset between birth and today", () => {
    expect(errorsFor({ ...valid, onsetDate: addDays(todayIso(), 2) }).onsetDate).toContain("Onset cannot be in the future");
    expect(errorsFor({ ...valid, onsetDate: "1980-01-01" }).onsetDate).toContain("Onset cannot be before the date of birth");
    expect(patientSchema.parse({ ...valid, onsetDate: todayIso() }).onsetDate).toBe(todayIso());
  });

  it("normalises email and refuses a malformed one", () => {
    expect(patientSchema.parse({ ...valid, email: " Ada@Example.TEST " }).email).toBe("ada@example.test");
    expect(errorsFor({ ...valid, email: "not-an-email" }).email).toEqual(["Enter a valid email, or leave it empty"]);
  });

  it("reads checkboxes posted once, several times, or not at all, and refuses unknown keys", () => {
    expect(patientSchema.parse({ ...valid, riskFactors: "overpronation" }).riskFactors).toEqual(["overpronation"]);
    expect(patientSchema.parse({ ...valid, aggravatingActivities: ["stairs", "running", "stairs"] }).aggravatingActivities).toEqual(["stairs", "running"]);
    expect(errorsFor({ ...valid, riskFactors: ["astrology"] }).riskFactors).toBeDefined();
  });

  it("refuses a phone with letters and a side outside the list", () => {
    expect(errorsFor({ ...valid, phone: "call me maybe" }).phone).toBeDefined();
    expect(errorsFor({ ...valid, affectedSide: "middle" }).affectedSide).toEqual(["Choose the affected knee"]);
    expect(errorsFor({ ...valid, primaryTherapistId: "1" }).primaryTherapistId).toEqual(["Choose the primary therapist"]);
  });
});
