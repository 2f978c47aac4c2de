import { describe, expect, it } from "vitest";
import { formatDuration, formatKm, longestRecentRun, runTitle, summariseRuns, summaryStart, weeklyDistance, type RunForSummary } from "./run-summary";

// 2026-03-11 is a Wednesday: its week starts on Monday 2026-03-09.
const today = "2026-03-11";
let n = 0;
const run = (runDate: string, distanceKm: number | null, durationSeconds: number | null = null): RunForSummary => ({ id: `r${++n}`, runDate, distanceKm, durationSeconds });

describe("weeklyDistance", () => {
  it("gives Monday-based weeks, oldest first, empty weeks included, the current one marked", () => {
    const weeks = weeklyDistance([], today, 4);
    expect(weeks.map((w) => w.weekStart)).toEqual(["2026-02-16", "2026-02-23", "2026-03-02", "2026-03-09"]);
    expect(weeks.map((w) => w.current)).toEqual([false, false, false, true]);
    expect(weeks.every((w) => w.distanceKm === 0 && w.runs === 0)).toBe(true);
  });

  it("adds up several runs a day, Sunday in its own week and Monday in the next, without float noise", () => {
    const weeks = weeklyDistance(
      [run("2026-03-09", 0.1), run("2026-03-09", 0.2), run("2026-03-08", 5), run("2026-03-02", 3.25, 1200), run("2026-03-10", null, 1800)],
      today,
      2,
    );
    expect(weeks).toEqual([
      { weekStart: "2026-03-02", distanceKm: 8.25, runs: 2, runsWithoutDistance: 0, durationSeconds: 1200, current: false },
      { weekStart: "2026-03-09", distanceKm: 0.3, runs: 3, runsWithoutDistance: 1, durationSeconds: 1800, current: true },
    ]);
  });

  it("ignores runs after today and before the first week", () => {
    const weeks = weeklyDistance([run("2026-03-12", 10), run("2026-02-01", 10), run("2026-03-11", 4)], today, 2);
    expect(weeks.map((w) => w.distanceKm)).toEqual([0, 4]);
  });

  it("treats a Monday as the start of its own week and a Sunday as the end of the week", () => {
    expect(weeklyDistance([run("2026-03-09", 1)], "2026-03-09", 1)[0]).toMatchObject({ weekStart: "2026-03-09", distanceKm: 1 });
    expect(weeklyDistance([run("2026-03-09", 1), run("2026-03-15", 2)], "2026-03-15", 1)[0]).toMatchObject({ weekStart: "2026-03-09", distanceKm: 3 });
  });
});

describe("longestRecentRun", () => {
  it("is the longest run of the 30 days ending today, today included", () => {
    const runs = [run("2026-02-09", 20), run("2026-02-10", 8), run("2026-03-01", 6), run("2026-03-11", 7.5), run("2026-03-12", 30), run("2026-03-05", null, 5000)];
    // 2026-02-10 is day 30 counting back from 2026-03-11 (inclusive); 2026-02-09 is outside.
    expect(longestRecentRun(runs, today)).toMatchObject({ runDate: "2026-02-10", distanceKm: 8 });
    expect(longestRecentRun(runs, "2026-03-12")).toMatchObject({ runDate: "2026-03-12", distanceKm: 30 });
  });

  it("is null without a run with a distance, and prefers the later run on a tie", () => {
    expect(longestRecentRun([run("2026-03-10", null, 1800)], today)).toBeNull();
    expect(longestRecentRun([], today)).toBeNull();
    expect(longestRecentRun([run("2026-03-02", 5), run("2026-03-06", 5), run("2026-03-04", 5)], today)?.runDate).toBe("2026-03-06");
  });
});

describe("summary helpers", () => {
  it("queries from whichever starts first: the first week or the 30-day window", () => {
    expect(summaryStart(today, 8)).toBe("2026-01-19");
    expect(summaryStart(today, 2)).toBe("2026-02-10");
  });

  it("summarises both at once", () => {
    const s = summariseRuns([run("2026-03-10", 5), run("2026-03-10", 4)], today, 8);
    expect(s.weeks).toHaveLength(8);
    expect(s.weeks.at(-1)).toMatchObject({ distanceKm: 9, runs: 2 });
    expect(s.longest30).toMatchObject({ distanceKm: 5 });
  });

  it("formats km, durations and run titles for people", () => {
    expect(formatKm(7.3)).toBe("7.3 km");
    expect(formatKm(12)).toBe("12 km");
    expect(formatKm(0.1 + 0.2)).toBe("0.3 km");
    expect(formatDuration(45 * 60)).toBe("45 min");
    expect(formatDuration(65 * 60)).toBe("1 h 05 min");
    expect(runTitle({ distanceKm: 5.3, durationSeconds: 1920 })).toBe("5.3 km in 32 min");
    expect(runTitle({ distanceKm: null, durationSeconds: 2700 })).toBe("45 min");
  });
});
