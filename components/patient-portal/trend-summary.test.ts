import { describe, expect, it } from "vitest";
import { trendSentences } from "./trend-summary";

const log = (logDate: string, rest: number, exercise: number | null = null, morning: number | null = null) => ({
  logDate, painAtRest: rest, painDuringExercise: exercise, painNextMorning: morning,
});

describe("trendSentences", () => {
  it("compares the first and the latest week's averages, per series, skipping blanks", () => {
    const logs = [
      log("2026-03-02", 4, 6), log("2026-03-04", 2, null), // week of 2 Mar: rest 3, exercise 6
      log("2026-03-16", 1, 2), log("2026-03-17", 2, 3), // week of 16 Mar: rest 1.5, exercise 2.5
    ];
    expect(trendSentences(logs)).toEqual([
      "Pain at rest: down from 3 to 1.5 out of 10.",
      "Pain during exercise: down from 6 to 2.5 out of 10.",
    ]);
  });

  it("says steady, up, or a single week's average", () => {
    expect(trendSentences([log("2026-03-02", 2), log("2026-03-09", 2)])).toEqual(["Pain at rest: steady at about 2 out of 10."]);
    expect(trendSentences([log("2026-03-02", 1), log("2026-03-10", 4)])[0]).toMatch(/^Pain at rest: up from 1 to 4/);
    expect(trendSentences([log("2026-03-02", 1, null, 3)])).toEqual(["Pain at rest: 1 out of 10 on average.", "Morning-after pain: 3 out of 10 on average."]);
    expect(trendSentences([])).toEqual([]);
  });
});
