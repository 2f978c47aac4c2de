import { describe, expect, it } from "vitest";
import { computeBaseline, formatPain, isAboveBaseline, risesAtLeast } from "./baseline";
import type { ClinicalLog } from "./pain-log-types";

const log = (logDate: string, painAtRest: number, more: Partial<ClinicalLog> = {}): ClinicalLog => ({
  logDate, painAtRest, painDuringExercise: null, painNextMorning: null, ...more,
});

describe("computeBaseline", () => {
  it("has no baseline with fewer than 3 logs", () => {
    expect(computeBaseline([])).toBeNull();
    expect(computeBaseline([log("2025-03-01", 4), log("2025-03-02", 5)])).toBeNull();
  });

  it("averages the first 3 logs by date, whatever order they arrive in", () => {
    const baseline = computeBaseline([
      log("2025-03-04", 9),
      log("2025-03-02", 3),
      log("2025-03-03", 4),
      log("2025-03-01", 2),
    ]);
    expect(baseline?.painAtRest?.value).toBe(3);
    expect(baseline?.painAtRest?.readings.map((r) => r.logDate)).toEqual(["2025-03-01", "2025-03-02", "2025-03-03"]);
  });

  it("keeps an unrounded mean", () => {
    const baseline = computeBaseline([log("2025-03-01", 2), log("2025-03-02", 2), log("2025-03-03", 3)]);
    expect(baseline?.painAtRest?.value).toBeCloseTo(7 / 3, 10);
  });

  it("builds optional series from their first 3 recorded values, skipping blank days and gaps", () => {
    const baseline = computeBaseline([
      log("2025-03-01", 2),
      log("2025-03-02", 2, { painDuringExercise: 4 }),
      log("2025-03-03", 2),
      log("2025-03-12", 2, { painDuringExercise: 5 }),
      log("2025-03-20", 2, { painDuringExercise: 6 }),
      log("2025-03-21", 2, { painDuringExercise: 9 }),
    ]);
    expect(baseline?.painDuringExercise?.value).toBe(5);
    expect(baseline?.painDuringExercise?.readings.map((r) => r.logDate)).toEqual(["2025-03-02", "2025-03-12", "2025-03-20"]);
  });

  it("leaves a series without baseline when it has fewer than 3 values", () => {
    const baseline = computeBaseline([
      log("2025-03-01", 2, { painNextMorning: 3 }),
      log("2025-03-02", 2, { painNextMorning: 1 }),
      log("2025-03-03", 2),
    ]);
    expect(baseline?.painAtRest?.value).toBe(2);
    expect(baseline?.painNextMorning).toBeNull();
    expect(baseline?.painDuringExercise).toBeNull();
  });
});

describe("baseline comparisons", () => {
  const reference = { value: 3, readings: [] };

  it("counts a rise of exactly the threshold, not less", () => {
    expect(risesAtLeast(5, reference, 2)).toBe(true);
    expect(risesAtLeast(4, reference, 2)).toBe(false);
    expect(risesAtLeast(5, { value: 7 / 3, readings: [] }, 2)).toBe(true);
    expect(risesAtLeast(4, { value: 7 / 3, readings: [] }, 2)).toBe(false);
  });

  it("treats equal to baseline as not above", () => {
    expect(isAboveBaseline(3, reference)).toBe(false);
    expect(isAboveBaseline(4, reference)).toBe(true);
  });

  it("formats whole numbers plainly and means to one decimal", () => {
    expect(formatPain(3)).toBe("3");
    expect(formatPain(7 / 3)).toBe("2.3");
  });
});
