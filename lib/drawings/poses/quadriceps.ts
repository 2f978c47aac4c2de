import { FLOOR_Y } from "../figure";
import { lieOnBack, sit, stand, type DrawingPoses } from "./common";

const loop = { kind: "bandLoop", around: "frontLeg.midThigh" } as const;
const stepBox = { kind: "step", x: 84, width: 40, height: 14 } as const;
const stepTop = FLOOR_Y - 14;
/** A shallow squat (knee about 70 degrees): thigh 55 degrees from upright, shin tilted 17 forward, foot flat. */
export const squatLeg = { hip: 85, knee: 72, ankle: -17 };
const armsForward = { shoulder: 115, elbow: 5 };

/**
 * The end of a step-down: the stance leg on the step bends (hips back, knee over the toes, foot
 * flat) until the free leg, straight and reaching forward, touches its heel to the floor past the
 * step's edge. The step's height is what that knee bend lowers the body by (worked out from the
 * segment lengths: a 10.4 step, the free heel about 3 units clear of the edge).
 */
const lowStep = { kind: "step", x: 62, width: 40.5, height: 10.4 } as const;
const lowStepTop = FLOOR_Y - lowStep.height;
const stepDownEnd = stand({
  at: { x: 80, y: 40 }, lean: 30,
  frontLeg: { hip: 95, knee: 92, ankle: -27 }, backLeg: { hip: 62, knee: 0, ankle: -20 },
  frontArm: { shoulder: 100, elbow: 10 }, backArm: { shoulder: 100, elbow: 10 }, moving: ["frontLeg"], props: [lowStep],
});

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
    // Hips back and down, shins tilted so the knees come over the toes, trunk leaning only as far as the shins.
    end: stand({ lean: 30, frontLeg: squatLeg, backLeg: squatLeg, frontArm: armsForward, backArm: armsForward, moving: ["frontLeg"], props: [loop] }),
    alt: {
      start: "Standing tall, feet hip-width apart, band just above the knees",
      end: "Hips pushed back and down into a shallow squat, chest up, knees over the toes and pressed out against the band",
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
    start: stand({ at: { x: 90, y: 40 }, restOn: lowStepTop, props: [lowStep] }),
    end: stepDownEnd,
    alt: {
      start: "Standing on a low step facing off its edge",
      end: "Standing knee bent over the toes, hips back, other leg straight with its heel lowered to touch the floor in front",
    },
  },
  // Drawn side-on like the forward step-down (docs/decisions/0019): the free leg is the far one, beyond the edge.
  "lateral-step-down": {
    start: stand({ at: { x: 90, y: 40 }, restOn: lowStepTop, backLeg: { hip: 22, knee: 8 }, props: [lowStep] }),
    end: stepDownEnd,
    alt: {
      start: "Standing sideways on the edge of a step on one leg, the other foot off the side",
      end: "Standing knee bent over the toes, the free heel lowered to touch the floor beside the step",
    },
  },
} satisfies Record<string, DrawingPoses>;

