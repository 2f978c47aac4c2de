import { describe, expect, it } from "vitest";
import { WEEKLY_MIN_READINGS, WEEKLY_RISE_POINTS, evaluateLog, weeklyRisingRules } from "./log-rules";
import { daily, day, summary } from "@/lib/testing/daily-logs";

// The week-on-week rule: this week so far against last week.
// March 2025: Mondays are the 3rd, 10th, 17th, 24th and 31st.

describe("weekly pain rising", () => {
  it("compares weeks of at least 3 readings for a rise of at least 1 point (Stride's choices)", () => {
    expect(WEEKLY_MIN_READINGS).toBe(3);
    expect(WEEKLY_RISE_POINTS).toBe(1);
  });

  // Last week (Mon 3 to Sun 9 Mar): rest 1 on three days.
  const lastWeek = [day("2025-03-03", 1), day("2025-03-05", 1), day("2025-03-07", 1)];

  it("is raised when this week so far averages 1 point above last week, with 3 readings each", () => {
    const thisWeek = [day("2025-03-10", 2), day("2025-03-11", 2)];
    const flags = evaluateLog(day("2025-03-12", 2), [...lastWeek, ...thisWeek]);
    expect(summary(flags)).toEqual([{ rule: "weekly-pain-rising", severity: "review", evidenceKey: "week:2025-03-10:painAtRest" }]);
    expect(flags[0]?.evidenceDate).toBe("2025-03-12");
    expect(flags[0]?.evidence.numbers).toEqual({ series: "painAtRest", weekStart: "2025-03-10", weekMean: 2, previousWeekMean: 1 });
    expect(flags[0]?.evidence.readings.map((r) => [r.date, r.value, r.role])).toEqual([
      ["2025-03-10", 2, "trigger"],
      ["2025-03-11", 2, "trigger"],
      ["2025-03-12", 2, "trigger"],
      ["2025-03-03", 1, "comparison"],
      ["2025-03-05", 1, "comparison"],
      ["2025-03-07", 1, "comparison"],
    ]);
    expect(flags[0]?.reason).toBe(
      "Pain at rest averaged 2/10 in the week of 10 Mar 2025 so far (3 logs), up from 1/10 the week before. " +
        "Pain should not rise from week to week: review the plan before progressing.",
    );
  });

  it("is not raised with only 2 readings this week", () => {
    expect(evaluateLog(day("2025-03-11", 2), [...lastWeek, day("2025-03-10", 2)])).toEqual([]);
  });

  it("is not raised with only 2 readings last week", () => {
    const thisWeek = [day("2025-03-10", 3), day("2025-03-11", 3)];
    expect(weeklyRisingRules(day("2025-03-12", 3), [day("2025-03-03", 1), day("2025-03-05", 1), ...thisWeek])).toEqual([]);
  });

  it("is not raised for a rise under 1 point", () => {
    // 2, 2, 1 averages 1.67: up 0.67.
    expect(evaluateLog(day("2025-03-12", 1), [...lastWeek, day("2025-03-10", 2), day("2025-03-11", 2)])).toEqual([]);
  });

  it("catches a rise of exactly 1 reached through fractional means", () => {
    // Last week 1, 2, 2 (mean 5/3); this week 2, 3, 3 (mean 8/3).
    const previous = [day("2025-03-03", 1), day("2025-03-04", 2), day("2025-03-05", 2)];
    const flags = weeklyRisingRules(day("2025-03-12", 3), [...previous, day("2025-03-10", 2), day("2025-03-11", 3)]);
    expect(flags.map((f) => f.evidenceKey)).toEqual(["week:2025-03-10:painAtRest"]);
  });

  it("raises the same evidence key all week, so one week raises once", () => {
    const history = [...lastWeek, day("2025-03-10", 2), day("2025-03-11", 2), day("2025-03-12", 2), day("2025-03-13", 2)];
    const wednesday = weeklyRisingRules(day("2025-03-12", 2), history);
    const thursday = weeklyRisingRules(day("2025-03-13", 2), history);
    const sunday = weeklyRisingRules(day("2025-03-16", 2), history);
    expect(wednesday.map((f) => f.evidenceKey)).toEqual(["week:2025-03-10:painAtRest"]);
    expect(thursday.map((f) => f.evidenceKey)).toEqual(["week:2025-03-10:painAtRest"]);
    expect(sunday.map((f) => f.evidenceKey)).toEqual(["week:2025-03-10:painAtRest"]);
    expect(thursday[0]?.evidenceDate).toBe("2025-03-13");
  });

  it("puts a Sunday log in the week that started the previous Monday", () => {
    const history = [...lastWeek, day("2025-03-14", 2), day("2025-03-15", 2)];
    const flags = evaluateLog(day("2025-03-16", 2), history);
    expect(summary(flags)).toEqual([{ rule: "weekly-pain-rising", severity: "review", evidenceKey: "week:2025-03-10:painAtRest" }]);
    expect(flags[0]?.evidence.numbers?.weekStart).toBe("2025-03-10");
    // The next day, a Monday, starts a new week with one reading: nothing to compare.
    expect(evaluateLog(day("2025-03-17", 2), [...history, day("2025-03-16", 2)])).toEqual([]);
  });

  it("judges each series on its own, and not a series the judged log left blank", () => {
    const ex = (d: string, rest: number, exercise: number | null) => day(d, rest, { painDuringExercise: exercise });
    const history = [ex("2025-03-03", 1, 1), ex("2025-03-05", 1, 1), ex("2025-03-07", 1, 1), ex("2025-03-10", 1, 2), ex("2025-03-11", 1, 2)];
    expect(summary(evaluateLog(ex("2025-03-12", 1, 2), history))).toEqual([
      { rule: "weekly-pain-rising", severity: "review", evidenceKey: "week:2025-03-10:painDuringExercise" },
    ]);
    // On a rest day the exercise series is not judged, though the week already holds 3 exercise readings.
    const withThird = [...history, ex("2025-03-12", 1, 2)];
    expect(evaluateLog(ex("2025-03-13", 1, null), withThird)).toEqual([]);
  });

  it("raises several series at once with one key each", () => {
    const both = (d: string, v: number) => day(d, v, { painNextMorning: v });
    const history = [both("2025-03-03", 0), both("2025-03-05", 0), both("2025-03-07", 0), both("2025-03-10", 1), both("2025-03-11", 1)];
    expect(evaluateLog(both("2025-03-12", 1), history).map((f) => f.evidenceKey)).toEqual([
      "2025-03-12:painNextMorning=1", // morning-not-settled: the usual morning is 0
      "week:2025-03-10:painAtRest",
      "week:2025-03-10:painNextMorning",
    ]);
  });

  it("does not count logs after the judged day in this week", () => {
    const history = [...lastWeek, day("2025-03-13", 5), day("2025-03-14", 5)];
    expect(evaluateLog(day("2025-03-12", 2), [...history, day("2025-03-10", 1)])).toEqual([]);
  });

  it("raises with the pain rise when a relapse carries on through the week", () => {
    const history = [...daily("2025-02-17", "2025-03-02", (d) => day(d, 1)), day("2025-03-03", 5), day("2025-03-04", 5)];
    expect(summary(evaluateLog(day("2025-03-05", 5), history))).toEqual([
      { rule: "pain-rise", severity: "review", evidenceKey: "2025-03-05:painAtRest=5" },
      { rule: "weekly-pain-rising", severity: "review", evidenceKey: "week:2025-03-03:painAtRest" },
    ]);
  });
});
