import { describe, expect, it } from "vitest";
import { z } from "zod";
import { todayIso } from "@/lib/dates";
import { clinicSettingsSchema } from "./clinic";
import { requiredText, optionalText as doseOptionalText } from "./dose";
import { CONTROL_CHARACTERS_MESSAGE, controlCharacterErrors, hasControlCharacters, optionalText } from "./form";
import { painLogSchema } from "./pain-log";
import { patientSchema } from "./patient";
import { runSchema } from "./run";

const fieldErrors = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? {} : (z.flattenError(r.error).fieldErrors as Record<string, string[]>);
};

describe("control characters in text", () => {
  it("finds NUL, escape, DEL and C1 controls, but allows tab, new line and carriage return", () => {
    for (const bad of ["a\u0000b", "\u0007", "x\u001b[2J", "\u007f", "\u0085", "\u009f", "\u000b", "\u000c"]) expect(hasControlCharacters(bad)).toBe(true);
    for (const fine of ["line one\r\nline two", "\tindented", "Zoë's café — 5 km", "😀", ""]) expect(hasControlCharacters(fine)).toBe(false);
  });

  it("names each posted field that holds one, arrays included", () => {
    expect(controlCharacterErrors({ note: "ok\u0000", title: "fine", tags: ["a", "b\u0001"], empty: [] })).toEqual({
      note: [CONTROL_CHARACTERS_MESSAGE],
      tags: [CONTROL_CHARACTERS_MESSAGE],
    });
    expect(controlCharacterErrors({ note: "two\nlines" })).toEqual({});
  });

  it("is refused by every shared text helper with the same field message", () => {
    expect(optionalText(100).safeParse("a\u0000b").error?.issues[0]?.message).toBe(CONTROL_CHARACTERS_MESSAGE);
    expect(doseOptionalText("Load", 100).safeParse("red\u0000").error?.issues[0]?.message).toBe(CONTROL_CHARACTERS_MESSAGE);
    expect(requiredText("Title", 100).safeParse("Phase\u001b1").error?.issues[0]?.message).toBe(CONTROL_CHARACTERS_MESSAGE);
    expect(optionalText(100).parse("  two\nlines  ")).toBe("two\nlines");
  });

  it("reaches the form schemas that use them", () => {
    expect(fieldErrors(painLogSchema, { logDate: todayIso(), painAtRest: "2", note: "ok\u0000" }).note).toEqual([CONTROL_CHARACTERS_MESSAGE]);
    expect(fieldErrors(runSchema, { runDate: todayIso(), distanceKm: "5", painDuring: "2", shoe: "Pegasus\u0000" }).shoe).toEqual([CONTROL_CHARACTERS_MESSAGE]);
    expect(fieldErrors(clinicSettingsSchema, { name: "Riverside\u0000", timeZone: "", phone: "", pdfPageSize: "A4" }).name).toEqual([CONTROL_CHARACTERS_MESSAGE]);
    const patient = fieldErrors(patientSchema, {
      fullName: "Sam\u0000", dateOfBirth: "1990-01-01", affectedSide: "right", condition: "Knee\u0007", primaryTherapistId: crypto.randomUUID(),
    });
    expect(patient.fullName).toEqual([CONTROL_CHARACTERS_MESSAGE]);
    expect(patient.condition).toEqual([CONTROL_CHARACTERS_MESSAGE]);
  });
});
