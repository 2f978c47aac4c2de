import { FLOOR_Y, type Pose } from "../figure";
import { FLOOR, stand, type DrawingPoses } from "./common";

/** Side plank seen from the front: on the lower forearm, body in a line. */
const sidePlank = (over: Partial<Pose>): Pose => ({
  posture: "side-lying", view: "front", turn: -90, at: { x: 72, y: 92 }, restOn: FLOOR_Y,
  frontLeg: { hip: 0, knee: 0 }, backLeg: { hip: 0, knee: 0 },
  frontArm: { shoulder: 80, elbow: -90 }, backArm: { shoulder: 5, elbow: 0 },
  props: [FLOOR], ...over,
});

export const BALANCE_DRAWINGS = {
  "side-plank": {
    start: sidePlank({ turn: -82 }),
    end: sidePlank({ turn: -70, frontArm: { shoulder: 70, elbow: -90 }, moving: ["backLeg"] }),
    alt: {
      start: "Lying on your side, propped on your forearm, elbow under your shoulder",
      end: "Hips lifted so your body is in one straight line (easier: knees bent, resting on them)",
    },
  },
  "single-leg-balance": {
    start: stand({ props: [{ kind: "wall", x: 126 }] }),
    end: stand({ frontLeg: { hip: 5, knee: 10 }, backLeg: { hip: 10, knee: 80 }, moving: ["backLeg"], props: [{ kind: "wall", x: 126 }] }),
    alt: {
      start: "Standing tall near a wall for safety",
      end: "Standing on one leg, knee slightly bent, other foot lifted behind",
    },
  },
  "single-leg-rdl": {
    start: stand({ frontLeg: { hip: 0, knee: 8 }, backLeg: { hip: -8, knee: 40 } }),
    end: stand({ lean: 75, frontLeg: { hip: 80, knee: 20 }, backLeg: { hip: 0, knee: 0 }, frontArm: { shoulder: 75, elbow: 0 }, backArm: { shoulder: 75, elbow: 0 }, moving: ["backLeg"] }),
    alt: {
      start: "Standing on one leg, knee soft, other foot just off the floor",
      end: "Hinged forward from the hip, back flat, free leg straight out behind, hands towards the floor",
    },
  },
} satisfies Record<string, DrawingPoses>;
