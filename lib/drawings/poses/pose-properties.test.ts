import { describe, expect, it } from "vitest";
import { FLOOR_Y, solve, STROKE, type Joints, type Pose } from "../figure";
import { HOP_CLEARANCE } from "./calf";
import { QUADRICEPS_DRAWINGS } from "./quadriceps";
import { CALF_DRAWINGS } from "./calf";

/**
 * What a reader must be able to see in the drawings that were first drawn misleadingly (issue 12
 * follow-up), checked on the solved joints rather than by eye alone.
 */
const ON_FLOOR = FLOOR_Y - STROKE.body / 2;
const feetOf = (j: Joints) => [j["frontLeg.ankle"], j["frontLeg.toe"], j["backLeg.ankle"], j["backLeg.toe"]];
/** The trunk's lean from upright, in degrees. */
const trunkLean = (j: Joints) => (Math.atan2(j.neck.x - j.pelvis.x, j.pelvis.y - j.neck.y) * 180) / Math.PI;
const stepTopOf = (pose: Pose) => {
  const step = pose.props?.find((p) => p.kind === "step");
  if (step?.kind !== "step") throw new Error("no step");
  return { top: FLOOR_Y - step.height, edge: step.x + step.width };
};

describe("the banded squat reads as a squat, not a forward lean", () => {
  const { start, end } = QUADRICEPS_DRAWINGS["banded-squat"];
  const [standing, squat] = [solve(start), solve(end)];

  it("hips go back and down: the pelvis drops well below standing height and sits behind the heels", () => {
    expect(squat.pelvis.y - standing.pelvis.y).toBeGreaterThan(12);
    expect(squat.pelvis.x).toBeLessThan(squat["frontLeg.ankle"].x);
  });

  it("the trunk stays fairly upright and the knees come forward over the toes, feet flat on the floor", () => {
    expect(trunkLean(squat)).toBeLessThanOrEqual(35);
    expect(squat["frontLeg.knee"].x).toBeGreaterThan(squat["frontLeg.ankle"].x + 5);
    expect(squat["frontLeg.knee"].x).toBeLessThanOrEqual(squat["frontLeg.toe"].x + 2);
    expect(squat["frontLeg.ankle"].y).toBeCloseTo(ON_FLOOR, 6);
    expect(squat["frontLeg.toe"].y).toBeCloseTo(ON_FLOOR, 6);
  });

  it("keeps the band on the thigh, above the knee", () => {
    expect(end.props).toContainEqual({ kind: "bandLoop", around: "frontLeg.midThigh" });
  });
});

describe.each(["hop-double-leg", "hop-single-leg"] as const)("%s shows a hop", (key) => {
  const { start, end } = CALF_DRAWINGS[key];

  it("in the air on the first frame: every foot clearly off the floor, with a shadow under it", () => {
    const flight = solve(start);
    const lowest = Math.max(...feetOf(flight).map((p) => p.y));
    expect(ON_FLOOR - lowest).toBeGreaterThanOrEqual(HOP_CLEARANCE - 0.01);
    expect(HOP_CLEARANCE).toBeGreaterThanOrEqual(12);
    expect(start.props).toContainEqual(expect.objectContaining({ kind: "shadow" }));
  });

  it("lands on soft knees: the landing foot flat on the floor, knee and hip bent, knee over the foot", () => {
    const landing = solve(end);
    expect(landing["frontLeg.ankle"].y).toBeCloseTo(ON_FLOOR, 6);
    expect(landing["frontLeg.toe"].y).toBeCloseTo(ON_FLOOR, 6);
    expect(end.frontLeg.knee).toBeGreaterThanOrEqual(30);
    expect(end.frontLeg.hip).toBeGreaterThanOrEqual(30);
    expect(landing["frontLeg.knee"].x).toBeGreaterThan(landing["frontLeg.ankle"].x);
  });
});

describe.each(["forward-step-down", "lateral-step-down"] as const)("%s ends with the free heel on the floor past the step", (key) => {
  const { end } = QUADRICEPS_DRAWINGS[key];
  const j = solve(end);
  const { top, edge } = stepTopOf(end);

  it("the stance foot stays flat on the step, knee bent forward over it", () => {
    expect(j["frontLeg.ankle"].y).toBeCloseTo(top - STROKE.body / 2, 1);
    expect(j["frontLeg.toe"].y).toBeCloseTo(top - STROKE.body / 2, 1);
    expect(j["frontLeg.toe"].x).toBeLessThanOrEqual(edge);
    expect(j["frontLeg.knee"].x).toBeGreaterThan(j["frontLeg.ankle"].x);
  });

  it("the free heel touches the floor beyond the step's edge", () => {
    expect(j["backLeg.ankle"].y).toBeCloseTo(ON_FLOOR, 6);
    expect(j["backLeg.ankle"].x - STROKE.body / 2).toBeGreaterThan(edge + STROKE.prop / 2);
  });
});
