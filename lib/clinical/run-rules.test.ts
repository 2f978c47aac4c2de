import { describe, expect, it } from "vitest";
import type { RunEntry } from "./pain-log-types";
import { SPIKE_BANDS, SPIKE_WINDOW_DAYS, evaluateRun, runPainRule, singleRunSpikeRule, spikeBand } from "./run-rules";

const run = (id: string, runDate: string, distanceKm: number | null, more: Partial<RunEntry> = {}): RunEntry => ({
  id, runDate, distanceKm, durationSeconds: 1800, painDuring: null, painNextMorning: null, ...more,
});

/** The 30-day longest for most cases: 10 km on 1 Mar 2025. */
const ten = run("r-ten", "2025-03-01", 10);

describe("spikeBand (Frandsen 2025, upper-inclusive bands)", () => {
  it("puts a shorter run, an equal run and exactly +10% in the reference group", () => {
    expect(spikeBand(5, 10)).toBe("reference");
    expect(spikeBand(10, 10)).toBe("reference");
    expect(spikeBand(11, 10)).toBe("reference");
    expect(spikeBand(10.01, 9.1)).toBe("reference");
    expect(spikeBand(3.3, 3)).toBe("reference");
    expect(spikeBand(1.1, 1)).toBe("reference");
  });

  it("calls just above +10% up to exactly +30% small", () => {
    expect(spikeBand(11.01, 10)).toBe("small");
    expect(spikeBand(10.02, 9.1)).toBe("small");
    expect(spikeBand(13, 10)).toBe("small");
    expect(spikeBand(2.6, 2)).toBe("small");
    expect(spikeBand(3.9, 3)).toBe("small");
  });

  it("calls just above +30% up to exactly +100% moderate", () => {
    expect(spikeBand(13.01, 10)).toBe("moderate");
    expect(spikeBand(20, 10)).toBe("moderate");
    expect(spikeBand(4.2, 2.1)).toBe("moderate");
  });

  it("calls more than double large", () => {
    expect(spikeBand(20.01, 10)).toBe("large");
    expect(spikeBand(42.2, 5)).toBe("large");
  });

  it("keeps the hazard ratios of the paper and a 30-day window", () => {
    expect(SPIKE_WINDOW_DAYS).toBe(30);
    expect(SPIKE_BANDS.small.hazardRatio).toBe(1.64);
    expect(SPIKE_BANDS.moderate.hazardRatio).toBe(1.52);
    expect(SPIKE_BANDS.large.hazardRatio).toBe(2.28);
    expect(SPIKE_BANDS["no-recent-run"].hazardRatio).toBeNull();
  });
});

