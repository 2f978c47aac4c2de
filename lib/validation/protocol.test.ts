import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addDays, todayIso } from "@/lib/dates";
import { PROTOCOL_FORM_OUT_OF_DATE, protocolFormSchema, startDateField, startDateProblem, todaysOnEarth } from "./protocol";

const A = "6f1d3a6e-7c4b-4a53-9d5c-1c2b3a4d5e6f";
const PATIENT = "0b9f8e7d-6c5b-4a39-8281-7a6b5c4d3e2f";

function item(index: number, over: Record<string, string> = {}) {
  const fields = { exerciseId: A, sets: "3", reps: "12", holdSeconds: "", frequencyPerWeek: "5", side: "right", load: " Red band ", note: "", ...over };
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [`items.${index}.${k}`, v]));
}
const form = (extra: Record<string, string> = {}) => ({ patientId: PATIENT, baseVersion: "", title: "Phase 1", phase: "1", startDate: todayIso(), ...item(0), ...extra });
const errorsOf = (input: unknown) => {
  const r = protocolFormSchema.safeParse(input);
  return r.success ? {} : (z.flattenError(r.error).fieldErrors as Record<string, string[]>);
};

describe("protocolFormSchema", () => {
  it("parses a prescription with side and load", () => {
    const parsed = protocolFormSchema.parse(form({ baseVersion: "2" }));
    expect(parsed).toMatchObject({ patientId: PATIENT, baseVersion: 2, title: "Phase 1", phase: 1 });
    expect(parsed.items).toEqual([{ exerciseId: A, sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: 5, eachSide: false, side: "right", load: "Red band", note: null }]);
    expect(protocolFormSchema.parse(form()).baseVersion).toBeNull();
  });

  it("refuses a save that does not say which version it edits, as a whole-form message", () => {
    const { baseVersion: _omitted, ...withoutBase } = form();
    const r = protocolFormSchema.safeParse(withoutBase);
    expect(r.success).toBe(false);
    expect(r.error && z.flattenError(r.error)).toEqual({ formErrors: [PROTOCOL_FORM_OUT_OF_DATE], fieldErrors: {} });
    for (const forged of ["two", "-1", "1.5"]) {
      expect(protocolFormSchema.safeParse(form({ baseVersion: forged })).error?.issues.map((i) => [i.path, i.message])).toEqual([[[], PROTOCOL_FORM_OUT_OF_DATE]]);
    }
  });

  it("requires a side from the list", () => {
    expect(errorsOf(form(item(0, { side: "" })))["items.0.side"]).toEqual(["Choose left, right or both."]);
    expect(errorsOf(form(item(0, { side: "middle" })))["items.0.side"]).toEqual(["Choose left, right or both."]);
  });

  it("refuses sets of 0 and an over-long load, on the item's own field", () => {
    const errors = errorsOf(form(item(0, { sets: "0", load: "x".repeat(101) })));
    expect(errors).toEqual({ "items.0.sets": ["Sets must be a whole number from 1 to 20."], "items.0.load": ["Load can be at most 100 characters."] });
  });

  it("needs a title, a phase from 1 to 9 and a real start date", () => {
    const errors = errorsOf(form({ title: " ", phase: "0", startDate: "2025-02-30" }));
    expect(errors.title).toEqual(["Enter title."]);
    expect(errors.phase).toEqual(["Phase must be a whole number from 1 to 9."]);
    expect(errors.startDate).toEqual(["Enter the start date as YYYY-MM-DD."]);
  });

  it("accepts start dates from a year ago to 90 days ahead", () => {
    const field = startDateField(() => "2026-06-15");
    expect(field.safeParse("2026-06-15").success).toBe(true);
    expect(field.safeParse("2025-06-14").success).toBe(true);
    expect(field.safeParse("2025-06-13").success).toBe(false);
    expect(field.safeParse("2026-09-13").success).toBe(true);
    expect(field.safeParse("2026-09-14").success).toBe(false);
    expect(errorsOf(form({ startDate: addDays(todayIso(), 400) })).startDate).toEqual(["The start date can be at most 90 days ahead."]);
  });

  it("is lenient by the world's spread of todays, since a form check cannot know the clinic's zone", () => {
    // 11:00 UTC: still the 14th on Baker Island (UTC-12), already the 16th on Kiritimati (UTC+14).
    expect(todaysOnEarth(new Date("2026-06-15T11:00:00Z"))).toEqual({ earliest: "2026-06-14", latest: "2026-06-16" });
    const field = startDateField(() => ({ earliest: "2026-06-14", latest: "2026-06-16" }));
    expect(field.safeParse("2026-09-14").success).toBe(true);
    expect(field.safeParse("2025-06-13").success).toBe(true);
    expect(field.safeParse("2026-09-15").success).toBe(false);
  });

  it("has one strict rule for a single clinic day, with the form's messages", () => {
    expect(startDateProblem("2026-09-13", "2026-06-15")).toBeNull();
    expect(startDateProblem("2026-09-14", "2026-06-15")).toBe("The start date can be at most 90 days ahead.");
    expect(startDateProblem("2025-06-13", "2026-06-15")).toBe("The start date can be at most a year ago.");
  });

  it("needs at least one exercise", () => {
    expect(errorsOf({ patientId: PATIENT, title: "T", phase: "1", startDate: todayIso() }).items).toEqual(["Add at least one exercise."]);
  });
});
