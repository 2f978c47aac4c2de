import { describe, expect, it } from "vitest";
import { isoWeekStart, weeklyAdherence, type CompletionRow } from "./adherence";

const items = [
  { exerciseId: "clamshell", frequencyPerWeek: 5 },
  { exerciseId: "split-squat", frequencyPerWeek: 3 },
];
const done = (exerciseId: string, ...days: string[]): CompletionRow[] => days.map((doneOn) => ({ doneOn, exerciseId }));
// 2025-03-10 is a Monday.
const fullWeek = { from: "2025-03-10", to: "2025-03-16" };

describe("isoWeekStart", () => {
  it("returns the Monday on or before the date, across a year boundary", () => {
    expect(isoWeekStart("2025-03-10")).toBe("2025-03-10");
    expect(isoWeekStart("2025-03-16")).toBe("2025-03-10");
    expect(isoWeekStart("2025-03-17")).toBe("2025-03-17");
    expect(isoWeekStart("2025-01-01")).toBe("2024-12-30");
  });
});

describe("weeklyAdherence", () => {
  it("sums frequencies for a full week and counts the sessions done", () => {
    const completions = [
      ...done("clamshell", "2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-14"),
      ...done("split-squat", "2025-03-11", "2025-03-13"),
    ];
    expect(weeklyAdherence(items, completions, fullWeek)).toEqual([{ weekStart: "2025-03-10", prescribed: 8, done: 7, ratio: 7 / 8 }]);
  });

  it("counts at most one completion per exercise per day", () => {
    const completions = done("clamshell", "2025-03-10", "2025-03-10", "2025-03-10", "2025-03-11");
    expect(weeklyAdherence(items, completions, fullWeek)[0]).toMatchObject({ done: 2, ratio: 2 / 8 });
  });

  it("does not let extra sessions of one exercise cover a skipped one", () => {
    const completions = done("clamshell", "2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-14", "2025-03-15", "2025-03-16");
    expect(weeklyAdherence(items, completions, fullWeek)[0]).toMatchObject({ prescribed: 8, done: 5, ratio: 5 / 8 });
  });

  it("prorates partial weeks at both edges of the range by days/7, rounded", () => {
    // Wednesday 12th to Tuesday 25th: 5 days, a full week, then 2 days.
    const weeks = weeklyAdherence(items, [], { from: "2025-03-12", to: "2025-03-25" });
    expect(weeks).toEqual([
      { weekStart: "2025-03-10", prescribed: 6, done: 0, ratio: 0 }, // 8 * 5/7 = 5.7
      { weekStart: "2025-03-17", prescribed: 8, done: 0, ratio: 0 },
      { weekStart: "2025-03-24", prescribed: 2, done: 0, ratio: 0 }, // 8 * 2/7 = 2.3
    ]);
  });

  it("ignores completions outside the range, even inside a partly covered week", () => {
    const completions = [...done("clamshell", "2025-03-10", "2025-03-11", "2025-03-12"), ...done("split-squat", "2025-03-26")];
    const weeks = weeklyAdherence(items, completions, { from: "2025-03-12", to: "2025-03-25" });
    expect(weeks.map((w) => w.done)).toEqual([1, 0, 0]);
  });

  it("caps the ratio at 1 when rounding leaves fewer sessions due than done", () => {
    // A single Sunday: 8/7 rounds to 1 session due; each exercise may still be credited once.
    const completions = [...done("clamshell", "2025-03-16"), ...done("split-squat", "2025-03-16")];
    expect(weeklyAdherence(items, completions, { from: "2025-03-16", to: "2025-03-16" })).toEqual([
      { weekStart: "2025-03-10", prescribed: 1, done: 2, ratio: 1 },
    ]);
  });

  it("credits a daily exercise once a day over a partial week", () => {
    const daily = [{ exerciseId: "single-leg-balance", frequencyPerWeek: 7 }];
    const completions = done("single-leg-balance", "2025-03-10", "2025-03-11", "2025-03-12");
    expect(weeklyAdherence(daily, completions, { from: "2025-03-10", to: "2025-03-12" })).toEqual([
      { weekStart: "2025-03-10", prescribed: 3, done: 3, ratio: 1 },
    ]);
  });

  it("ignores completions of exercises that are not prescribed", () => {
    expect(weeklyAdherence(items, done("calf-stretch", "2025-03-10"), fullWeek)[0]?.done).toBe(0);
  });

  it("reports a null ratio when nothing was due, and no weeks for an empty range", () => {
    expect(weeklyAdherence([], done("clamshell", "2025-03-10"), fullWeek)).toEqual([
      { weekStart: "2025-03-10", prescribed: 0, done: 0, ratio: null },
    ]);
    expect(weeklyAdherence(items, [], { from: "2025-03-16", to: "2025-03-10" })).toEqual([]);
  });
});
