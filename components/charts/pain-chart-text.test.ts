import { describe, expect, it } from "vitest";
import { describeChart, describeSeries, trendSentences } from "./pain-chart-text";

const points = [
  { logDate: "2026-03-02", painAtRest: 3, painDuringExercise: null, painNextMorning: 4 },
  { logDate: "2026-03-03", painAtRest: 2, painDuringExercise: 6, painNextMorning: 3 },
  { logDate: "2026-03-04", painAtRest: 1, painDuringExercise: 8, painNextMorning: null },
];

describe("the therapist's chart in words", () => {
  it("gives first and latest readings and where the latest sits against the baseline band", () => {
    expect(describeSeries(points, "painAtRest", 3)).toBe("Pain at rest: 3/10 on 2 Mar 2026, 1/10 on 4 Mar 2026; latest meaningfully below the baseline of 3.");
    expect(describeSeries(points, "painDuringExercise", 6.5)).toBe("Pain during exercise: 6/10 on 3 Mar 2026, 8/10 on 4 Mar 2026; latest within 2 points of the baseline of 6.5.");
    expect(describeSeries(points, "painDuringExercise", 6)).toContain("latest meaningfully above the baseline of 6");
    expect(describeSeries(points, "painNextMorning", null)).toBe("Next-morning pain: 4/10 on 2 Mar 2026, 3/10 on 3 Mar 2026.");
    expect(describeSeries([], "painAtRest", null)).toBe("Pain at rest: not recorded in this period.");
  });

  it("summarises the period and the version marks, or says there is nothing", () => {
    const text = describeChart(points, { from: "2026-03-01", to: "2026-03-04", baseline: null, markers: [{ version: 2, date: "2026-03-03" }] });
    expect(text).toMatch(/^3 pain logs between 1 Mar 2026 and 4 Mar 2026/);
    expect(text).toContain("Protocol versions: v2 on 3 Mar 2026.");
    expect(describeChart([], { from: "2026-03-01", to: "2026-03-04", baseline: null, markers: [] })).toBe("No pain logs between 1 Mar 2026 and 4 Mar 2026.");
  });
});

const log = (logDate: string, rest: number, exercise: number | null = null, morning: number | null = null) => ({
  logDate, painAtRest: rest, painDuringExercise: exercise, painNextMorning: morning,
});

describe("the patient's chart in words (trendSentences)", () => {
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
