import { randomUUID } from "node:crypto";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { addDays, todayIso } from "@/lib/dates";
import { earliestLogDate, exerciseTickSchema, painLogSchema } from "./pain-log";

const good = { logDate: todayIso(), painAtRest: "3" };

function errorsOf(input: Record<string, unknown>) {
  const r = painLogSchema.safeParse(input);
  if (r.success) throw new Error("expected the log to be rejected");
  return z.flattenError(r.error).fieldErrors as Record<string, string[] | undefined>;
}

describe("painLogSchema", () => {
  it("accepts a full log and converts it to numbers, booleans and lists", () => {
    const ex = randomUUID();
    const r = painLogSchema.parse({
      logDate: addDays(todayIso(), -2), painAtRest: "2", painDuringExercise: "4", painNextMorning: "1",
      aggravatingActivities: ["stairs", "running"], grinding: "on", exerciseIds: [ex, ex],
      redFlags: ["new-injury"], note: "  Felt fine  ", patientId: randomUUID(),
    });
    expect(r).toEqual({
      logDate: addDays(todayIso(), -2), painAtRest: 2, painDuringExercise: 4, painNextMorning: 1,
      aggravatingActivities: ["stairs", "running"], grinding: true, exerciseIds: [ex],
      redFlags: ["new-injury"], note: "Felt fine",
    });
    expect(r).not.toHaveProperty("patientId");
  });

  it("turns blank optional fields into null, no ticks and no grinding", () => {
    const r = painLogSchema.parse({ ...good, painDuringExercise: "", painNextMorning: "", redFlags: "", note: "", exerciseIds: "" });
    expect(r).toMatchObject({ painDuringExercise: null, painNextMorning: null, redFlags: [], note: null, exerciseIds: [], aggravatingActivities: [], grinding: false });
  });

  it("requires pain at rest, and says so", () => {
    expect(errorsOf({ logDate: todayIso() }).painAtRest).toEqual(["Choose your pain at rest, from 0 to 10"]);
    expect(errorsOf({ logDate: todayIso(), painAtRest: "" }).painAtRest).toEqual(["Choose your pain at rest, from 0 to 10"]);
  });

  it("accepts exactly 0 and 10 on every scale, and rejects 11, -1 and words", () => {
    expect(painLogSchema.parse({ ...good, painAtRest: "0", painDuringExercise: "10", painNextMorning: "0" })).toMatchObject({ painAtRest: 0, painDuringExercise: 10, painNextMorning: 0 });
    expect(painLogSchema.parse({ ...good, painAtRest: "10" }).painAtRest).toBe(10);
    expect(errorsOf({ ...good, painAtRest: "11" }).painAtRest).toEqual(["Choose a number from 0 to 10"]);
    expect(errorsOf({ ...good, painDuringExercise: "11" }).painDuringExercise).toEqual(["Choose a number from 0 to 10"]);
    expect(errorsOf({ ...good, painNextMorning: "-1" }).painNextMorning).toEqual(["Choose a number from 0 to 10"]);
    expect(errorsOf({ ...good, painAtRest: "lots" }).painAtRest).toEqual(["Choose a number from 0 to 10"]);
    expect(errorsOf({ ...good, painAtRest: "2.5" }).painAtRest).toEqual(["Choose a number from 0 to 10"]);
  });

  it("rejects a date that is not a date and leaves \"not in the future\" to the DAL, which knows the clinic's zone", () => {
    expect(errorsOf({ ...good, logDate: "2026-02-30" }).logDate).toEqual(["Enter the date as a date"]);
    expect(errorsOf({ ...good, logDate: "" }).logDate).toEqual(["Enter the date as a date"]);
    expect(painLogSchema.parse({ ...good, logDate: addDays(todayIso(), -10) }).logDate).toBe(addDays(todayIso(), -10));
  });

  it("takes the red-flag answers from the list only", () => {
    expect(painLogSchema.parse({ ...good, redFlags: ["new-injury", "calf-pain-swelling"] }).redFlags).toEqual(["new-injury", "calf-pain-swelling"]);
    expect(painLogSchema.parse({ ...good, redFlags: "locking-giving-way" }).redFlags).toEqual(["locking-giving-way"]);
    expect(painLogSchema.parse(good).redFlags).toEqual([]);
    expect(errorsOf({ ...good, redFlags: ["feeling-sad"] }).redFlags).toEqual(["Choose from the list"]);
  });

  it("drops the old day-level run fields: runs are their own rows now", () => {
    expect(painLogSchema.parse({ ...good, runDistanceKm: "5", longestRunKm: "6" })).not.toHaveProperty("runDistanceKm");
  });

  it("rejects activities outside the list and exercise ids that are not ids", () => {
    expect(errorsOf({ ...good, aggravatingActivities: ["running", "skydiving"] }).aggravatingActivities).toEqual(["Choose from the list"]);
    expect(errorsOf({ ...good, exerciseIds: ["clamshell"] }).exerciseIds).toEqual(["Choose exercises from your plan"]);
  });

  it("caps the note", () => {
    expect(errorsOf({ ...good, note: "x".repeat(2001) }).note).toEqual(["Use at most 2000 characters"]);
    expect(painLogSchema.parse({ ...good, note: "x".repeat(2000) }).note).toHaveLength(2000);
  });
});

describe("earliestLogDate", () => {
  it("is 30 days before the protocol started, or 30 days back without a protocol", () => {
    expect(earliestLogDate("2026-03-31", "2026-05-01")).toBe("2026-03-01");
    expect(earliestLogDate(null, "2026-05-01")).toBe("2026-04-01");
  });
});

describe("exerciseTickSchema", () => {
  it("reads the tick state and refuses anything but a uuid", () => {
    const id = randomUUID();
    expect(exerciseTickSchema.parse({ exerciseId: id, done: "true" })).toEqual({ exerciseId: id, done: true });
    expect(exerciseTickSchema.parse({ exerciseId: id, done: "false" })).toEqual({ exerciseId: id, done: false });
    expect(exerciseTickSchema.safeParse({ exerciseId: "1; drop table", done: "true" }).success).toBe(false);
    expect(exerciseTickSchema.safeParse({ exerciseId: id, done: "maybe" }).success).toBe(false);
  });
});