describe("single-run spike", () => {
  it("raises nothing for a run up to 10% longer than the 30-day longest", () => {
    expect(singleRunSpikeRule(run("r2", "2025-03-20", 11), [ten])).toBeNull();
    expect(evaluateRun(run("r2", "2025-03-20", 11), [ten])).toEqual([]);
    expect(singleRunSpikeRule(run("r2", "2025-03-20", 10.01), [run("r1", "2025-03-10", 9.1)])).toBeNull();
  });

  it("raises a small spike with the run, its comparison and the hazard ratio", () => {
    expect(singleRunSpikeRule(run("r2", "2025-03-20", 11.5), [ten])).toEqual({
      rule: "single-run-spike",
      severity: "review",
      evidenceKey: "run:r2:11.5",
      evidenceDate: "2025-03-20",
      reason:
        "A 11.5 km run on 20 Mar 2025, 15% longer than the longest run of the 30 days before (10 km on 1 Mar 2025): " +
        "small spike (more than 10% up to 30% longer), injury hazard ratio 1.64 in Frandsen 2025 (healthy runners). Review the running load.",
      evidence: {
        readings: [
          { source: "run", id: "r2", date: "2025-03-20", measure: "distanceKm", value: 11.5, role: "trigger" },
          { source: "run", id: "r-ten", date: "2025-03-01", measure: "distanceKm", value: 10, role: "comparison" },
        ],
        numbers: { band: "small", percent: 15, longestKm: 10, hazardRatio: 1.64 },
      },
    });
  });

  it("flags 10.02 km after 9.1 km but not 10.01 km", () => {
    const previous = [run("r1", "2025-03-10", 9.1)];
    expect(singleRunSpikeRule(run("r2", "2025-03-20", 10.02), previous)?.evidence.numbers).toEqual({
      band: "small", percent: 10.1, longestKm: 9.1, hazardRatio: 1.64,
    });
  });

  it("calls exactly +30% small and just above it moderate", () => {
    expect(singleRunSpikeRule(run("r2", "2025-03-20", 13), [ten])?.evidence.numbers).toEqual({ band: "small", percent: 30, longestKm: 10, hazardRatio: 1.64 });
    expect(singleRunSpikeRule(run("r2", "2025-03-20", 13.01), [ten])?.evidence.numbers).toEqual({ band: "moderate", percent: 30.1, longestKm: 10, hazardRatio: 1.52 });
  });

  it("calls exactly +100% moderate and more than double large", () => {
    expect(singleRunSpikeRule(run("r2", "2025-03-20", 20), [ten])?.evidence.numbers).toEqual({ band: "moderate", percent: 100, longestKm: 10, hazardRatio: 1.52 });
    const large = singleRunSpikeRule(run("r2", "2025-03-20", 20.01), [ten]);
    expect(large?.evidence.numbers).toEqual({ band: "large", percent: 100.1, longestKm: 10, hazardRatio: 2.28 });
    expect(large?.reason).toContain("large spike (more than double), injury hazard ratio 2.28");
  });

  it("compares with the longest run of the window, not the latest", () => {
    const others = [run("a", "2025-03-05", 8), run("b", "2025-03-10", 12), run("c", "2025-03-15", 6)];
    const flag = singleRunSpikeRule(run("r2", "2025-03-20", 14), others);
    expect(flag?.evidence.readings[1]).toEqual({ source: "run", id: "b", date: "2025-03-10", measure: "distanceKm", value: 12, role: "comparison" });
    expect(flag?.evidence.numbers?.band).toBe("small");
    expect(singleRunSpikeRule(run("r2", "2025-03-20", 13), others)).toBeNull();
  });

  it("evaluates a run logged by distance only (no duration)", () => {
    const flags = evaluateRun(run("r2", "2025-03-20", 13, { durationSeconds: null }), [ten]);
    expect(flags.map((f) => [f.rule, f.severity, f.evidenceKey])).toEqual([["single-run-spike", "review", "run:r2:13"]]);
  });

  it("does not compare a run logged by duration only", () => {
    expect(singleRunSpikeRule(run("r2", "2025-03-20", null, { durationSeconds: 5400 }), [ten])).toBeNull();
    expect(singleRunSpikeRule(run("r2", "2025-03-20", null, { durationSeconds: 5400 }), [])).toBeNull();
    expect(singleRunSpikeRule(run("r2", "2025-03-20", 0), [])).toBeNull();
  });

  it("does not use runs logged by duration only (or 0 km) as the reference", () => {
    const others = [run("d", "2025-03-15", null, { durationSeconds: 3600 }), run("z", "2025-03-16", 0), run("s", "2025-03-10", 5)];
    const flag = singleRunSpikeRule(run("r2", "2025-03-20", 7), others);
    expect(flag?.evidence.readings[1]?.id).toBe("s");
    expect(flag?.evidence.numbers).toEqual({ band: "moderate", percent: 40, longestKm: 5, hazardRatio: 1.52 });
  });

  it("does not call a run 'the first after 30 days off' when the patient ran by time only in those 30 days", () => {
    // The patient ran three times last week, logging duration only: they were not 30 days without running,
    // and with no distance to compare there is nothing to judge.
    const others = [
      run("t1", "2025-03-14", null, { durationSeconds: 1800 }),
      run("t2", "2025-03-16", null, { durationSeconds: 2400 }),
      run("t3", "2025-03-18", null, { durationSeconds: 2400 }),
    ];
    expect(singleRunSpikeRule(run("r2", "2025-03-20", 8), others)).toBeNull();
  });

  it("flags the first run after 30 or more days without running", () => {
    const flag = singleRunSpikeRule(run("r2", "2025-04-01", 5), [ten]); // 31 days after 1 Mar
    expect(flag).toEqual({
      rule: "single-run-spike",
      severity: "review",
      evidenceKey: "run:r2:5",
      evidenceDate: "2025-04-01",
      reason:
        "A 5 km run on 1 Apr 2025 with no run in the 30 days before (the last one logged was on 1 Mar 2025, 31 days before): " +
        "a first run after 30 days off counts as a spike (Frandsen 2025). Review the return to running.",
      evidence: {
        readings: [{ source: "run", id: "r2", date: "2025-04-01", measure: "distanceKm", value: 5, role: "trigger" }],
        numbers: { band: "no-recent-run", windowDays: 30 },
      },
    });
  });

  it("names the last run of any kind in a first run's reason", () => {
    const byTime = run("t", "2025-03-05", null, { durationSeconds: 1200 });
    expect(singleRunSpikeRule(run("r2", "2025-04-10", 4), [ten, byTime])?.reason).toBe(
      "A 4 km run on 10 Apr 2025 with no run in the 30 days before (the last one logged was on 5 Mar 2025, 36 days before): " +
        "a first run after 30 days off counts as a spike (Frandsen 2025). Review the return to running.",
    );
  });

  it("counts a run exactly 30 days earlier inside the window, and 31 days earlier outside it", () => {
    // 10 km on 1 Mar; 31 Mar is 30 days later, 1 Apr is 31.
    expect(singleRunSpikeRule(run("r2", "2025-03-31", 10), [ten])).toBeNull();
    expect(singleRunSpikeRule(run("r2", "2025-03-31", 13), [ten])?.evidence.numbers?.band).toBe("small");
    expect(singleRunSpikeRule(run("r2", "2025-04-01", 10), [ten])?.evidence.numbers?.band).toBe("no-recent-run");
  });

  it("flags the very first run logged", () => {
    const flag = singleRunSpikeRule(run("r1", "2025-03-20", 3), []);
    expect(flag?.evidence.numbers).toEqual({ band: "no-recent-run", windowDays: 30 });
    expect(flag?.reason).toBe(
      "A 3 km run on 20 Mar 2025 with no run in the 30 days before logged in Stride: a first run after 30 days off " +
        "counts as a spike (Frandsen 2025). Review the return to running.",
    );
  });

  it("counts runs from before the protocol started (the caller passes them all)", () => {
    // Protocol started 15 Mar; the 10 km on 1 Mar is still the reference for a 10 km run on 20 Mar.
    expect(singleRunSpikeRule(run("r2", "2025-03-20", 10), [ten])).toBeNull();
    expect(singleRunSpikeRule(run("r2", "2025-03-20", 12), [ten])?.evidence.readings[1]?.id).toBe("r-ten");
  });

  it("compares a second run on the same day with the 30 days before, not with that day's first run", () => {
    const morning = run("am", "2025-03-20", 5);
    const evening = run("pm", "2025-03-20", 10);
    // Against the morning's 5 km the evening would be +100%; against the 10 km of 1 Mar it is the reference group.
    expect(singleRunSpikeRule(evening, [ten, morning])).toBeNull();
    const spike = singleRunSpikeRule(run("pm", "2025-03-20", 12), [ten, morning]);
    expect(spike?.evidence.readings[1]?.id).toBe("r-ten");
    expect(spike?.evidence.numbers?.band).toBe("small");
  });

  it("keeps two runs on one day apart by their ids", () => {
    // No run in the 30 days before: both runs of the day are first runs, each with its own key.
    const morning = run("am", "2025-03-20", 5);
    const evening = run("pm", "2025-03-20", 5);
    expect(singleRunSpikeRule(morning, [evening])?.evidenceKey).toBe("run:am:5");
    expect(singleRunSpikeRule(evening, [morning])?.evidenceKey).toBe("run:pm:5");
  });

  it("ignores the run itself among the others, and runs after it", () => {
    const self = run("r2", "2025-03-20", 12);
    expect(singleRunSpikeRule(self, [ten, self])?.evidence.numbers?.band).toBe("small");
    expect(singleRunSpikeRule(self, [ten, run("later", "2025-03-25", 30)])?.evidence.numbers?.band).toBe("small");
    expect(singleRunSpikeRule(run("r1", "2025-03-01", 10), [run("later", "2025-03-05", 3)])?.evidence.numbers?.band).toBe("no-recent-run");
  });
});

