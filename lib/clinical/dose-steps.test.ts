import { describe, expect, it } from "vitest";
import { loadLevel, progressStep, regressStep, withChosenLoad, type DoseChange, type DoseValues } from "./dose-steps";

const dose = (sets: number, reps: number | null, more: Partial<DoseValues> = {}): DoseValues => ({
  sets, reps, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, load: null, ...more,
});

describe("loadLevel", () => {
  const band = { kind: "band", max: 4 } as const;
  const kg = { kind: "kg", label: "ankle weight", first: 0.5, step: 0.5, max: 3 } as const;
  it("reads bands by colour or by name, longest name first", () => {
    expect(loadLevel(null, band)).toBe(0);
    expect(loadLevel("  ", band)).toBe(0);
    expect(loadLevel("Red band", band)).toBe(2);
    expect(loadLevel("green theraband", band)).toBe(3);
    expect(loadLevel("extra heavy band", band)).toBe(4);
    expect(loadLevel("heavy band", band)).toBe(3);
    expect(loadLevel("thick band", band)).toBeNull();
  });
  it("reads kilograms, with a decimal point or comma", () => {
    expect(loadLevel("0.5 kg ankle weight", kg)).toBe(1);
    expect(loadLevel("1,5kg", kg)).toBe(3);
    expect(loadLevel("10 lb", kg)).toBeNull();
  });
});

describe("progressStep", () => {
  it("adds 2 reps, capped at the top of the range", () => {
    expect(progressStep("clamshell", dose(3, 12))).toMatchObject({ step: "more-reps", to: { reps: 14 }, summary: "Clam shell 3 x 12 -> 3 x 14" });
    expect(progressStep("clamshell", dose(3, 14))?.to?.reps).toBe(15);
  });

  it("at the top of the range adds the first load and goes back to the start of the range", () => {
    expect(progressStep("clamshell", dose(3, 15))).toMatchObject({
      step: "next-load", to: { sets: 3, reps: 10, load: "light band" }, loadToChoose: null,
      summary: "Clam shell 3 x 15 -> 3 x 10 with light band",
    });
    expect(progressStep("straight-leg-raise", dose(3, 15, { load: "0.5 kg ankle weight" }))?.to?.load).toBe("1 kg ankle weight");
    expect(progressStep("band-lateral-walk", dose(3, 20, { load: "Green band" }))?.to).toMatchObject({ reps: 15, load: "Blue band" });
  });

  it("moves to the next rung at that exercise's default dose once the load is used up", () => {
    const change = progressStep("clamshell", dose(3, 15, { load: "red band", frequencyPerWeek: 4 }));
    expect(change).toMatchObject({
      step: "harder-rung", fromExerciseKey: "clamshell", toExerciseKey: "side-lying-leg-raise",
      to: { sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, load: null },
    });
    expect(change?.summary).toBe("Clam shell 3 x 15 with red band -> Side-lying leg raise (hip abduction) 3 x 12");
    expect(progressStep("banded-squat", dose(4, 15))).toMatchObject({ step: "harder-rung", toExerciseKey: "split-squat", to: { sets: 3, reps: 10 } });
  });

  it("walks the rebuilt ladders: squat to step-downs, lying to standing hip work, calf and hops", () => {
    const next = (key: string, d: DoseValues) => progressStep(key, d)?.toExerciseKey;
    expect(next("split-squat", dose(3, 12, { load: "20 kg dumbbell in each hand" }))).toBe("step-up");
    expect(next("step-up", dose(3, 12, { load: "16 kg dumbbell in each hand" }))).toBe("forward-step-down");
    expect(next("forward-step-down", dose(3, 12))).toBe("lateral-step-down");
    expect(next("side-lying-leg-raise", dose(3, 15, { load: "1.5 kg ankle weight" }))).toBe("standing-hip-abduction");
    expect(next("standing-hip-abduction", dose(3, 15, { load: "extra heavy band" }))).toBe("band-lateral-walk");
    expect(next("calf-raise-double", dose(3, 25))).toBe("calf-raise-single");
    expect(next("hop-double-leg", dose(3, 20))).toBe("hop-single-leg");
    // Strength rungs arrive at 3 x 10, 3 days a week: the start of 8-12RM work (Barton 2015).
    expect(progressStep("split-squat", dose(3, 12, { load: "20 kg dumbbell in each hand" }))?.to).toMatchObject({ sets: 3, reps: 10, frequencyPerWeek: 3, load: null });
    // Calf raises count 15 -> 25 in 2s; a timed exercise goes up by 5 seconds.
    expect(progressStep("calf-raise-single", dose(3, 24))?.to?.reps).toBe(25);
    expect(progressStep("side-plank", dose(3, null, { holdSeconds: 20 }))?.to?.holdSeconds).toBe(25);
    expect(progressStep("wall-sit", dose(5, null, { holdSeconds: 45 }))).toBeNull();
  });

  it("steps back down the rebuilt ladders at the easier rung's default dose", () => {
    expect(regressStep("lateral-step-down", dose(3, 10))).toMatchObject({ step: "easier-rung", toExerciseKey: "forward-step-down", to: { sets: 3, reps: 10 } });
    expect(regressStep("standing-hip-abduction", dose(3, 10))).toMatchObject({ step: "easier-rung", toExerciseKey: "side-lying-leg-raise", to: { reps: 12, frequencyPerWeek: 5 } });
    expect(regressStep("hop-single-leg", dose(3, 10))).toMatchObject({ step: "easier-rung", toExerciseKey: "hop-double-leg" });
  });

  it("asks the therapist to name the load when the text cannot be read", () => {
    const change = progressStep("banded-glute-bridge", dose(3, 15, { load: "thick loop" }));
    expect(change).toMatchObject({ step: "next-load", loadToChoose: "heavier", to: { reps: 10, load: "thick loop" } });
    expect(change?.summary).toContain('heavier load than "thick loop"');
  });

  it("progresses a hold by 5 seconds", () => {
    expect(progressStep("single-leg-balance", dose(10, null, { holdSeconds: 5 }))).toMatchObject({ step: "longer-hold", to: { holdSeconds: 10 } });
  });

  it("has nothing further at the top rung, the top load, or for flexibility work", () => {
    expect(progressStep("lateral-step-down", dose(3, 12, { load: "10 kg dumbbell in each hand" }))).toBeNull();
    expect(progressStep("hop-single-leg", dose(3, 20))).toBeNull();
    expect(progressStep("band-lateral-walk", dose(3, 20, { load: "black band" }))).toBeNull();
    expect(progressStep("single-leg-balance", dose(10, null, { holdSeconds: 30 }))).toBeNull();
    expect(progressStep("quad-stretch", dose(3, null, { holdSeconds: 30 }))).toBeNull();
    expect(progressStep("no-such-exercise", dose(3, 10))).toBeNull();
  });
});

