import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addDays, todayIso } from "@/lib/dates";
import { findingLabels, INTAKE_FINDINGS, INTAKE_RED_FLAGS, RED_FLAGS_NONE } from "@/lib/clinical/intake";
import { DEFAULT_CONDITION, patientSchema, patientUpdateSchema } from "./patient";

const therapistId = "3f1c2a8e-5b7d-4c9a-8e21-6d0f4b9a7c13";
const valid = { fullName: "  Ada Lovelace ", dateOfBirth: "1990-05-01", affectedSide: "left", primaryTherapistId: therapistId };

function errorsFor(input: Record<string, unknown>) {
  const result = patientSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe("patient schema", () => {
  it("accepts a minimal record, trims, and fills defaults", () => {
    const parsed = patientSchema.parse(valid);
    expect(parsed).toMatchObject({ fullName: "Ada Lovelace", email: null, phone: null, condition: DEFAULT_CONDITION, onsetDate: null, riskFactors: [], aggravatingActivities: [], intakeScreen: [], notes: null });
  });

  it("requires a name and a date of birth", () => {
    expect(errorsFor({ ...valid, fullName: "   " }).fullName).toEqual(["Enter the patient's name"]);
    expect(errorsFor({ ...valid, dateOfBirth: "" }).dateOfBirth).toEqual(["Enter the date of birth as a date"]);
  });

  it("refuses a birth date in the future, an impossible date, and an implausible age", () => {
    expect(errorsFor({ ...valid, dateOfBirth: addDays(todayIso(), 1) }).dateOfBirth).toContain("Date of birth cannot be in the future");
    expect(errorsFor({ ...valid, dateOfBirth: "2001-02-30" }).dateOfBirth).toEqual(["Enter the date of birth as a date"]);
    const implausible = ["Check the date of birth: the patient would be under 5 or over 110"];
    expect(errorsFor({ ...valid, dateOfBirth: "1900-01-01" }).dateOfBirth).toEqual(implausible);
    expect(errorsFor({ ...valid, dateOfBirth: addDays(todayIso(), -365) }).dateOfBirth).toEqual(implausible);
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
    expect(patientSchema.parse({ ...valid, riskFactors: "quadriceps-strength-deficit" }).riskFactors).toEqual(["quadriceps-strength-deficit"]);
    expect(patientSchema.parse({ ...valid, aggravatingActivities: ["stairs", "running", "stairs"] }).aggravatingActivities).toEqual(["stairs", "running"]);
    expect(patientSchema.parse({ ...valid, intakeScreen: "considered-patellar-tendinopathy" }).intakeScreen).toEqual(["considered-patellar-tendinopathy"]);
    expect(errorsFor({ ...valid, riskFactors: ["astrology"] }).riskFactors).toEqual(["Choose from the list"]);
    expect(errorsFor({ ...valid, intakeScreen: ["astrology"] }).intakeScreen).toEqual(["Choose from the list"]);
  });

  it("offers measurable findings only, but keeps a legacy finding a saved record already holds", () => {
    const offered = INTAKE_FINDINGS.map((f) => f.key);
    expect(offered).toEqual(expect.arrayContaining(["quadriceps-strength-deficit", "hip-strength-deficit", "training-load-spike"]));
    for (const dropped of ["weak-vmo", "large-q-angle", "high-bmi", "overpronation"]) expect(offered).not.toContain(dropped);
    // Editing an older record posts its legacy keys back; they must survive the save.
    expect(patientSchema.parse({ ...valid, riskFactors: ["weak-vmo", "weak-hip-abductors", "hip-strength-deficit"] }).riskFactors).toEqual(["weak-vmo", "weak-hip-abductors", "hip-strength-deficit"]);
    expect(findingLabels(["weak-vmo", "hip-strength-deficit"])).toEqual([
      "Hip strength deficit (abduction, external rotation or extension)",
      "Weak VMO relative to the lateral quadriceps (older checklist item)",
    ]);
    expect(findingLabels(["from-a-future-version"])).toEqual(["from-a-future-version"]);
  });

  it("screens differentials and red flags, refusing 'none present' beside a ticked red flag", () => {
    const redFlag = INTAKE_RED_FLAGS[0]?.key as string;
    expect(INTAKE_RED_FLAGS).toHaveLength(5);
    expect(patientSchema.parse({ ...valid, intakeScreen: [RED_FLAGS_NONE.key, "considered-referred-hip-pain"] }).intakeScreen).toHaveLength(2);
    expect(patientSchema.parse({ ...valid, intakeScreen: [redFlag] }).intakeScreen).toEqual([redFlag]);
    expect(errorsFor({ ...valid, intakeScreen: [RED_FLAGS_NONE.key, redFlag] }).intakeScreen).toEqual(['You ticked "none present" and a red flag: untick one of them']);
    expect(patientUpdateSchema.safeParse({ ...valid, patientId: therapistId, intakeScreen: [RED_FLAGS_NONE.key, redFlag] }).success).toBe(false);
  });

  it("refuses a phone with letters and a side outside the list", () => {
    expect(errorsFor({ ...valid, phone: "call me maybe" }).phone).toEqual(["Use digits, spaces and + ( ) - only"]);
    expect(errorsFor({ ...valid, affectedSide: "middle" }).affectedSide).toEqual(["Choose the affected knee"]);
    expect(errorsFor({ ...valid, primaryTherapistId: "1" }).primaryTherapistId).toEqual(["Choose the primary therapist"]);
  });
});
