import { describe, expect, it } from "vitest";
import type { ClinicalLog } from "./pain-log-types";
import { suggestProgression } from "./progression";

const log = (logDate: string, more: Partial<ClinicalLog> = {}): ClinicalLog => ({
  logDate, painAtRest: 1, painDuringExercise: null, painNextMorning: null, ...more,
});
const session = (logDate: string, painDuringExercise: number | null, painNextMorning: number | null) =>
  log(logDate, { painDuringExercise, painNextMorning });

// Morning baseline 2 (2, 2, 2); exercise baseline 4.
const start = ["2025-03-01", "2025-03-02", "2025-03-03"].map((d) => session(d, 4, 2));
const today = "2025-03-14"; // window 2025-03-08 .. 2025-03-14

describe("progress", () => {
  it("suggests progressing after a calm week with settled mornings", () => {
    const week = [session("2025-03-09", 2, 2), session("2025-03-11", 1, 1), session("2025-03-13", 0, 2)];
    const suggestion = suggestProgression([...start, ...week], { today });
    expect(suggestion).toMatchObject({ kind: "progress", windowStart: "2025-03-08", windowEnd: today, triggers: [] });
    expect(suggestion?.evidence).toHaveLength(6);
    expect(suggestion?.evidence).toContainEqual({ logDate: "2025-03-13", measure: "painDuringExercise", value: 0, role: "trigger" });
    expect(suggestion?.reason).toContain("on all 3 exercise logs");
    expect(suggestion?.reason).toMatch(/review/);
  });

  it("needs at least 3 exercise logs in the week", () => {
    const week = [session("2025-03-09", 2, 2), session("2025-03-11", 1, 1), log("2025-03-13", { painNextMorning: 1 })];
    expect(suggestProgression([...start, ...week], { today })).toBeNull();
  });

  it("lets rest days without exercise pain through", () => {
    const week = [session("2025-03-09", 2, 2), log("2025-03-10"), session("2025-03-11", 1, 1), session("2025-03-13", 0, 2)];
    expect(suggestProgression([...start, ...week], { today })?.kind).toBe("progress");
  });

  it("does not progress when any exercise pain is above 2 or any morning is worse than baseline", () => {
    const calm = [session("2025-03-09", 2, 2), session("2025-03-11", 1, 1)];
    expect(suggestProgression([...start, ...calm, session("2025-03-13", 3, 2)], { today })).toBeNull();
    expect(suggestProgression([...start, ...calm, session("2025-03-13", 1, 3)], { today })).toBeNull();
  });

  it("cannot judge the morning response without a morning baseline or a morning in the week", () => {
    const noMorningBaseline = ["2025-03-01", "2025-03-02", "2025-03-03"].map((d) => session(d, 4, null));
    const week = [session("2025-03-09", 2, 2), session("2025-03-11", 1, 1), session("2025-03-13", 0, 2)];
    expect(suggestProgression([...noMorningBaseline, ...week], { today })).toBeNull();
    const noMornings = [session("2025-03-09", 2, null), session("2025-03-11", 1, null), session("2025-03-13", 0, null)];
    expect(suggestProgression([...start, ...noMornings], { today })).toBeNull();
  });

  it("uses the clinic's progress limit when given", () => {
    const week = [session("2025-03-09", 3, 2), session("2025-03-11", 3, 1), session("2025-03-13", 3, 2)];
    expect(suggestProgression([...start, ...week], { today })).toBeNull();
    const limits = { acceptableExercisePain: 5, progressExercisePain: 3 };
    expect(suggestProgression([...start, ...week], { today, limits })?.kind).toBe("progress");
  });
});

describe("regress", () => {
  it("suggests regressing when exercise pain goes above 5, not at exactly 5", () => {
    expect(suggestProgression([...start, session("2025-03-12", 5, 2)], { today })).toBeNull();
    const suggestion = suggestProgression([...start, session("2025-03-10", 1, 2), session("2025-03-12", 6, 2)], { today });
    expect(suggestion).toMatchObject({ kind: "regress", triggers: ["exercise-pain-high"] });
    expect(suggestion?.evidence).toEqual([{ logDate: "2025-03-12", measure: "painDuringExercise", value: 6, role: "trigger" }]);
    expect(suggestion?.reason).toContain("6/10 on 2025-03-12");
  });

  it("uses a 7-day window: today-6 counts, today-7 does not", () => {
    expect(suggestProgression([...start, session("2025-03-07", 9, 2), session("2025-03-12", 1, 2)], { today })).toBeNull();
    expect(suggestProgression([...start, session("2025-03-08", 9, 2)], { today })?.kind).toBe("regress");
  });

  it("suggests regressing when mornings stay above baseline on 2 consecutive logs, gaps in days allowed", () => {
    const week = [session("2025-03-08", 1, 3), session("2025-03-11", 1, 4), session("2025-03-13", 1, 2)];
    const suggestion = suggestProgression([...start, ...week], { today });
    expect(suggestion).toMatchObject({ kind: "regress", triggers: ["morning-above-baseline"] });
    expect(suggestion?.evidence.map((e) => [e.logDate, e.value])).toEqual([["2025-03-08", 3], ["2025-03-11", 4]]);
  });

  it("does not count one high morning, or two separated by a log without a morning score", () => {
    expect(suggestProgression([...start, session("2025-03-09", 1, 3), session("2025-03-10", 1, 2)], { today })).toBeNull();
    const broken = [session("2025-03-09", 1, 3), session("2025-03-10", 1, null), session("2025-03-11", 1, 3)];
    expect(suggestProgression([...start, ...broken], { today })).toBeNull();
  });

  it("reports both reasons together", () => {
    const week = [session("2025-03-09", 7, 3), session("2025-03-10", 2, 3)];
    expect(suggestProgression([...start, ...week], { today })?.triggers).toEqual(["exercise-pain-high", "morning-above-baseline"]);
  });

  it("ignores logs dated after today", () => {
    expect(suggestProgression([...start, session("2025-03-15", 9, 9)], { today })).toBeNull();
  });
});

describe("no suggestion", () => {
  it("returns null for an empty week", () => {
    expect(suggestProgression(start, { today })).toBeNull();
    expect(suggestProgression([], { today })).toBeNull();
  });
});
