import { FLOOR_Y } from "../figure";
import { lieOnBack, sit, stand, type DrawingPoses } from "./common";

const loop = { kind: "bandLoop", around: "frontLeg.midThigh" } as const;
const stepBox = { kind: "step", x: 84, width: 40, height: 14 } as const;
const stepTop = FLOOR_Y - 14;

export const QUADRICEPS_DRAWINGS = {
  "wall-sit": {
    start: stand({ at: { x: 60, y: 60 }, frontLeg: { hip: 15, knee: 0 }, backLeg: { hip: 15, knee: 0 }, props: [{ kind: "wall", x: 52 }] }),
    end: stand({ at: { x: 60, y: 60 }, frontLeg: { hip: 60, knee: 55 }, backLeg: { hip: 60, knee: 55 }, moving: ["frontLeg"], props: [{ kind: "wall", x: 52 }] }),
    alt: {
      start: "Standing with your back against a wall, feet a step forward",
      end: "Slid down the wall until the knees are partly bent, held still",
    },
  },
  "straight-leg-raise": {
    start: lieOnBack({ backLeg: { hip: 50, knee: 100 }, frontLeg: { hip: 0, knee: 0 } }),
    end: lieOnBack({ backLeg: { hip: 50, knee: 100 }, frontLeg: { hip: 40, knee: 0 }, moving: ["frontLeg"] }),
    alt: {
      start: "Lying on your back, one knee bent, the other leg straight on the floor",
      end: "Straight leg lifted to the height of the bent knee, thigh muscle tight",
    },
  },
  "seated-knee-extension": {
    start: sit({ props: [{ kind: "band", between: ["frontLeg.ankle", { x: 72, y: FLOOR_Y - 4 }] }] }),
    end: sit({ frontLeg: { hip: 90, knee: 45 }, moving: ["frontLeg"], props: [{ kind: "band", between: ["frontLeg.ankle", { x: 72, y: FLOOR_Y - 4 }] }] }),
    alt: {
      start: "Sitting on a chair, knee bent at a right angle, band from the ankle to the chair leg",
      end: "Knee straightened halfway against the band",
    },
  },
  "leg-press": {
    start: sit({ at: { x: 50, y: 95 }, lean: -20, frontLeg: { hip: 85, knee: 45 }, backLeg: { hip: 85, knee: 45 }, props: [{ kind: "sled", foot: "frontLeg.ankle", angle: 80 }] }),
    end: sit({ at: { x: 50, y: 95 }, lean: -20, frontLeg: { hip: 75, knee: 5 }, backLeg: { hip: 75, knee: 5 }, moving: ["frontLeg"], props: [{ kind: "sled", foot: "frontLeg.ankle", angle: 80 }] }),
    alt: {
      start: "Sitting in the leg press, feet on the plate, knees bent a little",
      end: "Legs pushed out until nearly straight",
    },
  },
  "banded-squat": {
    start: stand({ props: [loop] }),
    end: stand({ lean: 25, frontLeg: { hip: 65, knee: 40 }, backLeg: { hip: 65, knee: 40 }, frontArm: { shoulder: 75, elbow: 0 }, backArm: { shoulder: 75, elbow: 0 }, moving: ["frontLeg"], props: [loop] }),
    alt: {
      start: "Standing tall, feet hip-width apart, band just above the knees",
      end: "Sitting back a little, knees bent only slightly and pushed out over the toes",
    },
  },
  "split-squat": {
    start: stand({ frontLeg: { hip: 22, knee: 0 }, backLeg: { hip: -22, knee: 0, ankle: 45 } }),
    end: stand({ frontLeg: { hip: 80, knee: 85 }, backLeg: { hip: -10, knee: 95, ankle: 60 }, moving: ["frontLeg"] }),
    alt: {
      start: "Standing in a long stride, back heel raised",
      end: "Lowered straight down, both knees bent, front knee over the middle of the foot",
    },
  },
  "step-up": {
    start: stand({ at: { x: 66, y: 60 }, frontLeg: { hip: 55, knee: 70 }, backLeg: { hip: -10, knee: 0 }, props: [stepBox] }),
    end: stand({ at: { x: 100, y: 40 }, restOn: stepTop, frontLeg: { hip: 0, knee: 0 }, backLeg: { hip: 5, knee: 50 }, moving: ["frontLeg"], props: [stepBox] }),
    alt: {
      start: "One foot up on a step, the other on the floor",
      end: "Standing up tall on the step leg",
    },
  },
  "forward-step-down": {
    start: stand({ at: { x: 96, y: 40 }, restOn: stepTop, props: [{ kind: "step", x: 70, width: 40, height: 14 }] }),
    end: stand({ at: { x: 100, y: 40 }, lean: 25, backLeg: { hip: 70, knee: 90 }, frontLeg: { hip: 40, knee: 0 }, moving: ["backLeg"], props: [{ kind: "step", x: 70, width: 40, height: 14 }] }),
    alt: {
      start: "Standing on a low step facing off its edge",
      end: "Standing knee bent over the toes, other heel lowered to touch the floor in front",
    },
  },
  "lateral-step-down": {
    start: stand({ at: { x: 84, y: 40 }, restOn: stepTop, frontLeg: { hip: 0, knee: 0, ankle: 20 }, props: [{ kind: "step", x: 58, width: 40, height: 14 }] }),
    end: stand({ at: { x: 84, y: 40 }, lean: 20, backLeg: { hip: 65, knee: 90 }, frontLeg: { hip: 25, knee: 0 }, moving: ["backLeg"], props: [{ kind: "step", x: 58, width: 40, height: 14 }] }),
    alt: {
      start: "Standing sideways on the edge of a step on one leg, the other foot off the side",
      end: "Standing knee bent over the toes, the free heel lowered to touch the floor beside the step",
    },
  },
} satisfies Record<string, DrawingPoses>;

