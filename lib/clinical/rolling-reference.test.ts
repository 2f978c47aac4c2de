import { describe, expect, it } from "vitest";
import type { ClinicalLog } from "./pain-log-types";
import { ROLLING_MIN_READINGS, ROLLING_WINDOW_DAYS, median, rollingReference } from "./rolling-reference";

const log = (logDate: string, painAtRest: number, more: Partial<ClinicalLog> = {}): ClinicalLog => ({
  logDate, painAtRest, painDuringExercise: null, painNextMorning: null, ...more,
});

describe("median", () => {
  it("takes the middle value of an odd count, whatever the order", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 1, 9])).toBe(1);
    expect(median([7])).toBe(7);
  });

  it("averages the two middle values of an even count", () => {
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([2, 2, 3, 3])).toBe(2.5);
    expect(median([0, 10])).toBe(5);
  });

  it("does not reorder the caller's array", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("rollingReference", () => {
  it("uses the 14 days before the judged day and needs 3 readings (Stride's choice)", () => {
    expect(ROLLING_WINDOW_DAYS).toBe(14);
    expect(ROLLING_MIN_READINGS).toBe(3);
  });

  it("returns the median of the previous 14 days, with its readings in date order and the window", () => {
    const logs = [log("2025-03-14", 4), log("2025-03-02", 2), log("2025-03-08", 3)];
    expect(rollingReference(logs, "painAtRest", "2025-03-15")).toEqual({
      value: 3,
      readings: [
        { logDate: "2025-03-02", value: 2 },
        { logDate: "2025-03-08", value: 3 },
        { logDate: "2025-03-14", value: 4 },
      ],
      from: "2025-03-01",
      to: "2025-03-14",
    });
  });

  it("includes a reading exactly 14 days before and excludes one 15 days before", () => {
    const base = [log("2025-03-10", 1), log("2025-03-12", 1)];
    expect(rollingReference([...base, log("2025-03-01", 1)], "painAtRest", "2025-03-15")?.readings).toHaveLength(3);
    expect(rollingReference([...base, log("2025-02-28", 1)], "painAtRest", "2025-03-15")).toBeNull();
  });

  it("never counts the judged day itself, nor any later day", () => {
    const logs = [log("2025-03-10", 1), log("2025-03-11", 1), log("2025-03-15", 9), log("2025-03-16", 9)];
    expect(rollingReference(logs, "painAtRest", "2025-03-15")).toBeNull();
    const withThird = [...logs, log("2025-03-12", 1)];
    expect(rollingReference(withThird, "painAtRest", "2025-03-15")?.value).toBe(1);
  });

  it("skips blank readings of the series, so a series needs 3 recorded values of its own", () => {
    const logs = [
      log("2025-03-10", 1, { painNextMorning: 2 }),
      log("2025-03-11", 1),
      log("2025-03-12", 1, { painNextMorning: 3 }),
      log("2025-03-13", 1),
    ];
    expect(rollingReference(logs, "painAtRest", "2025-03-14")?.value).toBe(1);
    expect(rollingReference(logs, "painNextMorning", "2025-03-14")).toBeNull();
    const third = [...logs, log("2025-03-09", 0, { painNextMorning: 6 })];
    expect(rollingReference(third, "painNextMorning", "2025-03-14")?.value).toBe(3);
  });

  it("is not moved by one bad day (a median, not a mean)", () => {
    const logs = [log("2025-03-10", 1), log("2025-03-11", 9), log("2025-03-12", 1)];
    expect(rollingReference(logs, "painAtRest", "2025-03-13")?.value).toBe(1);
  });

  it("gives an even count's median as the mean of the middle two", () => {
    const logs = [log("2025-03-10", 2), log("2025-03-11", 3), log("2025-03-12", 2), log("2025-03-13", 3)];
    expect(rollingReference(logs, "painAtRest", "2025-03-14")?.value).toBe(2.5);
  });

  it("reads the window across a year boundary", () => {
    const logs = [log("2024-12-22", 4), log("2024-12-21", 8), log("2024-12-31", 4), log("2025-01-04", 5)];
    const reference = rollingReference(logs, "painAtRest", "2025-01-05");
    expect(reference?.from).toBe("2024-12-22");
    expect(reference?.to).toBe("2025-01-04");
    expect(reference?.readings.map((r) => r.logDate)).toEqual(["2024-12-22", "2024-12-31", "2025-01-04"]);
    expect(reference?.value).toBe(4);
  });

  it("has nothing to say after a gap in logging longer than 14 days", () => {
    const logs = [log("2025-02-01", 1), log("2025-02-02", 1), log("2025-02-03", 1)];
    expect(rollingReference(logs, "painAtRest", "2025-02-15")?.value).toBe(1);
    expect(rollingReference(logs, "painAtRest", "2025-02-16")).toBeNull();
    expect(rollingReference(logs, "painAtRest", "2025-03-01")).toBeNull();
  });
});
