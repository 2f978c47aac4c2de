import { FLOOR_Y, ROLLER_R, STROKE, type Pose } from "../figure";
import { FLOOR, lieOnFront, sit, stand, straight, type DrawingPoses } from "./common";

/** Face down on the forearms with the thighs on a roller at x 90: rolling moves the body, not the roller. */
const proneOnRoller = (pelvisX: number): Pose =>
  lieOnFront({
    at: { x: pelvisX, y: FLOOR_Y - 2 * ROLLER_R - STROKE.body / 2 - 1 }, restOn: undefined,
    frontArm: { shoulder: 90, elbow: 90 }, backArm: { shoulder: 90, elbow: 90 },
    frontLeg: { hip: 0, knee: 0, ankle: 30 }, backLeg: { hip: 0, knee: 0, ankle: 30 }, props: [{ kind: "roller", x: 90 }],
  });

/** On the side, propped on the lower forearm, lower thigh on the roller, top foot on the floor in front. */
const sideOnRoller = (pelvisX: number): Pose => ({
  posture: "side-lying", view: "front", turn: -84, at: { x: pelvisX, y: FLOOR_Y - 2 * ROLLER_R - STROKE.body / 2 - 7 },
  frontLeg: { hip: 0, knee: 0 }, backLeg: { hip: -19, knee: 12 },
  frontArm: { shoulder: 85, elbow: -90 }, backArm: { shoulder: 15, elbow: 0 },
  props: [FLOOR, { kind: "roller", x: 90 }],
});

const wallHand = { shoulder: 80, elbow: 10 };
const heelStep = { kind: "step", x: 84, width: 30, height: 10 } as const;

export const FLEXIBILITY_DRAWINGS = {
  "quad-stretch": {
    start: stand({ frontArm: wallHand, props: [{ kind: "wall", x: 112 }] }),
    end: stand({ frontArm: wallHand, backLeg: { hip: -10, knee: 155 }, backArm: { shoulder: -25, elbow: 0 }, moving: ["backLeg"], props: [{ kind: "wall", x: 112 }] }),
    alt: {
      start: "Standing tall, one hand on a wall",
      end: "Holding one ankle behind you, knees together, stretch felt at the front of the thigh",
    },
  },
  "hamstring-stretch": {
    start: stand({ at: { x: 62, y: 60 }, frontLeg: { hip: 35, knee: 0, ankle: -15 }, backLeg: straight, props: [heelStep] }),
    end: stand({ at: { x: 62, y: 60 }, lean: 35, frontLeg: { hip: 70, knee: 0, ankle: -15 }, backLeg: { hip: 35, knee: 0 }, frontArm: { shoulder: 60, elbow: 0 }, backArm: { shoulder: 60, elbow: 0 }, moving: ["frontLeg"], props: [heelStep] }),
    alt: {
      start: "Standing with one heel on a low step, knee straight",
      end: "Leaning forward from the hips with a long back, stretch felt behind the thigh",
    },
  },
  "calf-stretch": {
    start: stand({ at: { x: 86, y: 60 }, lean: 10, frontArm: { shoulder: 85, elbow: 30 }, backArm: { shoulder: 85, elbow: 30 }, frontLeg: { hip: 10, knee: 10 }, backLeg: { hip: -20, knee: 0, ankle: -10 }, props: [{ kind: "wall", x: 118 }] }),
    end: stand({ at: { x: 90, y: 60 }, lean: 25, frontArm: { shoulder: 75, elbow: 40 }, backArm: { shoulder: 75, elbow: 40 }, frontLeg: { hip: 40, knee: 45 }, backLeg: { hip: -30, knee: 0, ankle: -20 }, moving: ["backLeg"], props: [{ kind: "wall", x: 118 }] }),
    alt: {
      start: "Facing a wall, hands on it, one foot back with the heel down",
      end: "Leaning in with the back knee straight and heel down, stretch felt in the calf",
    },
  },
  "foam-roll-quads": {
    start: proneOnRoller(84),
    end: proneOnRoller(66),
    alt: {
      start: "Face down on your forearms, roller under the front of the thigh near the hip",
      end: "Rolled slowly down to just above the kneecap",
    },
  },
  "foam-roll-lateral-thigh": {
    start: sideOnRoller(84),
    end: sideOnRoller(66),
    alt: {
      start: "Lying on your side on your forearm, roller under the outer thigh near the hip",
      end: "Rolled slowly down the outer thigh to just above the knee",
    },
  },
  "massage-gun-thigh": {
    start: sit({ frontArm: { shoulder: 17, elbow: 127 }, moving: ["frontArm"], props: [{ kind: "massageGun", at: { x: 68, y: 92 }, angle: 0, handle: 75 }] }),
    end: sit({ frontArm: { shoulder: 50, elbow: 67 }, moving: ["frontArm"], props: [{ kind: "massageGun", at: { x: 82, y: 92 }, angle: 0, handle: 75 }] }),
    alt: {
      start: "Sitting, thigh relaxed, massage gun on the front of the thigh",
      end: "Gun glided slowly down the thigh, stopping short of the kneecap",
    },
  },
} satisfies Record<string, DrawingPoses>;

