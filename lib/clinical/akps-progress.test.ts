import { describe, expect, it } from "vitest";
import { akpsProgress } from "./akps-progress";

describe("akpsProgress: change from baseline against the 10-point MCID", () => {
  it("measures each score from the baseline, oldest first, and marks 10 or more as meaningful", () => {
    const rows = akpsProgress([
      { measuredOn: "2026-03-05", score: 67, timepoint: "discharge" },
      { measuredOn: "2026-01-01", score: 58, timepoint: "baseline" },
      { measuredOn: "2026-02-05", score: 76, timepoint: "follow-up" },
    ]);
    expect(rows.map((r) => [r.score, r.change, r.meaningful])).toEqual([
      [58, null, false],
      [76, 18, true],
      [67, 9, false],
    ]);
  });

  it("exactly 10 is meaningful, either way; 9 is not", () => {
    const rows = akpsProgress([
      { measuredOn: "2026-01-01", score: 60, timepoint: "baseline" },
      { measuredOn: "2026-02-01", score: 70, timepoint: "follow-up" },
      { measuredOn: "2026-03-01", score: 50, timepoint: "discharge" },
      { measuredOn: "2026-03-02", score: 51, timepoint: null },
    ]);
    expect(rows.map((r) => r.meaningful)).toEqual([false, true, true, false]);
  });

  it("with no score labelled baseline, the first one is the starting point", () => {
    const rows = akpsProgress([
      { measuredOn: "2026-02-01", score: 80, timepoint: null },
      { measuredOn: "2026-01-01", score: 65, timepoint: null },
    ]);
    expect(rows.map((r) => r.change)).toEqual([null, 15]);
    expect(akpsProgress([])).toEqual([]);
  });
});
