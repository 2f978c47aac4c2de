import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkbox, doseSchema, optionalInt, optionalText, requiredInt } from "./dose";

const dose = (over: Record<string, unknown> = {}) => ({ sets: "3", reps: "10", holdSeconds: "", frequencyPerWeek: "5", ...over });
const errorsOf = (input: unknown) => {
  const r = doseSchema.safeParse(input);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
};

describe("doseSchema", () => {
  it("turns form strings into numbers, empty optional fields into null, and a ticked box into true", () => {
    expect(doseSchema.parse(dose({ eachSide: "on" }))).toEqual({ sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: true });
    expect(doseSchema.parse(dose({ reps: "", holdSeconds: " 30 " }))).toMatchObject({ reps: null, holdSeconds: 30, eachSide: false });
    expect(doseSchema.parse({ sets: 2, reps: 12, holdSeconds: 5, frequencyPerWeek: 14, eachSide: true })).toMatchObject({ sets: 2, reps: 12, holdSeconds: 5 });
  });

  it("accepts every boundary value", () => {
    expect(doseSchema.safeParse(dose({ sets: "1", reps: "1", frequencyPerWeek: "1" })).success).toBe(true);
    expect(doseSchema.safeParse(dose({ sets: "20", reps: "200", holdSeconds: "600", frequencyPerWeek: "14" })).success).toBe(true);
    expect(doseSchema.safeParse(dose({ reps: "", holdSeconds: "1" })).success).toBe(true);
  });

  it.each([
    ["sets", "0"], ["sets", "21"], ["sets", "2.5"], ["sets", "abc"], ["sets", "-1"],
    ["reps", "0"], ["reps", "201"], ["holdSeconds", "0"], ["holdSeconds", "601"],
    ["frequencyPerWeek", "0"], ["frequencyPerWeek", "15"],
  ])("refuses %s = %s with a message on that field", (field, value) => {
    const errors = errorsOf(dose({ [field]: value }));
    expect(errors[field as keyof typeof errors]?.[0]).toMatch(/whole number from \d+ to \d+/);
  });

  it("asks for the required numbers instead of reading an empty field as 0", () => {
    expect(errorsOf(dose({ sets: "" })).sets).toEqual(["Enter sets."]);
    expect(errorsOf(dose({ frequencyPerWeek: "  " })).frequencyPerWeek).toEqual(["Enter times per week."]);
    expect(errorsOf({ reps: "10" })).toEqual({ sets: ["Enter sets."], frequencyPerWeek: ["Enter times per week."] });
  });

  it("needs reps, a hold time, or both", () => {
    expect(errorsOf(dose({ reps: "", holdSeconds: "" })).reps).toEqual(["Enter reps, a hold time in seconds, or both."]);
  });
});

describe("field helpers", () => {
  it("reads checkboxes as posted by a form", () => {
    expect(checkbox.parse("on")).toBe(true);
    expect(checkbox.parse(undefined)).toBe(false);
    expect(checkbox.parse("false")).toBe(false);
    expect(checkbox.safeParse("yes please").success).toBe(false);
  });

  it("trims optional text, makes empty null, and limits its length", () => {
    const note = optionalText("Note", 5);
    expect(note.parse("  hi ")).toBe("hi");
    expect(note.parse("   ")).toBeNull();
    expect(note.parse(undefined)).toBeNull();
    expect(note.safeParse("toolong").success).toBe(false);
  });

  it("keeps ranges given to the number helpers", () => {
    expect(requiredInt("Phase", { min: 1, max: 9 }).safeParse("10").success).toBe(false);
    expect(optionalInt("Reps", { min: 1, max: 3 }).parse(null)).toBeNull();
    expect(optionalInt("Reps", { min: 1, max: 3 }).safeParse("4").success).toBe(false);
  });
});