describe("regressStep", () => {
  it("takes 2 reps off while above the start of the range", () => {
    expect(regressStep("clamshell", dose(3, 15))).toMatchObject({ step: "fewer-reps", to: { reps: 13 } });
    expect(regressStep("clamshell", dose(3, 11))?.to?.reps).toBe(10);
  });

  it("then takes the load one step back, down to none", () => {
    expect(regressStep("clamshell", dose(3, 10, { load: "Medium band" }))?.to?.load).toBe("Light band");
    expect(regressStep("clamshell", dose(3, 10, { load: "light band" }))).toMatchObject({ step: "lighter-load", to: { reps: 10, load: null } });
    expect(regressStep("straight-leg-raise", dose(3, 10, { load: "0.5 kg ankle weight" }))?.to?.load).toBeNull();
    expect(regressStep("split-squat", dose(3, 10, { load: "6 kg dumbbell in each hand" }))?.to?.load).toBe("4 kg dumbbell in each hand");
    expect(regressStep("clamshell", dose(3, 10, { load: "thick band" }))).toMatchObject({ loadToChoose: "lighter" });
  });

  it("then goes to the easier rung at its default dose", () => {
    expect(regressStep("split-squat", dose(3, 10))).toMatchObject({ step: "easier-rung", toExerciseKey: "banded-squat", to: { sets: 4, reps: 10, frequencyPerWeek: 7 } });
  });

  it("on the easiest rung: fewer reps down to the floor, then fewer sets, then a pause", () => {
    expect(regressStep("clamshell", dose(3, 10))).toMatchObject({ step: "fewer-reps", to: { reps: 8 } });
    expect(regressStep("clamshell", dose(3, 7))?.to?.reps).toBe(6);
    expect(regressStep("clamshell", dose(3, 6))).toMatchObject({ step: "fewer-sets", to: { sets: 2, reps: 6 } });
    expect(regressStep("clamshell", dose(1, 6))).toMatchObject({ step: "pause", to: null, summary: "Clam shell 1 x 6: pause this exercise" });
    expect(regressStep("single-leg-balance", dose(10, null, { holdSeconds: 5 }))).toMatchObject({ step: "fewer-sets", to: { sets: 9 } });
  });
});

describe("withChosenLoad", () => {
  it("puts the therapist's load in, clears the question and words the summary as now prescribed", () => {
    const from = { sets: 3, reps: 15, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, load: "thick band" };
    const change = progressStep("clamshell", from);
    expect(change).toMatchObject({ step: "next-load", loadToChoose: "heavier" });
    expect(withChosenLoad(change as DoseChange, "extra thick band")).toMatchObject({
      loadToChoose: null, to: { reps: 10, load: "extra thick band" }, summary: "Clam shell 3 x 15 with thick band -> 3 x 10 with extra thick band",
    });
  });
});
