import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { computeBaseline, isAboveBaseline, risesAtLeast } from "./baseline";
import { MORNING_NOT_SETTLED_POINTS, evaluateLog, morningNotSettledRule, painRiseRules } from "./log-rules";
import { rollingReference } from "./rolling-reference";
import { daily, day, summary } from "@/lib/testing/daily-logs";

// Log rules that judge a log against the patient's own recent readings: a rise on the rolling
// reference, and a morning that has not settled.
// March 2025: Mondays are the 3rd, 10th, 17th, 24th and 31st.

describe("pain rise on the rolling reference", () => {
  it("catches a relapse after improvement that the episode baseline misses", () => {
    // Started at 5/10 (Mon 3 to Wed 5 Feb), three weeks at 1/10 (Mon 10 Feb to Sun 2 Mar), back to 5/10 on Mon 3 Mar.
    const start = daily("2025-02-03", "2025-02-05", (d) => day(d, 5));
    const better = daily("2025-02-10", "2025-03-02", (d) => day(d, 1));
    const history = [...start, ...better];
    const relapse = day("2025-03-03", 5);

    const flags = evaluateLog(relapse, history);
    expect(summary(flags)).toEqual([{ rule: "pain-rise", severity: "review", evidenceKey: "2025-03-03:painAtRest=5" }]);
    expect(flags[0]?.evidence.numbers).toEqual({ series: "painAtRest", rollingMedian: 1, rise: 4 });
    expect(flags[0]?.evidence.readings[0]).toEqual({ source: "log", date: "2025-03-03", measure: "painAtRest", value: 5, role: "trigger" });
    expect(flags[0]?.evidence.readings.slice(1).map((r) => [r.date, r.value, r.role])).toEqual(
      daily("2025-02-17", "2025-03-02", (d) => day(d, 1)).map((l) => [l.logDate, 1, "comparison"]),
    );
    expect(flags[0]?.reason).toBe(
      "Pain at rest was 5/10 on 3 Mar 2025, 4 points above this patient's recent level (median 1 over the 14 days before). " +
        "Review the recent load.",
    );

    // Against the episode baseline (the first three readings, mean 5) the same 5/10 is no change at all.
    const baseline = computeBaseline(history)?.painAtRest;
    expect(baseline?.value).toBe(5);
    if (!baseline) throw new Error("expected a rest-pain baseline");
    expect(risesAtLeast(5, baseline, 2)).toBe(false);
    expect(isAboveBaseline(5, baseline)).toBe(false);
    // ...while the rolling reference has moved down with the patient.
    expect(rollingReference(history, "painAtRest", "2025-03-03")?.value).toBe(1);
  });

  it("raises at exactly 2 points above the median, not at 1", () => {
    const history = [day("2025-03-09", 2), day("2025-03-10", 3), day("2025-03-11", 2)];
    expect(summary(painRiseRules(day("2025-03-12", 4), history))).toEqual([
      { rule: "pain-rise", severity: "review", evidenceKey: "2025-03-12:painAtRest=4" },
    ]);
    expect(painRiseRules(day("2025-03-12", 3), history)).toEqual([]);
  });

  it("uses a half-point median as it is (2.5 + 2 = 4.5: 4 is not a rise, 5 is)", () => {
    const history = [day("2025-03-08", 2), day("2025-03-09", 3), day("2025-03-10", 2), day("2025-03-11", 3)];
    expect(painRiseRules(day("2025-03-12", 4), history)).toEqual([]);
    expect(painRiseRules(day("2025-03-12", 5), history)[0]?.evidence.numbers).toEqual({ series: "painAtRest", rollingMedian: 2.5, rise: 2.5 });
  });

  it("needs 3 earlier readings of the same series", () => {
    const history = [day("2025-03-10", 1, { painDuringExercise: 1 }), day("2025-03-11", 1, { painDuringExercise: 1 }), day("2025-03-09", 1)];
    // Rest has 3 readings, exercise only 2.
    expect(summary(evaluateLog(day("2025-03-12", 1, { painDuringExercise: 5 }), history))).toEqual([]);
    expect(summary(evaluateLog(day("2025-03-12", 3, { painDuringExercise: 5 }), history))).toEqual([
      { rule: "pain-rise", severity: "review", evidenceKey: "2025-03-12:painAtRest=3" },
    ]);
  });

  it("judges rest and exercise each against their own reference", () => {
    const history = daily("2025-03-05", "2025-03-11", (d) => day(d, 0, { painDuringExercise: 3 }));
    expect(summary(painRiseRules(day("2025-03-12", 2, { painDuringExercise: 5 }), history))).toEqual([
      { rule: "pain-rise", severity: "review", evidenceKey: "2025-03-12:painAtRest=2" },
      { rule: "pain-rise", severity: "review", evidenceKey: "2025-03-12:painDuringExercise=5" },
    ]);
    expect(painRiseRules(day("2025-03-12", 1, { painDuringExercise: 4 }), history)).toEqual([]);
  });

  it("leaves next-morning pain to its own rule", () => {
    const history = daily("2025-03-03", "2025-03-09", (d) => day(d, 1, { painNextMorning: 1 }));
    expect(painRiseRules(day("2025-03-10", 1, { painNextMorning: 6 }), history)).toEqual([]);
    expect(summary(evaluateLog(day("2025-03-10", 1, { painNextMorning: 6 }), history))).toEqual([
      { rule: "morning-not-settled", severity: "review", evidenceKey: "2025-03-10:painNextMorning=6" },
    ]);
  });

  it("takes the clinic's meaningful rise when given", () => {
    // Judged on a Monday, so the weekly rule has no week to compare yet.
    const history = daily("2025-03-03", "2025-03-09", (d) => day(d, 1));
    expect(evaluateLog(day("2025-03-10", 3), history, { meaningfulRise: 3 })).toEqual([]);
    expect(evaluateLog(day("2025-03-10", 4), history, { meaningfulRise: 3 }).map((f) => f.evidenceKey)).toEqual(["2025-03-10:painAtRest=4"]);
    expect(evaluateLog(day("2025-03-10", 3), history).map((f) => f.evidenceKey)).toEqual(["2025-03-10:painAtRest=3"]);
  });

  it("judges a log saved late only against the days before it", () => {
    // Three earlier days at 1, then four later days at 5 that were saved before the late log.
    const history = [
      ...daily("2025-03-02", "2025-03-04", (d) => day(d, 1)),
      ...daily("2025-03-06", "2025-03-09", (d) => day(d, 5)),
    ];
    expect(summary(evaluateLog(day("2025-03-05", 3), history))).toEqual([
      { rule: "pain-rise", severity: "review", evidenceKey: "2025-03-05:painAtRest=3" },
    ]);
  });
});

