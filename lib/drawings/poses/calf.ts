import { FLOOR_Y, type Pose } from "../figure";
import { stand, type DrawingPoses } from "./common";

const wallHand = { shoulder: 80, elbow: 10 };
const wall = { kind: "wall", x: 112 } as const;
/** How high the lowest point of a hop's flight frame is drawn: well clear of the floor even at phone size. */
export const HOP_CLEARANCE = 15;
/** In the air: arms swung forward and up, hips and knees a little bent, toes pointed, a shadow on the floor below. */
const flight: Partial<Pose> = {
  posture: "airborne", restOn: FLOOR_Y - HOP_CLEARANCE, lean: 8,
  frontArm: { shoulder: 105, elbow: 25 }, backArm: { shoulder: 85, elbow: 30 }, props: [{ kind: "shadow", under: "frontLeg.ankle" }],
};
const flightLeg = { hip: 30, knee: 45, ankle: 40 };
/** Landing: feet flat, knees and hips soft (bent), trunk leaning over the feet, arms forward for balance. */
const landing = { lean: 25, frontArm: { shoulder: 60, elbow: 20 }, backArm: { shoulder: 40, elbow: 30 } } as const;
const landingLeg = { hip: 60, knee: 50, ankle: -15 };
/** The free leg of a single-leg hop, knee bent with the foot behind. */
const heldUp = { hip: 25, knee: 95 };

export const CALF_DRAWINGS = {
  "calf-raise-double": {
    start: stand({ frontArm: wallHand, props: [wall] }),
    end: stand({ frontArm: wallHand, frontLeg: { hip: 0, knee: 0, ankle: 45 }, backLeg: { hip: 0, knee: 0, ankle: 45 }, moving: ["frontLeg"], props: [wall] }),
    alt: {
      start: "Standing on both feet, a hand on a wall for balance",
      end: "Up on your toes, heels lifted high",
    },
  },
  "calf-raise-single": {
    start: stand({ frontArm: wallHand, backLeg: { hip: 5, knee: 70 }, props: [wall] }),
    end: stand({ frontArm: wallHand, frontLeg: { hip: 0, knee: 0, ankle: 45 }, backLeg: { hip: 5, knee: 70 }, moving: ["frontLeg"], props: [wall] }),
    alt: {
      start: "Standing on one foot, the other lifted behind, a hand on a wall",
      end: "Up on the toes of the standing foot, heel lifted high",
    },
  },
  "hop-double-leg": {
    start: stand({ ...flight, frontLeg: flightLeg, backLeg: flightLeg, moving: ["frontLeg"] }),
    end: stand({ ...landing, frontLeg: landingLeg, backLeg: landingLeg, moving: ["frontLeg"] }),
    alt: {
      start: "In the air: springing up off both feet, both feet clearly off the floor, toes pointing down",
      end: "Landing softly on both feet, knees and hips bending to absorb it, knees over the toes",
    },
  },
  "hop-single-leg": {
    start: stand({ ...flight, frontLeg: flightLeg, backLeg: heldUp, moving: ["frontLeg"] }),
    end: stand({ ...landing, frontLeg: landingLeg, backLeg: heldUp, moving: ["frontLeg"] }),
    alt: {
      start: "In the air on one leg: the hopping foot clearly off the floor, the other foot held up behind",
      end: "Landing softly on the same foot, knee and hip bending to absorb it, knee over the toes",
    },
  },
  skipping: {
    start: stand({ frontLeg: { hip: 75, knee: 85 }, backLeg: { hip: -5, knee: 5, ankle: 30 }, frontArm: { shoulder: -30, elbow: 60 }, backArm: { shoulder: 40, elbow: 70 }, moving: ["frontLeg"] }),
    end: stand({ posture: "airborne", restOn: FLOOR_Y - 7, backLeg: { hip: 75, knee: 85 }, frontLeg: { hip: -5, knee: 5, ankle: 40 }, backArm: { shoulder: -30, elbow: 60 }, frontArm: { shoulder: 40, elbow: 70 }, moving: ["backLeg"] }),
    alt: {
      start: "Skipping forward: one knee driven up, pushing off the other foot",
      end: "A small bounce into the air, then the other knee comes up",
    },
  },
} satisfies Record<string, DrawingPoses>;
