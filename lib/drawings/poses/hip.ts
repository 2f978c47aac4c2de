import { FLOOR_Y, type Pose } from "../figure";
import { FLOOR, lieOnBack, lieOnFront, standFront, type DrawingPoses } from "./common";

/** Side-lying, head on the left resting on the lower arm, hips and knees bent (seen from the front). */
const sideLying = (over: Partial<Pose>): Pose => ({
  posture: "side-lying", view: "side", turn: 90, flip: true, at: { x: 70, y: 90 }, restOn: FLOOR_Y,
  frontLeg: { hip: 45, knee: 90 }, backLeg: { hip: 45, knee: 90 },
  backArm: { shoulder: 175, elbow: 150 }, frontArm: { shoulder: 60, elbow: 70 },
  // Seen from above and in front, so the floor is a mat under the body rather than a line.
  props: [{ kind: "mat", top: 80 }], ...over,
});

/** Lying on the side seen from the front: the top leg lifts sideways, up in the picture. */
const sideLyingFront = (over: Partial<Pose>): Pose => ({
  posture: "side-lying", view: "front", turn: -90, at: { x: 70, y: 90 }, restOn: FLOOR_Y,
  frontLeg: { hip: 0, knee: 0 }, backLeg: { hip: 0, knee: 0 },
  frontArm: { shoulder: 170, elbow: 150 }, backArm: { shoulder: 10, elbow: 20 },
  props: [FLOOR], ...over,
});

const hook = { hip: 50, knee: 100, ankle: 40 };

export const HIP_DRAWINGS = {
  clamshell: {
    start: sideLying({}),
    end: sideLying({ frontLeg: { hip: 25, knee: 65 }, moving: ["frontLeg"] }),
    alt: {
      start: "Lying on your side, head on your arm, hips and knees bent, feet together",
      end: "Top knee lifted open, feet still touching",
    },
  },
  "side-lying-leg-raise": {
    start: sideLyingFront({ frontLeg: { hip: 10, knee: 40 }, backLeg: { hip: 0, knee: 0 } }),
    end: sideLyingFront({ frontLeg: { hip: 10, knee: 40 }, backLeg: { hip: 30, knee: 0 }, moving: ["backLeg"] }),
    alt: {
      start: "Lying on your side, lower knee bent, top leg straight in line with your body",
      end: "Top leg lifted straight up, toes pointing forward",
    },
  },
  "prone-hip-extension": {
    start: lieOnFront({ frontArm: { shoulder: 160, elbow: 140 }, backArm: { shoulder: 160, elbow: 140 }, frontLeg: { hip: 0, knee: 0, ankle: 50 }, backLeg: { hip: 0, knee: 0, ankle: 50 } }),
    end: lieOnFront({ frontArm: { shoulder: 160, elbow: 140 }, backArm: { shoulder: 160, elbow: 140 }, frontLeg: { hip: -18, knee: 0, ankle: 50 }, backLeg: { hip: 0, knee: 0, ankle: 50 }, moving: ["frontLeg"] }),
    alt: {
      start: "Lying face down, forehead on your hands, legs straight",
      end: "One straight leg lifted a little off the floor, hips still on the floor",
    },
  },
  "banded-glute-bridge": {
    start: lieOnBack({ frontLeg: hook, backLeg: hook, props: [{ kind: "bandLoop", around: "frontLeg.midThigh" }] }),
    end: lieOnBack({ turn: -115, frontLeg: { hip: 0, knee: 115 }, backLeg: { hip: 0, knee: 115 }, moving: ["frontLeg"], props: [{ kind: "bandLoop", around: "frontLeg.midThigh" }] }),
    alt: {
      start: "Lying on your back, knees bent, feet flat, band just above the knees",
      end: "Hips lifted so your body is straight from shoulders to knees",
    },
  },
} satisfies Record<string, DrawingPoses>;

export const HIP_WEIGHT_BEARING_DRAWINGS = {
  "standing-hip-abduction": {
    start: standFront({ props: [{ kind: "band", between: ["frontLeg.ankle", "backLeg.ankle"] }] }),
    end: standFront({ backLeg: { hip: 25, knee: 0 }, moving: ["backLeg"], props: [{ kind: "band", between: ["frontLeg.ankle", "backLeg.ankle"] }] }),
    alt: {
      start: "Standing tall facing forward, band around both ankles",
      end: "One straight leg lifted out to the side against the band",
    },
  },
  "band-lateral-walk": {
    start: standFront({ frontLeg: { hip: 6, knee: 0 }, backLeg: { hip: 6, knee: 0 }, props: [{ kind: "band", between: ["frontLeg.midShin", "backLeg.midShin"] }] }),
    end: standFront({ at: { x: 88, y: 60 }, frontLeg: { hip: 6, knee: 0 }, backLeg: { hip: 20, knee: 0 }, moving: ["backLeg"], props: [{ kind: "band", between: ["frontLeg.midShin", "backLeg.midShin"] }] }),
    alt: {
      start: "Standing with knees slightly bent, band around the legs",
      end: "One foot stepped out to the side, keeping the band tight",
    },
  },
} satisfies Record<string, DrawingPoses>;
