import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { computeBaseline, isAboveBaseline, risesAtLeast } from "./baseline";
import type { RaisedFlag } from "./flag-types";
import {
  MORNING_NOT_SETTLED_POINTS,
  WEEKLY_MIN_READINGS,
  WEEKLY_RISE_POINTS,
  evaluateLog,
  exercisePainRule,
  morningNotSettledRule,
  painRiseRules,
  redFlagRule,
  weeklyRisingRules,
} from "./log-rules";
import type { ClinicalLog, DailyLog } from "./pain-log-types";
import { rollingReference } from "./rolling-reference";

// March 2025: Mondays are the 3rd, 10th, 17th, 24th and 31st.
const day = (logDate: string, painAtRest: number, more: Partial<DailyLog> = {}): DailyLog => ({
  logDate, painAtRest, painDuringExercise: null, painNextMorning: null, redFlags: [], ...more,
});

/** One log a day from `from` to `to` inclusive. */
const daily = (from: string, to: string, make: (date: string) => DailyLog): DailyLog[] => {
  const logs: DailyLog[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) logs.push(make(d));
  return logs;
};

const summary = (flags: readonly RaisedFlag[]) => flags.map((f) => ({ rule: f.rule, severity: f.severity, evidenceKey: f.evidenceKey }));

describe("red flags", () => {
  it("raises one urgent flag naming the answer", () => {
    const flag = redFlagRule(day("2025-03-12", 2, { redFlags: ["calf-pain-swelling"] }));
    expect(flag).toMatchObject({
      rule: "red-flag",
      severity: "urgent",
      evidenceKey: "2025-03-12:calf-pain-swelling",
      evidenceDate: "2025-03-12",
      evidence: { readings: [], answers: ["calf-pain-swelling"] },
    });
    expect(flag?.reason).toBe(
      "On 12 Mar 2025 the patient reported calf pain or swelling. These are red flags, not typical of patellofemoral pain: " +
        "contact the patient today. They were told to call the clinic.",
    );
  });

  it("sorts the answers, drops duplicates and ignores unknown keys", () => {
    const flag = redFlagRule(
      day("2025-03-12", 2, { redFlags: ["new-injury", "made-up", "locking-giving-way", "new-injury", "calf-pain-swelling"] }),
    );
    expect(flag?.evidence.answers).toEqual(["calf-pain-swelling", "locking-giving-way", "new-injury"]);
    expect(flag?.evidenceKey).toBe("2025-03-12:calf-pain-swelling+locking-giving-way+new-injury");
    expect(flag?.reason).not.toContain("made-up");
  });

  it("gives the same key whatever order the answers arrive in", () => {
    const a = redFlagRule(day("2025-03-12", 2, { redFlags: ["new-injury", "hot-red-swollen-fever"] }));
    const b = redFlagRule(day("2025-03-12", 2, { redFlags: ["hot-red-swollen-fever", "new-injury"] }));
    expect(a?.evidenceKey).toBe("2025-03-12:hot-red-swollen-fever+new-injury");
    expect(b?.evidenceKey).toBe(a?.evidenceKey);
  });

  it("raises nothing when no answer is yes, or only unknown keys came in", () => {
    expect(redFlagRule(day("2025-03-12", 2))).toBeNull();
    expect(redFlagRule(day("2025-03-12", 2, { redFlags: ["bogus", ""] }))).toBeNull();
    expect(evaluateLog(day("2025-03-12", 2, { redFlags: ["bogus"] }), [])).toEqual([]);
  });

  it("is urgent even on a day with no pain at all", () => {
    const flags = evaluateLog(day("2025-03-12", 0, { painNextMorning: 0, redFlags: ["night-rest-pain-worse"] }), []);
    expect(summary(flags)).toEqual([{ rule: "red-flag", severity: "urgent", evidenceKey: "2025-03-12:night-rest-pain-worse" }]);
  });
});

describe("exercise pain above 5/10", () => {
  it("accepts exactly 5/10", () => {
    expect(exercisePainRule(day("2025-03-12", 1, { painDuringExercise: 5 }))).toBeNull();
    expect(evaluateLog(day("2025-03-12", 1, { painDuringExercise: 5 }), [])).toEqual([]);
  });

  it("asks for review (never urgent) at 6/10", () => {
    expect(exercisePainRule(day("2025-03-12", 1, { painDuringExercise: 6 }))).toEqual({
      rule: "exercise-pain-high",
      severity: "review",
      evidenceKey: "2025-03-12:painDuringExercise=6",
      evidenceDate: "2025-03-12",
      reason: "Pain during exercise was 6/10 on 12 Mar 2025, above the 5/10 the pain-monitoring model accepts. Review the exercise dose.",
      evidence: {
        readings: [{ source: "log", date: "2025-03-12", measure: "painDuringExercise", value: 6, role: "trigger" }],
        numbers: { limit: 5 },
      },
    });
  });

  it("stays review at 10/10", () => {
    expect(summary(evaluateLog(day("2025-03-12", 1, { painDuringExercise: 10 }), []))).toEqual([
      { rule: "exercise-pain-high", severity: "review", evidenceKey: "2025-03-12:painDuringExercise=10" },
    ]);
  });

  it("has nothing to judge on a rest day", () => {
    expect(exercisePainRule(day("2025-03-12", 8))).toBeNull();
  });

  it("uses the clinic's limit when given", () => {
    const limits = { acceptableExercisePain: 4, progressExercisePain: 2 };
    expect(exercisePainRule(day("2025-03-12", 1, { painDuringExercise: 5 }), limits)?.evidenceKey).toBe("2025-03-12:painDuringExercise=5");
    expect(exercisePainRule(day("2025-03-12", 1, { painDuringExercise: 4 }), limits)).toBeNull();
    expect(evaluateLog(day("2025-03-12", 1, { painDuringExercise: 5 }), [], { limits }).map((f) => f.rule)).toEqual(["exercise-pain-high"]);
  });
});