describe("morning not settled: like with like", () => {
  it("is the patient's usual morning plus 1 (Stride's choice)", () => {
    expect(MORNING_NOT_SETTLED_POINTS).toBe(1);
  });

  it("does not flag steady mornings of 2 in a patient whose rest pain is 0", () => {
    // The old rule compared this morning with yesterday's pain at rest (0) and flagged every day.
    const history = daily("2025-02-24", "2025-03-11", (d) => day(d, 0, { painNextMorning: 2 }));
    expect(evaluateLog(day("2025-03-12", 0, { painNextMorning: 2 }), history)).toEqual([]);
    expect(morningNotSettledRule(day("2025-03-12", 0, { painNextMorning: 2 }), history)).toBeNull();
  });

  it("flags a morning 1 point above the usual morning", () => {
    const history = daily("2025-02-24", "2025-03-11", (d) => day(d, 0, { painNextMorning: 2 }));
    const flag = morningNotSettledRule(day("2025-03-12", 0, { painNextMorning: 3 }), history);
    expect(flag).toMatchObject({
      rule: "morning-not-settled",
      severity: "review",
      evidenceKey: "2025-03-12:painNextMorning=3",
      evidenceDate: "2025-03-12",
      evidence: { numbers: { usualMorning: 2 } },
    });
    expect(flag?.evidence.readings).toHaveLength(15);
    expect(flag?.evidence.readings[0]).toEqual({ source: "log", date: "2025-03-12", measure: "painNextMorning", value: 3, role: "trigger" });
    expect(flag?.evidence.readings[1]).toEqual({ source: "log", date: "2025-02-26", measure: "painNextMorning", value: 2, role: "comparison" });
    expect(flag?.reason).toBe(
      "Morning pain on 12 Mar 2025 was 3/10; this patient's usual morning is 2/10 (median of the 14 days before). " +
        "Pain had not settled overnight: review the previous day's load.",
    );
    expect(summary(evaluateLog(day("2025-03-12", 0, { painNextMorning: 3 }), history))).toEqual([
      { rule: "morning-not-settled", severity: "review", evidenceKey: "2025-03-12:painNextMorning=3" },
    ]);
  });

  it("does not flag a morning less than 1 above a half-point usual morning", () => {
    const history = [2, 3, 2, 3].map((m, i) => day(addDays("2025-03-08", i), 0, { painNextMorning: m }));
    expect(morningNotSettledRule(day("2025-03-12", 0, { painNextMorning: 3 }), history)).toBeNull();
    expect(morningNotSettledRule(day("2025-03-12", 0, { painNextMorning: 4 }), history)?.evidence.numbers).toEqual({ usualMorning: 2.5 });
  });

  it("does not compare with yesterday's rest pain even when rest pain is high", () => {
    // Rest pain 6 every day, mornings 1: this morning's 2 is 1 above the usual morning, flagged;
    // this morning's 1 is usual, not flagged, however far below rest pain it sits.
    const history = daily("2025-03-01", "2025-03-11", (d) => day(d, 6, { painNextMorning: 1 }));
    expect(morningNotSettledRule(day("2025-03-12", 6, { painNextMorning: 1 }), history)).toBeNull();
    expect(morningNotSettledRule(day("2025-03-12", 6, { painNextMorning: 2 }), history)?.evidenceKey).toBe("2025-03-12:painNextMorning=2");
  });

  it("has nothing to say with fewer than 3 mornings in the 14 days before", () => {
    // Daily logs, but only two of them answered the morning question.
    const withTwoMornings = daily("2025-03-01", "2025-03-11", (d) =>
      day(d, 1, { painNextMorning: d === "2025-03-05" || d === "2025-03-08" ? 1 : null }),
    );
    expect(morningNotSettledRule(day("2025-03-12", 1, { painNextMorning: 9 }), withTwoMornings)).toBeNull();
    expect(evaluateLog(day("2025-03-12", 1, { painNextMorning: 9 }), withTwoMornings)).toEqual([]);
  });

  it("has nothing to say after a gap in logging longer than 14 days", () => {
    const before = daily("2025-02-01", "2025-02-10", (d) => day(d, 1, { painNextMorning: 1 }));
    expect(evaluateLog(day("2025-03-01", 4, { painNextMorning: 5 }), before)).toEqual([]);
  });

  it("has nothing to judge when the morning was left blank", () => {
    const history = daily("2025-03-01", "2025-03-11", (d) => day(d, 0, { painNextMorning: 2 }));
    expect(morningNotSettledRule(day("2025-03-12", 0), history)).toBeNull();
  });
});
