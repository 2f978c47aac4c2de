import { FLOOR_Y, type Arm, type Leg, type Pose, type Prop } from "../figure";

/** A drawing's two poses and their alt texts, as written per exercise. */
export type DrawingPoses = { start: Pose; end: Pose; alt: { start: string; end: string } };

export const FLOOR: Prop = { kind: "floor" };
export const straight: Leg = { hip: 0, knee: 0 };
export const armsDown: Arm = { shoulder: 8, elbow: 12 };

/** Standing side-on, facing right, feet on the floor: override what the exercise changes. */
export function stand(over: Partial<Pose> = {}): Pose {
  return {
    posture: "standing", view: "side", at: { x: 80, y: 60 }, restOn: FLOOR_Y,
    frontLeg: straight, backLeg: straight, frontArm: armsDown, backArm: armsDown,
    ...over, props: [FLOOR, ...(over.props ?? [])],
  };
}

/** Standing facing the viewer (for side-to-side movements). */
export function standFront(over: Partial<Pose> = {}): Pose {
  return stand({ view: "front", frontLeg: { hip: 4, knee: 0 }, backLeg: { hip: 4, knee: 0 }, frontArm: { shoulder: 12, elbow: 0 }, backArm: { shoulder: 12, elbow: 0 }, ...over });
}

/** Lying on the back, head on the left. */
export function lieOnBack(over: Partial<Pose> = {}): Pose {
  return stand({ posture: "lying", turn: -90, at: { x: 88, y: 90 }, frontArm: { shoulder: 10, elbow: 0 }, backArm: { shoulder: 10, elbow: 0 }, ...over });
}

/** Lying face down, head on the left. */
export function lieOnFront(over: Partial<Pose> = {}): Pose {
  return stand({ posture: "prone", turn: 90, flip: true, at: { x: 88, y: 90 }, ...over });
}

/** Sitting on a chair, side-on, facing right. */
export function sit(over: Partial<Pose> = {}): Pose {
  return stand({
    posture: "sitting", at: { x: 62, y: 95 }, restOn: undefined,
    frontLeg: { hip: 90, knee: 90 }, backLeg: { hip: 90, knee: 90 }, frontArm: { shoulder: 20, elbow: 50 }, backArm: { shoulder: 20, elbow: 50 },
    ...over, props: [{ kind: "bench", x: 46, width: 28, height: 30, back: "left" }, ...(over.props ?? [])],
  });
}
