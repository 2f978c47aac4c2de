import { describe, expect, it } from "vitest";
import { evaluateLog, exercisePainRule, redFlagRule } from "./log-rules";
import type { ClinicalLog } from "./pain-log-types";
import { daily, day, summary } from "@/lib/testing/daily-logs";

// Log rules that judge one log on its own (red flags, exercise pain) and evaluateLog as a whole.
// Rises against the patient's own reference: log-rules-rise.test.ts; week on week: log-rules-weekly.test.ts.
// March 2025: Mondays are the 3rd, 10th, 17th, 24th and 31st.

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
