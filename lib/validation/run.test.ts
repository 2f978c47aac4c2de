import { describe, expect, it } from "vitest";
import { z } from "zod";
import { runIdSchema, runNextMorningSchema, runSchema } from "./run";

const base = { runDate: "2026-03-10", distanceKm: "5.2", painDuring: "3" };
const errorsOf = (input: Record<string, unknown>) => {
  const r = runSchema.safeParse(input);
  if (r.success) throw new Error(`expected errors for ${JSON.stringify(input)}`);
  return z.flattenError(r.error).fieldErrors as Record<string, string[] | undefined>;
};

describe("runSchema: good input", () => {
  it("parses a full run, trimming text and turning blanks into null", () => {
    const r = runSchema.parse({ ...base, duration: "1:05", nextMorningPain: "2", cadence: " 172 ", surface: "trail", shoe: "  Pegasus 40 " });
    expect(r).toEqual({ runDate: "2026-03-10", distanceKm: 5.2, durationSeconds: 3900, painDuring: 3, painNextMorning: 2, cadence: 172, surface: "trail", shoe: "Pegasus 40" });
    const bare = runSchema.parse({ ...base, duration: "", nextMorningPain: "", cadence: "", surface: "", shoe: "  " });
    expect(bare).toMatchObject({ durationSeconds: null, painNextMorning: null, cadence: null, surface: null, shoe: null });
  });

  it("accepts a comma decimal and a trailing unit, and rounds to the stored two decimals", () => {
    expect(runSchema.parse({ ...base, distanceKm: "5,25" }).distanceKm).toBe(5.25);
    expect(runSchema.parse({ ...base, distanceKm: "10 km" }).distanceKm).toBe(10);
    expect(runSchema.parse({ ...base, distanceKm: "3.456" }).distanceKm).toBe(3.46);
    expect(runSchema.parse({ ...base, distanceKm: "150" }).distanceKm).toBe(150);
  });

  it("reads a plain number as minutes and h:mm as hours and minutes", () => {
    const seconds = (duration: string) => runSchema.parse({ ...base, distanceKm: "", duration }).durationSeconds;
    expect(seconds("45")).toBe(2700);
    expect(seconds("42,5")).toBe(2550);
    expect(seconds("0:30")).toBe(1800);
    expect(seconds("23:59")).toBe(86_340);
  });

  it("takes a run logged by time only, and pain 0 and 10 at the ends of the scale", () => {
    expect(runSchema.parse({ runDate: "2026-03-10", duration: "30", painDuring: "0" })).toMatchObject({ distanceKm: null, durationSeconds: 1800, painDuring: 0 });
    expect(runSchema.parse({ ...base, painDuring: "10", nextMorningPain: "10" })).toMatchObject({ painDuring: 10, painNextMorning: 10 });
  });

  it("drops a forged patientId: there is no such field", () => {
    expect(runSchema.parse({ ...base, patientId: "someone-else" })).not.toHaveProperty("patientId");
  });
});

describe("runSchema: bad input gets a message on its field", () => {
  it("refuses negative, zero and non-numeric distances", () => {
    expect(errorsOf({ ...base, distanceKm: "-3" }).distanceKm).toEqual(["Enter the distance in km as a number, like 5.2"]);
    expect(errorsOf({ ...base, distanceKm: "0" }).distanceKm).toEqual(["Enter a distance above 0 km"]);
    expect(errorsOf({ ...base, distanceKm: "0.001" }).distanceKm).toEqual(["Enter a distance above 0 km"]);
    expect(errorsOf({ ...base, distanceKm: "five" }).distanceKm).toEqual(["Enter the distance in km as a number, like 5.2"]);
  });

  it("refuses an absurd distance with a clear message (metres typed as km)", () => {
    const metres = ["That is more than 150 km. Check the distance: it is in kilometres, not metres."];
    expect(errorsOf({ ...base, distanceKm: "150.01" }).distanceKm).toEqual(metres);
    expect(errorsOf({ ...base, distanceKm: "5000" }).distanceKm).toEqual(metres);
  });

  it("refuses a duration of 24 hours or more, zero, negative or unreadable", () => {
    expect(errorsOf({ ...base, duration: "24:00" }).duration).toEqual(["Enter a time under 24 hours"]);
    expect(errorsOf({ ...base, duration: "1440" }).duration).toEqual(["Enter a time under 24 hours"]);
    expect(errorsOf({ ...base, duration: "3000" }).duration).toEqual(["Enter a time under 24 hours"]);
    expect(errorsOf({ ...base, duration: "0" }).duration).toEqual(["Enter a time above 0 minutes"]);
    const unreadable = ["Enter the time in minutes (45) or hours and minutes (1:05)"];
    expect(errorsOf({ ...base, duration: "-5" }).duration).toEqual(unreadable);
    expect(errorsOf({ ...base, duration: "1:75" }).duration).toEqual(unreadable);
  });

  it("refuses pain outside 0-10, and a missing pain during the run", () => {
    expect(errorsOf({ ...base, painDuring: "11" }).painDuring).toEqual(["Choose a number from 0 to 10"]);
    expect(errorsOf({ ...base, painDuring: "-1" }).painDuring).toEqual(["Choose your pain during the run, from 0 to 10"]);
    expect(errorsOf({ ...base, nextMorningPain: "12" }).nextMorningPain).toEqual(["Choose a number from 0 to 10"]);
    expect(errorsOf({ runDate: "2026-03-10", distanceKm: "5" }).painDuring).toEqual(["Choose your pain during the run, from 0 to 10"]);
    expect(errorsOf({ ...base, painDuring: "" }).painDuring).toEqual(["Choose your pain during the run, from 0 to 10"]);
  });

  it("needs a distance or a time", () => {
    expect(errorsOf({ runDate: "2026-03-10", painDuring: "2" }).distanceKm).toEqual(["Enter the distance or the time of the run (or both)"]);
    expect(errorsOf({ runDate: "2026-03-10", painDuring: "2", distanceKm: " ", duration: "" }).distanceKm).toEqual(["Enter the distance or the time of the run (or both)"]);
  });

  it("refuses a bad day, cadence, surface and a long shoe name", () => {
    const e = errorsOf({ ...base, runDate: "2026-02-30", cadence: "40", surface: "sand", shoe: "x".repeat(81) });
    expect(e.runDate).toEqual(["Enter the day of the run as a date"]);
    expect(e.cadence).toEqual(["Enter a cadence from 60 to 260 steps per minute"]);
    expect(e.surface).toEqual(["Choose a surface from the list"]);
    expect(e.shoe).toEqual(["Use at most 80 characters for the shoe"]);
    expect(errorsOf({ ...base, cadence: "261" }).cadence).toEqual(["Enter a cadence from 60 to 260 steps per minute"]);
    expect(errorsOf({ ...base, cadence: "170.5" }).cadence).toEqual(["Enter the cadence as whole steps per minute, like 170"]);
  });
});

describe("next-morning and id schemas", () => {
  it("takes a 0-10 score or a blank (clears it), and keeps the id for the DAL to scope", () => {
    expect(runNextMorningSchema.parse({ runId: "abc", nextMorningPain: "4" })).toEqual({ runId: "abc", painNextMorning: 4 });
    expect(runNextMorningSchema.parse({ runId: "abc", nextMorningPain: "" })).toEqual({ runId: "abc", painNextMorning: null });
    expect(runNextMorningSchema.safeParse({ runId: "abc", nextMorningPain: "11" }).success).toBe(false);
    expect(runIdSchema.safeParse({}).success).toBe(false);
  });
});
