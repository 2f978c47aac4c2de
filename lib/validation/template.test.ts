import { describe, expect, it } from "vitest";
import { z } from "zod";
import { templateFormSchema } from "./template";

const A = "6f1d3a6e-7c4b-4a53-9d5c-1c2b3a4d5e6f";
const B = "0b9f8e7d-6c5b-4a39-8281-7a6b5c4d3e2f";

function item(index: number, exerciseId: string, over: Record<string, string> = {}) {
  const fields = { exerciseId, sets: "3", reps: "10", holdSeconds: "", frequencyPerWeek: "5", note: "", ...over };
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [`items.${index}.${k}`, v]));
}
const form = (extra: Record<string, string> = {}) => ({ name: "Knee phase 1", phase: "1", description: "", ...item(0, A), ...item(1, B, { eachSide: "on" }), ...extra });
const errorsOf = (input: unknown) => {
  const r = templateFormSchema.safeParse(input);
  return r.success ? {} : (z.flattenError(r.error).fieldErrors as Record<string, string[]>);
};

describe("templateFormSchema", () => {
  it("reads header fields and indexed items in index order", () => {
    const parsed = templateFormSchema.parse({ ...form(), ...item(10, "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", { reps: "", holdSeconds: "30" }) });
    expect(parsed).toMatchObject({ name: "Knee phase 1", phase: 1, description: null });
    expect(parsed.items.map((i) => i.exerciseId)).toEqual([A, B, "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"]);
    expect(parsed.items[1]).toMatchObject({ eachSide: true, note: null });
    expect(parsed.items[2]).toMatchObject({ reps: null, holdSeconds: 30 });
  });

  it("orders by numeric index, not by the order fields arrived in", () => {
    const parsed = templateFormSchema.parse({ name: "x", phase: "2", ...item(2, B), ...item(1, A) });
    expect(parsed.items.map((i) => i.exerciseId)).toEqual([A, B]);
  });

  it("reports header and item problems together, each under its own field name", () => {
    const errors = errorsOf(form({ name: "", phase: "12", "items.1.sets": "0", "items.0.reps": "", "items.0.holdSeconds": "" }));
    expect(errors).toEqual({
      name: ["Enter name."],
      phase: ["Phase must be a whole number from 1 to 9."],
      "items.0.reps": ["Enter reps, a hold time in seconds, or both."],
      "items.1.sets": ["Sets must be a whole number from 1 to 20."],
    });
  });

  it("needs between 1 and 20 exercises", () => {
    expect(errorsOf({ name: "Empty", phase: "1" }).items).toEqual(["Add at least one exercise."]);
    const many = Object.assign({ name: "Long", phase: "1" }, ...Array.from({ length: 21 }, (_, i) => item(i, `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`)));
    expect(errorsOf(many)).toEqual({ items: ["A plan can have at most 20 exercises; shorter plans are easier to keep up."] });
    const twenty = Object.assign({ name: "Long", phase: "1" }, ...Array.from({ length: 20 }, (_, i) => item(i, `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`)));
    expect(templateFormSchema.safeParse(twenty).success).toBe(true);
  });

  it("refuses a malformed exercise id and the same exercise twice", () => {
    expect(errorsOf(form({ "items.0.exerciseId": "'; drop table exercises" }))["items.0.exerciseId"]).toEqual(["Choose an exercise from the library."]);
    expect(errorsOf({ ...form(), ...item(2, A) })).toEqual({ "items.2.exerciseId": ["This exercise is already in the list; remove one of them."] });
  });
});
