import { describe, expect, it } from "vitest";
import {
  computeFlags,
  exercisePainHighFlag,
  FLAG_RULES,
  morningPainNotSettledFlag,
  noRecentLogFlag,
  painAboveBaselineFlag,
  runsafeBand,
  singleRunSpikeFlag,
} from "./flags";
import type { ClinicalLog } from "./pain-log-types";

const log = (logDate: string, painAtRest: number, more: Partial<ClinicalLog> = {}): ClinicalLog => ({
  logDate, painAtRest, painDuringExercise: null, painNextMorning: null, longestRunKm: null, runDistanceKm: null, ...more,
});
const run = (logDate: string, longestRunKm: number) => log(logDate, 1, { longestRunKm, runDistanceKm: longestRunKm });
const calmStart = [log("2025-03-01", 3), log("2025-03-02", 3), log("2025-03-03", 3)];

describe("pain-above-baseline", () => {
  it("does not fire with fewer than 3 logs, however high the pain", () => {
    expect(painAboveBaselineFlag([log("2025-03-01", 1), log("2025-03-02", 9)])).toBeNull();
  });

  it("fires at exactly 2 points above baseline and not at 1", () => {
    expect(painAboveBaselineFlag([...calmStart, log("2025-03-04", 4)])).toBeNull();
    const flag = painAboveBaselineFlag([...calmStart, log("2025-03-04", 5)]);
    expect(flag?.rises).toEqual([{ series: "painAtRest", latest: 5, baseline: 3, rise: 2 }]);
    expect(flag?.severity).toBe(3);
    expect(flag?.reason).toContain("pain at rest 5/10 (baseline 3, +2)");
    expect(flag?.evidence).toEqual([
      { logDate: "2025-03-04", measure: "painAtRest", value: 5, role: "trigger" },
      { logDate: "2025-03-01", measure: "painAtRest", value: 3, role: "comparison" },
      { logDate: "2025-03-02", measure: "painAtRest", value: 3, role: "comparison" },
      { logDate: "2025-03-03", measure: "painAtRest", value: 3, role: "comparison" },
    ]);
  });

  it("takes the threshold as a parameter", () => {
    expect(painAboveBaselineFlag([...calmStart, log("2025-03-04", 5)], 3)).toBeNull();
    expect(painAboveBaselineFlag([...calmStart, log("2025-03-04", 4)], 1)?.rises[0]?.rise).toBe(1);
  });

  it("compares each series with its own baseline and reports every series that rose", () => {
    const logs = [
      log("2025-03-01", 1, { painNextMorning: 1, painDuringExercise: 2 }),
      log("2025-03-02", 1, { painNextMorning: 1, painDuringExercise: 2 }),
      log("2025-03-03", 1, { painNextMorning: 1, painDuringExercise: 2 }),
      log("2025-03-04", 4, { painNextMorning: 3, painDuringExercise: 3 }),
    ];
    const flag = painAboveBaselineFlag(logs);
    expect(flag?.rises.map((r) => r.series)).toEqual(["painAtRest", "painNextMorning"]);
  });

  it("ignores a series that has no baseline yet", () => {
    const logs = [...calmStart, log("2025-03-04", 3, { painDuringExercise: 9 })];
    expect(painAboveBaselineFlag(logs)).toBeNull();
  });

  it("reads only the latest log: an earlier bad day that settled does not flag", () => {
    expect(painAboveBaselineFlag([...calmStart, log("2025-03-04", 8), log("2025-03-05", 3)])).toBeNull();
  });

  it("with exactly 3 logs, compares the latest with a baseline that includes it", () => {
    const flag = painAboveBaselineFlag([log("2025-03-01", 0), log("2025-03-02", 0), log("2025-03-03", 9)]);
    expect(flag?.rises).toEqual([{ series: "painAtRest", latest: 9, baseline: 3, rise: 6 }]);
  });
});

describe("exercise-pain-high", () => {
  it("does not fire at exactly 5 and fires above it, up to 10", () => {
    expect(exercisePainHighFlag([log("2025-03-01", 1, { painDuringExercise: 5 })])).toBeNull();
    expect(exercisePainHighFlag([log("2025-03-01", 1, { painDuringExercise: 6 })])?.painDuringExercise).toBe(6);
    const flag = exercisePainHighFlag([log("2025-03-01", 1, { painDuringExercise: 10 })]);
    expect(flag?.reason).toBe(
      "Pain during exercise was 10/10 on 1 Mar 2025, above the 5/10 the pain-monitoring model accepts. Review the exercise dose.",
    );
  });

  it("reads the latest log only, and a blank exercise score does not flag", () => {
    expect(exercisePainHighFlag([log("2025-03-01", 1, { painDuringExercise: 8 }), log("2025-03-02", 1, { painDuringExercise: 3 })])).toBeNull();
    expect(exercisePainHighFlag([log("2025-03-01", 1, { painDuringExercise: 8 }), log("2025-03-02", 1)])).toBeNull();
  });

  it("uses the clinic's limit when given", () => {
    const logs = [log("2025-03-01", 1, { painDuringExercise: 5 })];
    expect(exercisePainHighFlag(logs, { acceptableExercisePain: 4, progressExercisePain: 2 })?.severity).toBe(3);
  });
});

