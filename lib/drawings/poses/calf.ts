import { FLOOR_Y } from "../figure";
import { stand, type DrawingPoses } from "./common";

const wallHand = { shoulder: 80, elbow: 10 };
const wall = { kind: "wall", x: 112 } as const;
const crouch = { lean: 25, frontLeg: { hip: 55, knee: 60 }, backLeg: { hip: 55, knee: 60 }, frontArm: { shoulder: -30, elbow: 10 }, backArm: { shoulder: -30, elbow: 10 } };
const air = FLOOR_Y - 7;

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
    start: stand(crouch),
    end: stand({ posture: "airborne", restOn: air, frontLeg: { hip: 0, knee: 5, ankle: 45 }, backLeg: { hip: 0, knee: 5, ankle: 45 }, frontArm: { shoulder: 40, elbow: 20 }, backArm: { shoulder: 40, elbow: 20 }, moving: ["frontLeg"] }),
    alt: {
      start: "Standing with knees and hips bent, ready to hop",
      end: "Both feet just off the floor in a small hop, toes pointed",
    },
  },
  "hop-single-leg": {
    start: stand({ ...crouch, backLeg: { hip: 30, knee: 90 } }),
    end: stand({ posture: "airborne", restOn: air, frontLeg: { hip: 0, knee: 5, ankle: 45 }, backLeg: { hip: 30, knee: 90 }, frontArm: { shoulder: 40, elbow: 20 }, backArm: { shoulder: 40, elbow: 20 }, moving: ["frontLeg"] }),
    alt: {
      start: "Standing on one leg, knee and hip bent, ready to hop",
      end: "Hopping just off the floor on the same leg",
    },
  },
  skipping: {
    start: stand({ frontLeg: { hip: 75, knee: 85 }, backLeg: { hip: -5, knee: 5, ankle: 30 }, frontArm: { shoulder: -30, elbow: 60 }, backArm: { shoulder: 40, elbow: 70 }, moving: ["frontLeg"] }),
    end: stand({ posture: "airborne", restOn: air, backLeg: { hip: 75, knee: 85 }, frontLeg: { hip: -5, knee: 5, ankle: 40 }, backArm: { shoulder: -30, elbow: 60 }, frontArm: { shoulder: 40, elbow: 70 }, moving: ["backLeg"] }),
    alt: {
      start: "Skipping forward: one knee driven up, pushing off the other foot",
      end: "A small bounce into the air, then the other knee comes up",
    },
  },
} satisfies Record<string, DrawingPoses>;
