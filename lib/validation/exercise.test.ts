import { describe, expect, it } from "vitest";
import { z } from "zod";
import { exerciseInputSchema, exerciseUpdateSchema } from "./exercise";

const good = {
  name: " Step-down ", type: "strengthening", group: "quadriceps", target: "Quadriceps (VMO)", equipment: "",
  instructions: "Stand on a low step and lower the other heel slowly to the floor.", sets: "3", reps: "8", holdSeconds: "",
  frequencyPerWeek: "3", eachSide: "on", doseNote: "",
};
const errorsOf = (input: unknown) => {
  const r = exerciseInputSchema.safeParse(input);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
};

describe("exerciseInputSchema", () => {
  it("accepts a clinic exercise, trimming text and defaulting the equipment", () => {
    expect(exerciseInputSchema.parse(good)).toMatchObject({ name: "Step-down", equipment: "None", sets: 3, reps: 8, holdSeconds: null, eachSide: true, doseNote: null });
  });

  it("requires a name, target and instructions", () => {
    const errors = errorsOf({ ...good, name: "  ", target: "", instructions: "" });
    expect(errors.name).toEqual(["Enter name."]);
    expect(errors.target).toEqual(["Enter target."]);
    expect(errors.instructions).toEqual(["Enter instructions."]);
  });

  it("refuses an unknown type or group, and a strengthening exercise filed under flexibility", () => {
    expect(errorsOf({ ...good, type: "cardio" }).type).toEqual(["Choose strengthening or flexibility."]);
    expect(errorsOf({ ...good, group: "core" }).group).toEqual(["Choose a group."]);
    expect(errorsOf({ ...good, group: "flexibility" }).group).toEqual(["Flexibility exercises go in the Flexibility group; strengthening ones in Hip or Thigh (quadriceps)."]);
    expect(exerciseInputSchema.safeParse({ ...good, type: "flexibility", group: "flexibility" }).success).toBe(true);
  });

  it("validates the dose like every other plan", () => {
    expect(errorsOf({ ...good, sets: "0" }).sets).toEqual(["Sets must be a whole number from 1 to 20."]);
    expect(errorsOf({ ...good, reps: "", holdSeconds: "" }).reps).toEqual(["Enter reps, a hold time in seconds, or both."]);
    expect(errorsOf({ ...good, name: "x".repeat(121) }).name).toEqual(["Name can be at most 120 characters."]);
  });

  it("keeps the id a plain string for the DAL to check", () => {
    expect(exerciseUpdateSchema.parse({ ...good, id: "not-a-uuid" })).toMatchObject({ id: "not-a-uuid", name: "Step-down" });
  });
});
