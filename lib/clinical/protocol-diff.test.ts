import { describe, expect, it } from "vitest";
import { diffPlans, summariseChanges, versionHistory, type PlanItemSnapshot, type PlanSnapshot } from "./protocol-diff";

const item = (exerciseId: string, name: string, over: Partial<PlanItemSnapshot> = {}): PlanItemSnapshot => ({
  exerciseId, name, sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, side: "right", load: null, note: null, ...over,
});
const clam = item("c", "Clam shell");
const slr = item("s", "Straight-leg raise");
const quad = item("q", "Quad stretch", { reps: null, holdSeconds: 30, frequencyPerWeek: 7 });
const split = item("p", "Split squat", { frequencyPerWeek: 3 });
const v = (version: number, items: PlanItemSnapshot[], over: Partial<PlanSnapshot> = {}): PlanSnapshot => ({ version, title: "Runner's knee, phase 1", phase: 1, items, ...over });

describe("diffPlans", () => {
  it("reads like the issue's example: added, dose changed, removed, title changed", () => {
    const before = v(2, [clam, slr, quad]);
    const after = v(3, [{ ...clam, reps: 12 }, slr, split], { title: "Phase 1, adapted" });
    expect(summariseChanges(diffPlans(before, after))).toBe('Split squat added; Clam shell 3 x 10 -> 3 x 12; Quad stretch removed; title changed to "Phase 1, adapted"');
  });

  it("names every kind of dose change on one exercise", () => {
    const after = { ...clam, holdSeconds: 5, frequencyPerWeek: 7, eachSide: false, side: "both" as const, load: "Red band", note: "Slow on the way down" };
    expect(summariseChanges(diffPlans(v(1, [clam]), v(2, [after])))).toBe(
      'Clam shell 3 x 10 -> 3 x 10 x 5 s, 5x a week -> daily, no longer each side, side right -> both, load "Red band" added, note added',
    );
    expect(summariseChanges(diffPlans(v(1, [after]), v(2, [{ ...after, load: " ", note: null }])))).toBe("Clam shell load removed, note removed");
    expect(summariseChanges(diffPlans(v(1, [{ ...clam, load: "Red" }]), v(2, [{ ...clam, load: "Blue", note: "x" }])))).toBe('Clam shell load "Red" -> "Blue", note added');
  });

  it("summarises a pure reorder briefly, and does not call additions a reorder", () => {
    expect(summariseChanges(diffPlans(v(1, [clam, slr, quad]), v(2, [quad, clam, slr])))).toBe("order changed");
    expect(summariseChanges(diffPlans(v(1, [clam, slr]), v(2, [split, clam, slr])))).toBe("Split squat added");
    expect(summariseChanges(diffPlans(v(1, [clam, slr, quad]), v(2, [clam, quad])))).toBe("Straight-leg raise removed");
  });

  it("reports a phase change and an unchanged save", () => {
    expect(diffPlans(v(1, [clam]), v(2, [clam], { phase: 2 }))).toEqual([{ kind: "phase", from: 1, to: 2 }]);
    expect(summariseChanges(diffPlans(v(1, [clam]), v(2, [clam])))).toBe("saved without changes");
  });

  it("reports the walk-run stage starting, stepping and ending, and nothing when neither version has one", () => {
    const say = (from: number | null | undefined, to: number | null | undefined) => summariseChanges(diffPlans(v(1, [clam], { runStage: from }), v(2, [clam], { runStage: to })));
    expect(say(null, 1)).toBe("walk-run programme started at stage 1");
    expect(say(2, 3)).toBe("walk-run stage 2 -> 3");
    expect(say(3, 2)).toBe("walk-run stage 3 -> 2");
    expect(say(15, null)).toBe("walk-run programme ended at stage 15");
    expect(say(undefined, null)).toBe("saved without changes");
    expect(say(4, 4)).toBe("saved without changes");
  });

  it("names education modules added and removed, and compares nothing when either version lacks the list", () => {
    const say = (from?: string[], to?: string[]) => summariseChanges(diffPlans(v(1, [clam], { educationModules: from }), v(2, [clam], { educationModules: to })));
    expect(say(["What runner's knee is"], ["What runner's knee is", "Running load and spikes"])).toBe("education: + Running load and spikes");
    expect(say(["What runner's knee is", "Shoes and surfaces"], ["Running load and spikes", "What runner's knee is"])).toBe("education: + Running load and spikes, - Shoes and surfaces");
    expect(say(["What runner's knee is"], ["What runner's knee is"])).toBe("saved without changes");
    expect(say(undefined, ["Shoes and surfaces"])).toBe("saved without changes");
  });

  it("treats a second occurrence of one exercise as its own entry", () => {
    const left = { ...clam, side: "left" as const };
    expect(summariseChanges(diffPlans(v(1, [clam]), v(2, [clam, left])))).toBe("Clam shell added");
  });
});

describe("versionHistory", () => {
  it("lists versions newest first, each against the one before, whatever order they come in", () => {
    const history = versionHistory([v(2, [{ ...clam, reps: 12 }]), v(1, [clam, slr]), v(3, [{ ...clam, reps: 12 }, split])]);
    expect(history.map((h) => `v${h.version}: ${h.summary}`)).toEqual([
      "v3: Split squat added",
      "v2: Clam shell 3 x 10 -> 3 x 12; Straight-leg raise removed",
      "v1: started with 2 exercises",
    ]);
    expect(versionHistory([v(1, [clam])])[0]?.summary).toBe("started with 1 exercise");
    expect(versionHistory([])).toEqual([]);
  });
});
