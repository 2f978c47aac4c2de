import { FLOOR_Y, type Pose } from "../figure";
import { FLOOR, lieOnFront, sit, stand, straight, type DrawingPoses } from "./common";

const onForearms = { lean: 0, frontArm: { shoulder: 90, elbow: 90 }, backArm: { shoulder: 90, elbow: 90 } };
const proneOnRoller = (under: "frontLeg.midThigh" | "frontLeg.knee" | "frontLeg.hip"): Pose =>
  lieOnFront({ ...onForearms, turn: 75, frontLeg: { hip: 0, knee: 0, ankle: 40 }, backLeg: { hip: 0, knee: 0, ankle: 40 }, props: [{ kind: "roller", under }] });

const sideOnRoller = (under: "frontLeg.midThigh" | "frontLeg.hip" | "frontLeg.knee"): Pose => ({
  posture: "side-lying", view: "front", turn: -78, at: { x: 80, y: 84 }, restOn: FLOOR_Y,
  frontLeg: { hip: 0, knee: 0 }, backLeg: { hip: 10, knee: 0 },
  frontArm: { shoulder: 80, elbow: 90 }, backArm: { shoulder: 10, elbow: 0 },
  props: [FLOOR, { kind: "roller", under }],
});

const wallHand = { shoulder: 80, elbow: 10 };

export const FLEXIBILITY_DRAWINGS = {
  "quad-stretch": {
    start: stand({ frontArm: wallHand, props: [{ kind: "wall", x: 112 }] }),
    end: stand({ frontArm: wallHand, backLeg: { hip: -5, knee: 150 }, backArm: { shoulder: -40, elbow: 20 }, moving: ["backLeg"], props: [{ kind: "wall", x: 112 }] }),
    alt: {
      start: "Standing tall, one hand on a wall",
      end: "Holding one ankle behind you, knees together, stretch felt at the front of the thigh",
    },
  },
  "hamstring-stretch": {
    start: stand({ at: { x: 66, y: 60 }, frontLeg: { hip: 60, knee: 0, ankle: -15 }, backLeg: straight, props: [{ kind: "step", x: 96, width: 30, height: 14 }] }),
    end: stand({ at: { x: 66, y: 60 }, lean: 30, frontLeg: { hip: 90, knee: 0, ankle: -15 }, backLeg: { hip: 30, knee: 0 }, frontArm: { shoulder: 45, elbow: 0 }, backArm: { shoulder: 45, elbow: 0 }, moving: ["frontLeg"], props: [{ kind: "step", x: 96, width: 30, height: 14 }] }),
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
    start: proneOnRoller("frontLeg.hip"),
    end: proneOnRoller("frontLeg.knee"),
    alt: {
      start: "Face down on your forearms, roller under the front of the thigh near the hip",
      end: "Rolled slowly down to just above the kneecap",
    },
  },
  "foam-roll-lateral-thigh": {
    start: sideOnRoller("frontLeg.hip"),
    end: sideOnRoller("frontLeg.knee"),
    alt: {
      start: "Lying on your side on your forearm, roller under the outer thigh near the hip",
      end: "Rolled slowly down the outer thigh to just above the knee",
    },
  },
  "massage-gun-thigh": {
    start: sit({ frontArm: { shoulder: 35, elbow: 55 }, props: [{ kind: "massageGun", at: "frontLeg.hip", angle: 10 }] }),
    end: sit({ frontArm: { shoulder: 60, elbow: 30 }, props: [{ kind: "massageGun", at: "frontLeg.midThigh", angle: 10 }] }),
    alt: {
      start: "Sitting, thigh relaxed, massage gun on the front of the thigh near the hip",
      end: "Gun glided slowly down the thigh, stopping short of the kneecap",
    },
  },
} satisfies Record<string, DrawingPoses>;

