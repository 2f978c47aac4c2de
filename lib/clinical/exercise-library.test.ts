import { describe, expect, it } from "vitest";
import { EXERCISE_LIBRARY, RETIRED_KEYS, STARTER_TEMPLATES } from "./exercise-library";

const byKey = new Map(EXERCISE_LIBRARY.map((e) => [e.key, e]));

describe("exercise library progression data", () => {
  it("has exactly the keys of issue 12's table, by group, and no donkey kick", () => {
    const keysOf = (group: string) => EXERCISE_LIBRARY.filter((e) => e.group === group).map((e) => e.key).sort();
    expect(keysOf("hip")).toEqual(["banded-glute-bridge", "clamshell", "prone-hip-extension", "side-lying-leg-raise"]);
    expect(keysOf("hip-weight-bearing")).toEqual(["band-lateral-walk", "side-plank", "single-leg-balance", "single-leg-rdl", "standing-hip-abduction"]);
    expect(keysOf("quadriceps")).toEqual([
      "banded-squat", "forward-step-down", "lateral-step-down", "leg-press", "seated-knee-extension", "split-squat", "step-up", "straight-leg-raise", "wall-sit",
    ]);
    expect(keysOf("calf")).toEqual(["calf-raise-double", "calf-raise-single", "hop-double-leg", "hop-single-leg", "skipping"]);
    expect(keysOf("flexibility")).toEqual(["calf-stretch", "foam-roll-lateral-thigh", "foam-roll-quads", "hamstring-stretch", "massage-gun-thigh", "quad-stretch"]);
    expect(EXERCISE_LIBRARY).toHaveLength(29);
    expect(new Set(EXERCISE_LIBRARY.map((e) => e.key)).size).toBe(29);
    expect(RETIRED_KEYS).toEqual(["donkey-kick"]);
    expect(byKey.has("donkey-kick")).toBe(false);
  });

  it("follows the domain ladders, easier -> harder", () => {
    const ladder = (start: string) => {
      const keys = [start];
      for (let k = byKey.get(start)?.progression.harder; k; k = byKey.get(k)?.progression.harder) keys.push(k);
      return keys;
    };
    expect(ladder("banded-squat")).toEqual(["banded-squat", "split-squat", "step-up", "forward-step-down", "lateral-step-down"]);
    // Lying hip work leads into standing hip work (Stride's reading of the domain file's order).
    expect(ladder("clamshell")).toEqual(["clamshell", "side-lying-leg-raise", "standing-hip-abduction", "band-lateral-walk"]);
    expect(ladder("calf-raise-double")).toEqual(["calf-raise-double", "calf-raise-single"]);
    expect(ladder("hop-double-leg")).toEqual(["hop-double-leg", "hop-single-leg"]);
    for (const alone of ["prone-hip-extension", "banded-glute-bridge", "side-plank", "single-leg-rdl", "wall-sit", "straight-leg-raise", "seated-knee-extension", "leg-press", "skipping"]) {
      expect([byKey.get(alone)?.progression.easier, byKey.get(alone)?.progression.harder], alone).toEqual([null, null]);
    }
  });

  it("speaks of the thigh (quadriceps), never VMO, and of minutes of rolling, never holds", () => {
    for (const e of EXERCISE_LIBRARY) {
      expect(`${e.name} ${e.target} ${e.instructions} ${e.doseNote ?? ""}`, e.key).not.toMatch(/\bVMO\b|vastus medialis/i);
    }
    expect(EXERCISE_LIBRARY.filter((e) => e.group === "quadriceps").every((e) => e.target.startsWith("Thigh (quadriceps)"))).toBe(true);
    for (const key of ["foam-roll-quads", "foam-roll-lateral-thigh"]) {
      const e = byKey.get(key);
      expect(e?.instructions, key).toContain("1-2 minutes of rolling");
      expect(e?.doseNote, key).toContain("minutes of rolling");
      expect(e?.holdSeconds, key).toBeGreaterThanOrEqual(60);
      expect(e?.holdSeconds, key).toBeLessThanOrEqual(120);
    }
  });

  it("starts strength work toward 8-12RM: loaded rungs at 3 x 10 (top 12), 3 days a week", () => {
    for (const key of ["split-squat", "step-up", "forward-step-down", "lateral-step-down", "leg-press", "seated-knee-extension", "single-leg-rdl"]) {
      const e = byKey.get(key);
      expect([e?.sets, e?.reps, e?.frequencyPerWeek, e?.progression.range.top], key).toEqual([3, 10, 3, 12]);
    }
    // Calf raises 3 x 15-25 (domain file).
    for (const key of ["calf-raise-double", "calf-raise-single"]) {
      expect([byKey.get(key)?.reps, byKey.get(key)?.progression.range.top], key).toEqual([15, 25]);
    }
  });

  it("keeps every starter template to 5-8 library exercises, phase 2 swapping easy rungs for harder ones", () => {
    expect(STARTER_TEMPLATES.map((x) => x.phase)).toEqual([1, 2, 3]);
    for (const template of STARTER_TEMPLATES) {
      expect(template.exerciseKeys.length, template.name).toBeGreaterThanOrEqual(5);
      expect(template.exerciseKeys.length, template.name).toBeLessThanOrEqual(8);
      for (const key of template.exerciseKeys) expect(byKey.has(key), `${template.name}: ${key}`).toBe(true);
      expect(new Set(template.exerciseKeys).size, template.name).toBe(template.exerciseKeys.length);
      // The template form accepts 1000 characters of description: a clinic must be able to save an edit.
      expect(template.description.length, template.name).toBeLessThanOrEqual(1000);
    }
    const [phase1, phase2, run] = STARTER_TEMPLATES;
    // One rung of each ladder per template: no exercise sits beside its own easier rung.
    for (const template of STARTER_TEMPLATES) {
      const keys: readonly string[] = template.exerciseKeys;
      for (const key of keys) expect(keys, `${template.name}: ${key}`).not.toContain(byKey.get(key)?.progression.easier);
    }
    // Phase 2 replaces phase 1's work rather than adding to it.
    const phase2Keys: readonly string[] = phase2.exerciseKeys;
    expect(phase1.exerciseKeys.filter((k) => phase2Keys.includes(k))).toEqual([]);
    expect(phase2Keys).toEqual(expect.arrayContaining(["standing-hip-abduction", "split-squat", "calf-raise-single"]));
    expect(run.exerciseKeys).toEqual(expect.arrayContaining(["hop-single-leg", "skipping"]));
    expect(phase1.description).toContain("daily-life pain is 2/10 or less");
    expect(phase1.description).toContain("10 reps with good control at pain 2/10 or less");
    expect(phase1.description).toContain("AKPS score is improving");
  });

  it("names only library exercises as ladder neighbours, and each link goes both ways", () => {
    for (const e of EXERCISE_LIBRARY) {
      const { easier, harder } = e.progression;
      if (harder) expect(byKey.get(harder)?.progression.easier, `${e.key} -> ${harder}`).toBe(e.key);
      if (easier) expect(byKey.get(easier)?.progression.harder, `${easier} -> ${e.key}`).toBe(e.key);
      expect([easier, harder]).not.toContain(e.key);
    }
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