describe("run pain above 5/10", () => {
  it("accepts exactly 5/10", () => {
    expect(runPainRule(run("r2", "2025-03-20", 10, { painDuring: 5 }))).toBeNull();
    expect(evaluateRun(run("r2", "2025-03-20", 10, { painDuring: 5 }), [ten])).toEqual([]);
  });

  it("asks for review at 6/10", () => {
    expect(runPainRule(run("r2", "2025-03-20", 10, { painDuring: 6 }))).toEqual({
      rule: "run-pain-high",
      severity: "review",
      evidenceKey: "run:r2:painDuring=6",
      evidenceDate: "2025-03-20",
      reason: "Pain during a run on 20 Mar 2025 (10 km) was 6/10, above the 5/10 the pain-monitoring model accepts. Review the running load.",
      evidence: {
        readings: [{ source: "run", id: "r2", date: "2025-03-20", measure: "painDuring", value: 6, role: "trigger" }],
        numbers: { limit: 5 },
      },
    });
  });

  it("judges the pain of a run logged by duration only", () => {
    const flag = runPainRule(run("r2", "2025-03-20", null, { painDuring: 8 }));
    expect(flag?.evidenceKey).toBe("run:r2:painDuring=8");
    expect(flag?.reason).toBe("Pain during a run on 20 Mar 2025 was 8/10, above the 5/10 the pain-monitoring model accepts. Review the running load.");
  });

  it("has nothing to judge when pain was not recorded, and does not read next-morning pain as run pain", () => {
    expect(runPainRule(run("r2", "2025-03-20", 10, { painNextMorning: 9 }))).toBeNull();
  });

  it("uses the clinic's limit when given", () => {
    const limits = { acceptableExercisePain: 3, progressExercisePain: 1 };
    expect(evaluateRun(run("r2", "2025-03-20", 10, { painDuring: 4 }), [ten], limits).map((f) => f.evidenceKey)).toEqual(["run:r2:painDuring=4"]);
  });

  it("raises a spike and high pain together, both review", () => {
    const flags = evaluateRun(run("r2", "2025-03-20", 25, { painDuring: 7 }), [ten]);
    expect(flags.map((f) => [f.rule, f.severity, f.evidenceKey])).toEqual([
      ["single-run-spike", "review", "run:r2:25"],
      ["run-pain-high", "review", "run:r2:painDuring=7"],
    ]);
  });
});