describe("morning-pain-not-settled", () => {
  it("fires when the morning is worse than the previous day's pain at rest", () => {
    const flag = morningPainNotSettledFlag([log("2025-03-01", 2), log("2025-03-02", 2, { painNextMorning: 3 })]);
    expect(flag?.triggers).toEqual(["above-previous-day-rest"]);
    expect(flag?.evidence).toContainEqual({ logDate: "2025-03-01", measure: "painAtRest", value: 2, role: "comparison" });
  });

  it("does not fire when the morning equals the previous day's rest", () => {
    expect(morningPainNotSettledFlag([log("2025-03-01", 3), log("2025-03-02", 2, { painNextMorning: 3 })])).toBeNull();
  });

  it("skips the previous-day comparison after a gap in logging", () => {
    expect(morningPainNotSettledFlag([log("2025-03-01", 1), log("2025-03-03", 2, { painNextMorning: 5 })])).toBeNull();
  });

  it("fires when the morning stays above baseline on the last two logs", () => {
    const start = [1, 2, 3].map((d) => log(`2025-03-0${d}`, 4, { painNextMorning: 1 }));
    const flag = morningPainNotSettledFlag([...start, log("2025-03-05", 4, { painNextMorning: 2 }), log("2025-03-06", 4, { painNextMorning: 2 })]);
    expect(flag?.triggers).toEqual(["above-baseline-two-logs"]);
    expect(flag?.reason).toContain("baseline of 1");
  });

  it("needs both of the last two logs above baseline, with no blank morning between", () => {
    const start = [1, 2, 3].map((d) => log(`2025-03-0${d}`, 4, { painNextMorning: 1 }));
    expect(morningPainNotSettledFlag([...start, log("2025-03-05", 4, { painNextMorning: 1 }), log("2025-03-06", 4, { painNextMorning: 2 })])).toBeNull();
    expect(
      morningPainNotSettledFlag([
        ...start,
        log("2025-03-04", 4, { painNextMorning: 3 }),
        log("2025-03-05", 4),
        log("2025-03-06", 4, { painNextMorning: 3 }),
      ]),
    ).toBeNull();
  });

  it("does not fire when the latest log has no morning score", () => {
    expect(morningPainNotSettledFlag([log("2025-03-01", 0), log("2025-03-02", 5)])).toBeNull();
  });
});

describe("no-recent-log", () => {
  it("fires at exactly 7 days since the last log, not at 6", () => {
    expect(noRecentLogFlag([log("2025-03-01", 2)], { today: "2025-03-07" })).toBeNull();
    const flag = noRecentLogFlag([log("2025-03-01", 2)], { today: "2025-03-08" });
    expect(flag).toMatchObject({ days: 7, lastLogDate: "2025-03-01", severity: 1 });
    expect(flag?.reason).toBe("No pain log for 7 days (last on 1 Mar 2025). Review adherence and check in with the patient.");
  });

  it("counts from the last log, not an earlier one", () => {
    expect(noRecentLogFlag([log("2025-02-01", 2), log("2025-03-05", 2)], { today: "2025-03-10" })).toBeNull();
  });

  it("counts from the protocol start when the patient never logged", () => {
    expect(noRecentLogFlag([], { today: "2025-03-10", since: "2025-03-04" })).toBeNull();
    expect(noRecentLogFlag([], { today: "2025-03-10", since: "2025-03-03" })).toMatchObject({ days: 7, lastLogDate: null });
    expect(noRecentLogFlag([], { today: "2025-03-10" })).toBeNull();
  });
});

