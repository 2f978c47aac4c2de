import { describe, expect, it } from "vitest";
import { describeChart, describeSeries } from "./chart-summary";

const points = [
  { logDate: "2026-03-02", painAtRest: 3, painDuringExercise: null, painNextMorning: 4 },
  { logDate: "2026-03-03", painAtRest: 2, painDuringExercise: 6, painNextMorning: 3 },
  { logDate: "2026-03-04", painAtRest: 1, painDuringExercise: 8, painNextMorning: null },
];

describe("chart text alternative", () => {
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
