import { describe, expect, it } from "vitest";
import { EXERCISE_LIBRARY } from "./exercise-library";

const byKey = new Map(EXERCISE_LIBRARY.map((e) => [e.key, e]));

describe("exercise library progression data", () => {
  it("keeps the keys the seed and library sync already use", () => {
    expect(EXERCISE_LIBRARY.map((e) => e.key).sort()).toEqual([
      "band-lateral-walk", "banded-glute-bridge", "banded-squat", "calf-stretch", "clamshell", "donkey-kick",
      "foam-roll-lateral-thigh", "foam-roll-quads", "hamstring-stretch", "massage-gun-thigh", "quad-stretch",
      "side-lying-leg-raise", "single-leg-balance", "split-squat", "straight-leg-raise",
    ]);
  });

  it("names only library exercises as ladder neighbours, and each link goes both ways", () => {
    for (const e of EXERCISE_LIBRARY) {
      const { easier, harder } = e.progression;
      if (harder) expect(byKey.get(harder)?.progression.easier, `${e.key} -> ${harder}`).toBe(e.key);
      if (easier) expect(byKey.get(easier)?.progression.harder, `${easier} -> ${e.key}`).toBe(e.key);
      expect([easier, harder]).not.toContain(e.key);
    }
  });

  it("follows the domain ladder banded squat -> split squat", () => {
    expect(byKey.get("banded-squat")?.progression.harder).toBe("split-squat");
    expect(byKey.get("split-squat")?.progression.easier).toBe("banded-squat");
  });

  it("starts each range at the library's default dose, inside floor..top", () => {
    for (const e of EXERCISE_LIBRARY) {
      const { range, progressesBy } = e.progression;
      const amount = progressesBy[0] === "hold" || e.reps === null ? e.holdSeconds : e.reps;
      expect(range.start, e.key).toBe(amount);
      expect(range.floor, e.key).toBeLessThanOrEqual(range.start);
      expect(range.start, e.key).toBeLessThanOrEqual(range.top);
    }
  });

  it("progresses strengthening by reps or hold first, then load or ladder, with the data each needs", () => {
    for (const e of EXERCISE_LIBRARY) {
      const { progressesBy, range, load, harder } = e.progression;
      if (e.type === "flexibility") {
        expect(progressesBy, e.key).toEqual([]);
        continue;
      }
      expect(["reps", "hold"], e.key).toContain(progressesBy[0]);
      expect(progressesBy.slice(1).every((s) => s === "load" || s === "ladder"), e.key).toBe(true);
      expect(range.step, e.key).toBeGreaterThan(0);
      expect(range.start, e.key).toBeLessThan(range.top);
      if (progressesBy[0] === "reps") expect(range.step, e.key).toBe(2);
      if (progressesBy.includes("load")) expect(load, e.key).not.toBeNull();
      if (progressesBy.includes("ladder")) expect(harder, e.key).not.toBeNull();
    }
  });
});