describe("single-run-spike", () => {
  it("includes a run exactly 30 days earlier in the window", () => {
    const flag = singleRunSpikeFlag([run("2025-03-01", 10), run("2025-03-31", 12)]);
    expect(flag).toMatchObject({ spikePercent: 20, band: "10-30", previousLongestKm: 10, severity: 2 });
    expect(flag?.reason).toBe(
      "Longest run on 31 Mar 2025 was 12 km, 20% longer than the longest run of the previous 30 days " +
        "(10 km on 1 Mar 2025): Garmin-RUNSAFE band 10-30% (about +64% overuse-injury risk). Review the running load.",
    );
  });

  it("leaves out a run 31 days earlier", () => {
    expect(singleRunSpikeFlag([run("2025-02-28", 10), run("2025-03-31", 12)])).toBeNull();
    const flag = singleRunSpikeFlag([run("2025-02-28", 20), run("2025-03-01", 10), run("2025-03-31", 12)]);
    expect(flag?.previousLongestKm).toBe(10);
  });

  it("does not fire for a run equal to or shorter than the 30-day longest", () => {
    expect(singleRunSpikeFlag([run("2025-03-01", 10), run("2025-03-10", 10)])).toBeNull();
    expect(singleRunSpikeFlag([run("2025-03-01", 10), run("2025-03-10", 6)])).toBeNull();
  });

  it("needs an earlier run in the window and a run on the latest log", () => {
    expect(singleRunSpikeFlag([log("2025-03-01", 1), run("2025-03-10", 10)])).toBeNull();
    expect(singleRunSpikeFlag([run("2025-03-01", 5), log("2025-03-10", 1)])).toBeNull();
  });

  it("compares against the longest of several earlier runs", () => {
    const flag = singleRunSpikeFlag([run("2025-03-01", 8), run("2025-03-05", 10), run("2025-03-08", 6), run("2025-03-10", 13)]);
    expect(flag).toMatchObject({ previousLongestKm: 10, spikePercent: 30, band: "30-100" });
  });

  it("names the band and sets severity by spike size", () => {
    expect(singleRunSpikeFlag([run("2025-03-01", 10), run("2025-03-10", 10.5)])).toMatchObject({ band: "under-10", severity: 1 });
    expect(singleRunSpikeFlag([run("2025-03-01", 8), run("2025-03-10", 8.8)])).toMatchObject({ spikePercent: 10, band: "10-30" });
    expect(singleRunSpikeFlag([run("2025-03-01", 10), run("2025-03-10", 20)])).toMatchObject({ spikePercent: 100, band: "30-100" });
    const big = singleRunSpikeFlag([run("2025-03-01", 10), run("2025-03-10", 21)]);
    expect(big).toMatchObject({ spikePercent: 110, band: "over-100", severity: 3 });
    expect(big?.reason).toContain("Garmin-RUNSAFE band over 100%");
  });

  it("bands are lower-inclusive", () => {
    expect([9.9, 10, 29.9, 30, 100, 100.1].map(runsafeBand)).toEqual(["under-10", "10-30", "10-30", "30-100", "30-100", "over-100"]);
  });
});

describe("computeFlags", () => {
  it("returns nothing for a settled patient who logs regularly", () => {
    expect(computeFlags([...calmStart, log("2025-03-04", 3, { painDuringExercise: 2 })], { today: "2025-03-05" })).toEqual([]);
  });

  it("sorts most urgent first, breaking ties by rule order", () => {
    const withRun = [log("2025-03-01", 3), log("2025-03-02", 3, { longestRunKm: 10 }), log("2025-03-03", 3)];
    const logs = [...withRun, log("2025-03-04", 6, { painDuringExercise: 7, longestRunKm: 12 })];
    const flags = computeFlags(logs, { today: "2025-03-11" });
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([
      ["pain-above-baseline", 3],
      ["exercise-pain-high", 3],
      ["single-run-spike", 2],
      ["no-recent-log", 1],
    ]);
  });

  it("reads logs in date order, whatever order they arrive in", () => {
    // The bad day arrives last but is not the latest log.
    const logs = [log("2025-03-05", 3, { painDuringExercise: 2 }), ...calmStart, log("2025-03-04", 6, { painDuringExercise: 8 })];
    expect(computeFlags(logs, { today: "2025-03-06" })).toEqual([]);
  });

  it("ignores logs dated after today and passes the threshold through", () => {
    const logs = [...calmStart, log("2025-03-04", 5), log("2025-03-09", 9)];
    expect(computeFlags(logs, { today: "2025-03-05" }).map((f) => f.rule)).toEqual(["pain-above-baseline"]);
    expect(computeFlags(logs, { today: "2025-03-05", threshold: 3 })).toEqual([]);
  });

  it("flags a patient with no logs from the protocol start date", () => {
    expect(computeFlags([], { today: "2025-03-10", protocolStartDate: "2025-03-01" }).map((f) => f.rule)).toEqual(["no-recent-log"]);
    expect(computeFlags([], { today: "2025-03-10" })).toEqual([]);
  });

  it("words every flag as a prompt to review, never a diagnosis", () => {
    const withRun = [log("2025-03-01", 3), log("2025-03-02", 3, { longestRunKm: 10 }), log("2025-03-03", 3)];
    const logs = [...withRun, log("2025-03-04", 6, { painDuringExercise: 7, painNextMorning: 8, longestRunKm: 30 })];
    const flags = computeFlags(logs, { today: "2025-03-20" });
    expect(flags).toHaveLength(5);
    for (const flag of flags) {
      expect(flag.reason).toMatch(/[Rr]eview/);
      expect(flag.reason).not.toMatch(/diagnos/i);
      expect(FLAG_RULES[flag.rule].label.length).toBeGreaterThan(0);
    }
  });
});