describe("a flag is an event: a calm log does not erase yesterday's 9/10", () => {
  // Two calm weeks (Mon 24 Feb to Sun 9 Mar): rest 1, exercise 2, morning 1.
  const calmWeeks = daily("2025-02-24", "2025-03-09", (d) => day(d, 1, { painDuringExercise: 2, painNextMorning: 1 }));
  const bad = day("2025-03-10", 2, { painDuringExercise: 9, painNextMorning: 1 });
  const calm = day("2025-03-11", 1, { painNextMorning: 1 });

  it("raises exercise-pain-high (and a rise on the rolling reference) on the 9/10 day", () => {
    const flags = evaluateLog(bad, calmWeeks);
    expect(summary(flags)).toEqual([
      { rule: "exercise-pain-high", severity: "review", evidenceKey: "2025-03-10:painDuringExercise=9" },
      { rule: "pain-rise", severity: "review", evidenceKey: "2025-03-10:painDuringExercise=9" },
    ]);
    expect(flags[1]?.evidence.numbers).toEqual({ series: "painDuringExercise", rollingMedian: 2, rise: 7 });
  });

  it("raises nothing for the calm rest-day log the next day", () => {
    expect(evaluateLog(calm, [...calmWeeks, bad])).toEqual([]);
  });

  it("judges the 9/10 day the same whether or not later logs exist", () => {
    const later = daily("2025-03-11", "2025-03-20", (d) => day(d, 0, { painDuringExercise: 0, painNextMorning: 0 }));
    expect(evaluateLog(bad, [...calmWeeks, ...later])).toEqual(evaluateLog(bad, calmWeeks));
    expect(summary(evaluateLog(bad, [calm]))).toEqual([
      { rule: "exercise-pain-high", severity: "review", evidenceKey: "2025-03-10:painDuringExercise=9" },
    ]);
  });

  it("ignores the judged log when it is already in the history", () => {
    expect(evaluateLog(bad, [...calmWeeks, bad])).toEqual(evaluateLog(bad, calmWeeks));
    // An earlier saved version of the same day (the patient edited it) is not its own reference either.
    const before = day("2025-03-10", 9, { painDuringExercise: 9, painNextMorning: 9 });
    expect(evaluateLog(bad, [...calmWeeks, before])).toEqual(evaluateLog(bad, calmWeeks));
  });
});

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

describe("evaluateLog", () => {
  it("returns every rule's flag in a fixed order, and only the red flag is urgent", () => {
    const history: ClinicalLog[] = [
      ...daily("2025-02-24", "2025-03-09", (d) => day(d, 1, { painDuringExercise: 2, painNextMorning: 1 })),
      day("2025-03-10", 3, { painDuringExercise: 7, painNextMorning: 3 }),
      day("2025-03-11", 3, { painDuringExercise: 7, painNextMorning: 3 }),
    ];
    const flags = evaluateLog(
      day("2025-03-12", 3, { painDuringExercise: 7, painNextMorning: 3, redFlags: ["hot-red-swollen-fever"] }),
      history,
    );
    expect(summary(flags)).toEqual([
      { rule: "red-flag", severity: "urgent", evidenceKey: "2025-03-12:hot-red-swollen-fever" },
      { rule: "exercise-pain-high", severity: "review", evidenceKey: "2025-03-12:painDuringExercise=7" },
      { rule: "pain-rise", severity: "review", evidenceKey: "2025-03-12:painAtRest=3" },
      { rule: "pain-rise", severity: "review", evidenceKey: "2025-03-12:painDuringExercise=7" },
      { rule: "morning-not-settled", severity: "review", evidenceKey: "2025-03-12:painNextMorning=3" },
      { rule: "weekly-pain-rising", severity: "review", evidenceKey: "week:2025-03-10:painAtRest" },
      { rule: "weekly-pain-rising", severity: "review", evidenceKey: "week:2025-03-10:painDuringExercise" },
      { rule: "weekly-pain-rising", severity: "review", evidenceKey: "week:2025-03-10:painNextMorning" },
    ]);
  });

  it("raises nothing for a first log with no history and no red flag", () => {
    expect(evaluateLog(day("2025-03-12", 4, { painDuringExercise: 4, painNextMorning: 4 }), [])).toEqual([]);
  });
});
