import { describe, expect, it } from "vitest";
import { distance, drawPose, FLOOR_Y, SEGMENT, solve, STROKE, type Pose } from "./figure";

const base: Pose = {
  posture: "standing", view: "side", at: { x: 80, y: 60 },
  frontLeg: { hip: 0, knee: 0 }, backLeg: { hip: 0, knee: 0 },
  frontArm: { shoulder: 0, elbow: 0 }, backArm: { shoulder: 0, elbow: 0 },
};
const close = (a: { x: number; y: number }, b: { x: number; y: number }) => {
  expect(a.x).toBeCloseTo(b.x, 6);
  expect(a.y).toBeCloseTo(b.y, 6);
};

describe("figure model", () => {
  it("keeps every segment its length whatever the angles, turn and mirror", () => {
    const poses: Pose[] = [
      base,
      { ...base, lean: 35, frontLeg: { hip: 80, knee: 95, ankle: 30 }, backLeg: { hip: -20, knee: 100 }, frontArm: { shoulder: 120, elbow: 60 } },
      { ...base, turn: -90, flip: true, frontLeg: { hip: 45, knee: 90 } },
      { ...base, view: "front", turn: -80, backLeg: { hip: 30, knee: 10 }, frontArm: { shoulder: 90, elbow: 90 } },
    ];
    for (const pose of poses) {
      const j = solve(pose);
      expect(distance(j.pelvis, j.neck)).toBeCloseTo(SEGMENT.torso, 6);
      for (const leg of ["frontLeg", "backLeg"] as const) {
        expect(distance(j[`${leg}.hip`], j[`${leg}.knee`])).toBeCloseTo(SEGMENT.thigh, 6);
        expect(distance(j[`${leg}.knee`], j[`${leg}.ankle`])).toBeCloseTo(SEGMENT.shin, 6);
      }
      for (const arm of ["frontArm", "backArm"] as const) {
        expect(distance(j[`${arm}.shoulder`], j[`${arm}.elbow`])).toBeCloseTo(SEGMENT.upperArm, 6);
        expect(distance(j[`${arm}.elbow`], j[`${arm}.hand`])).toBeCloseTo(SEGMENT.forearm, 6);
      }
    }
  });

  it("applies the angles where a reader expects: hip 90 puts the knee in front, knee 90 the ankle below it", () => {
    const j = solve({ ...base, frontLeg: { hip: 90, knee: 90 } });
    close(j["frontLeg.hip"], { x: 80, y: 60 });
    close(j["frontLeg.knee"], { x: 80 + SEGMENT.thigh, y: 60 });
    close(j["frontLeg.ankle"], { x: 80 + SEGMENT.thigh, y: 60 + SEGMENT.shin });
    // Knee flexion from standing swings the shin backwards (behind the thigh), never forwards.
    const bent = solve({ ...base, frontLeg: { hip: 0, knee: 90 } });
    expect(bent["frontLeg.ankle"].x).toBeCloseTo(80 - SEGMENT.shin, 6);
    expect(bent["frontLeg.ankle"].y).toBeCloseTo(60 + SEGMENT.thigh, 6);
  });

  it("turns the whole figure: -90 lies it on its back, head on the left", () => {
    const j = solve({ ...base, turn: -90 });
    close(j.neck, { x: 80 - SEGMENT.torso, y: 60 });
    close(j["frontLeg.ankle"], { x: 80 + SEGMENT.thigh + SEGMENT.shin, y: 60 });
  });

  it("rests the lowest point on the given line", () => {
    const j = solve({ ...base, restOn: FLOOR_Y });
    expect(Math.max(j["frontLeg.ankle"].y, j["frontLeg.toe"].y)).toBeCloseTo(FLOOR_Y - STROKE.body / 2, 6);
  });

  it("connects the limbs: every segment starts where the one before it ends", () => {
    const shapes = drawPose({ ...base, frontLeg: { hip: 30, knee: 60 }, moving: ["frontLeg"] });
    const leg = shapes.filter((s) => s.kind === "line" && s.tone === "accent");
    expect(leg).toHaveLength(3);
    for (let i = 1; i < leg.length; i++) {
      const [prev, next] = [leg[i - 1], leg[i]];
      if (prev?.kind !== "line" || next?.kind !== "line") throw new Error("expected lines");
      expect(next.x1).toBeCloseTo(prev.x2, 6);
      expect(next.y1).toBeCloseTo(prev.y2, 6);
    }
  });
});
