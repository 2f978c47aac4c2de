/**
 * The one figure model behind every exercise drawing (docs/decisions/0019-exercise-drawings.md).
 *
 * A jointed stick figure posed by joint angles, drawn in the picture plane. It returns primitive
 * shapes (lines, circles, rects, paths) in one fixed viewBox, so an SVG string, inline React SVG
 * and @react-pdf/renderer <Svg> elements can all be built from the same output without a DOM.
 *
 * Angles are degrees. A direction is measured from "straight up", clockwise (so 90 = to the
 * right, 180 = down). The figure is built upright facing right, then turned by `pose.turn`
 * (-90 lies it on its back with the head on the left, 90 on its front) and mirrored by `flip`.
 */

export const VIEW = { width: 160, height: 132 } as const;
export const FLOOR_Y = 126;

export const SEGMENT = { torso: 34, neck: 3, head: 7, upperArm: 19, forearm: 17, thigh: 27, shin: 26, foot: 8 } as const;
/** Half the distance between the hips / shoulders in a front view. */
const HIP_HALF = 5;
const SHOULDER_HALF = 9;

export const ROLLER_R = 7;
export const STROKE = { body: 5, torso: 6, prop: 2.5, band: 3 } as const;
/** Greyscale for print; one accent for the limb that moves. */
export const TONE = { ink: "#27272a", back: "#a1a1aa", accent: "#0f766e", prop: "#52525b", propFill: "#e4e4e7", paper: "#ffffff", band: "#71717a" } as const;
export type Tone = keyof typeof TONE;

export type Point = { x: number; y: number };
export type Leg = { hip: number; knee: number; ankle?: number };
export type Arm = { shoulder: number; elbow: number };
export type LimbName = "frontLeg" | "backLeg" | "frontArm" | "backArm";

export type JointRef =
  | `${"frontLeg" | "backLeg"}.${"hip" | "knee" | "ankle" | "toe" | "midThigh" | "midShin"}`
  | `${"frontArm" | "backArm"}.${"shoulder" | "elbow" | "hand"}`
  | "pelvis" | "neck" | "head";

export type Prop =
  /** `span`: the x range the floor (or mat) runs across; the whole viewBox unless a drawing is framed tighter. */
  | { kind: "floor"; span?: Span }
  /** A band stretched between two body points or a body point and a fixed point (e.g. a chair leg). */
  | { kind: "band"; between: [JointRef | Point, JointRef | Point] }
  /** A band looped round a segment seen side-on: a short mark across it. */
  | { kind: "bandLoop"; around: "frontLeg.midThigh" | "backLeg.midThigh" | "frontLeg.midShin" | "backLeg.midShin" }
  | { kind: "step"; x: number; width: number; height: number }
  | { kind: "wall"; x: number }
  | { kind: "bench"; x: number; width: number; height: number; back?: "left" | "right" }
  /** A foam roller on the floor at x; the pose puts the body on it (the body moves, the roller stays). */
  | { kind: "roller"; x: number }
  /** A mat seen from above and in front, for lying on the side: it shows the floor under the body. */
  | { kind: "mat"; top: number; span?: Span }
  | { kind: "sled"; foot: JointRef; angle: number }
  /** `handle`: the handle's turn from the barrel (90 by default, -90 to the other side). */
  | { kind: "massageGun"; at: JointRef | Point; angle: number; handle?: number }
  | { kind: "ankleWeight"; at: JointRef }
  | { kind: "strap"; from: JointRef; to: JointRef }
  /** A shadow on the floor under a body point, so a figure in the air reads as off the ground. */
  | { kind: "shadow"; under: JointRef };

export type Span = readonly [number, number];
const FULL_SPAN: Span = [0, VIEW.width];

export type Posture = "standing" | "sitting" | "lying" | "side-lying" | "prone" | "kneeling" | "airborne";

export type Pose = {
  posture: Posture;
  /** "side": legs hang from one hip point (a side view); "front": from two, angles mirrored outward. */
  view: "side" | "front";
  /** Where the pelvis sits before grounding. */
  at: Point;
  /** Whole-body turn (see above) and trunk lean forward from the pelvis (degrees). */
  turn?: number;
  lean?: number;
  flip?: boolean;
  frontLeg: Leg;
  backLeg: Leg;
  frontArm: Arm;
  backArm: Arm;
  /** The limbs drawn in the accent colour. */
  moving?: LimbName[];
  /** Shift the figure up or down so its lowest joint rests on this y (the floor or a step top). */
  restOn?: number;
  props?: Prop[];
};

export type Shape =
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number; tone: Tone; width: number; dash?: string }
  | { kind: "circle"; cx: number; cy: number; r: number; fill: Tone; tone: Tone; width: number }
  | { kind: "rect"; x: number; y: number; w: number; h: number; rx: number; fill: Tone; tone: Tone; width: number }
  | { kind: "path"; d: string; fill: Tone | "none"; tone: Tone; width: number };

const rad = (deg: number) => (deg * Math.PI) / 180;
/** The point `length` away from `from` in direction `dir`. */
export function along(from: Point, dir: number, length: number): Point {
  return { x: from.x + Math.sin(rad(dir)) * length, y: from.y - Math.cos(rad(dir)) * length };
}
export const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

export type Joints = Record<Exclude<JointRef, `${string}.mid${string}`>, Point>;

type LimbSide = 1 | -1;

/**
 * Joint positions, upright facing right with the pelvis at the origin, before turn/flip/grounding.
 * Side view: hip and shoulder flexion swing a limb forward, knee flexion swings the shin back,
 * elbow flexion the forearm forward, ankle (plantarflexion) points the toes. Front view (the figure
 * faces the viewer): hip and shoulder angles swing a limb outward, knee and elbow angles back in;
 * the front limbs are on the picture's left.
 */
function upright(pose: Pose): Joints {
  const lean = pose.lean ?? 0;
  const pelvis = { x: 0, y: 0 };
  const neck = along(pelvis, lean, SEGMENT.torso);
  const head = along(neck, lean, SEGMENT.neck + SEGMENT.head);
  const front = pose.view === "front";
  const leg = (l: Leg, s: LimbSide) => {
    const hip = front ? along(pelvis, lean - 90 * s, HIP_HALF) : pelvis;
    const thighDir = front ? lean + 180 + s * l.hip : lean + 180 - l.hip;
    const knee = along(hip, thighDir, SEGMENT.thigh);
    const shinDir = front ? thighDir - s * l.knee : thighDir + l.knee;
    const ankle = along(knee, shinDir, SEGMENT.shin);
    const footDir = front ? shinDir + s * 90 : shinDir - 90 + (l.ankle ?? 0);
    const toe = along(ankle, footDir, front ? SEGMENT.foot * 0.6 : SEGMENT.foot);
    return { hip, knee, ankle, toe };
  };
  const arm = (a: Arm, s: LimbSide) => {
    const shoulder = front ? along(neck, lean - 90 * s, SHOULDER_HALF) : neck;
    const upperDir = front ? lean + 180 + s * a.shoulder : lean + 180 - a.shoulder;
    const elbow = along(shoulder, upperDir, SEGMENT.upperArm);
    const foreDir = front ? upperDir - s * a.elbow : upperDir - a.elbow;
    const hand = along(elbow, foreDir, SEGMENT.forearm);
    return { shoulder, elbow, hand };
  };
  const fl = leg(pose.frontLeg, 1);
  const bl = leg(pose.backLeg, -1);
  const fa = arm(pose.frontArm, 1);
  const ba = arm(pose.backArm, -1);
  return {
    pelvis, neck, head,
    "frontLeg.hip": fl.hip, "frontLeg.knee": fl.knee, "frontLeg.ankle": fl.ankle, "frontLeg.toe": fl.toe,
    "backLeg.hip": bl.hip, "backLeg.knee": bl.knee, "backLeg.ankle": bl.ankle, "backLeg.toe": bl.toe,
    "frontArm.shoulder": fa.shoulder, "frontArm.elbow": fa.elbow, "frontArm.hand": fa.hand,
    "backArm.shoulder": ba.shoulder, "backArm.elbow": ba.elbow, "backArm.hand": ba.hand,
  };
}

function mapJoints(joints: Joints, f: (p: Point) => Point): Joints {
  return Object.fromEntries(Object.entries(joints).map(([k, p]) => [k, f(p)])) as Joints;
}

/** Joint positions in the shared viewBox: turned, mirrored, placed at `at`, then grounded. */
export function solve(pose: Pose): Joints {
  const turn = rad(pose.turn ?? 0);
  const cos = Math.cos(turn);
  const sin = Math.sin(turn);
  const sign = pose.flip ? -1 : 1;
  let joints = mapJoints(upright(pose), ({ x, y }) => ({
    x: pose.at.x + sign * (x * cos - y * sin),
    y: pose.at.y + x * sin + y * cos,
  }));
  if (pose.restOn !== undefined) {
    const lowest = Math.max(...Object.entries(joints).map(([k, p]) => (k === "head" ? p.y + SEGMENT.head : p.y)));
    const shift = pose.restOn - STROKE.body / 2 - lowest;
    joints = mapJoints(joints, (p) => ({ x: p.x, y: p.y + shift }));
  }
  return joints;
}

/** A joint or the middle of a segment, for props that attach to the body. */
export function pointOf(joints: Joints, ref: JointRef | Point): Point {
  if (typeof ref !== "string") return ref;
  const mid = /^(frontLeg|backLeg)\.mid(Thigh|Shin)$/.exec(ref);
  if (!mid) return joints[ref as keyof Joints];
  const leg = mid[1] as "frontLeg" | "backLeg";
  const [a, b] = mid[2] === "Thigh" ? [joints[`${leg}.hip`], joints[`${leg}.knee`]] : [joints[`${leg}.knee`], joints[`${leg}.ankle`]];
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

const line = (a: Point, b: Point, tone: Tone, width: number, dash?: string): Shape => ({ kind: "line", x1: a.x, y1: a.y, x2: b.x, y2: b.y, tone, width, ...(dash ? { dash } : {}) });

function limbShapes(joints: Joints, limb: LimbName, tone: Tone): Shape[] {
  const chain = limb.endsWith("Leg") ? ["hip", "knee", "ankle", "toe"] : ["shoulder", "elbow", "hand"];
  const points = chain.map((j) => joints[`${limb}.${j}` as keyof Joints]);
  return points.slice(1).map((p, i) => line(points[i] as Point, p, tone, STROKE.body));
}

/**
 * The drawing of one pose as primitive shapes, back to front: props behind the figure, the back
 * limbs, the torso and head, the front legs, a held tool, the front arm, then props that sit on the body (band, weight).
 */
export function drawPose(pose: Pose): Shape[] {
  const joints = solve(pose);
  const moving = new Set(pose.moving ?? []);
  const toneOf = (limb: LimbName, otherwise: Tone): Tone => (moving.has(limb) ? "accent" : otherwise);
  const props = pose.props ?? [];
  const behind = props.filter((p) => ["mat", "floor", "shadow", "step", "wall", "bench", "sled", "roller"].includes(p.kind));
  // A held tool goes under the hand that holds it, so the grip shows; bands and weights go on top.
  const held = props.filter((p) => p.kind === "massageGun");
  const onTop = props.filter((p) => !behind.includes(p) && p.kind !== "massageGun");
  // In a front view both sides are equally near, so neither is greyed out.
  const backTone: Tone = pose.view === "front" ? "ink" : "back";
  return [
    ...behind.flatMap((p) => propShapes(p, joints)),
    ...limbShapes(joints, "backArm", toneOf("backArm", backTone)),
    ...limbShapes(joints, "backLeg", toneOf("backLeg", backTone)),
    line(joints.pelvis, joints.neck, "ink", STROKE.torso),
    ...(pose.view === "front"
      ? [line(joints["frontLeg.hip"], joints["backLeg.hip"], "ink", STROKE.torso), line(joints["frontArm.shoulder"], joints["backArm.shoulder"], "ink", STROKE.torso)]
      : []),
    { kind: "circle", cx: joints.head.x, cy: joints.head.y, r: SEGMENT.head, fill: "paper", tone: "ink", width: 3 },
    ...limbShapes(joints, "frontLeg", toneOf("frontLeg", "ink")),
    ...held.flatMap((p) => propShapes(p, joints)),
    ...limbShapes(joints, "frontArm", toneOf("frontArm", "ink")),
    ...onTop.flatMap((p) => propShapes(p, joints)),
  ];
}

function propShapes(prop: Prop, joints: Joints): Shape[] {
  const w = STROKE.prop;
  switch (prop.kind) {
    case "floor": {
      const [a, b] = prop.span ?? FULL_SPAN;
      return [line({ x: a + 4, y: FLOOR_Y }, { x: b - 4, y: FLOOR_Y }, "prop", w)];
    }
    case "step":
      return [{ kind: "rect", x: prop.x, y: FLOOR_Y - prop.height, w: prop.width, h: prop.height, rx: 1.5, fill: "propFill", tone: "prop", width: w }];
    case "wall":
      return [
        line({ x: prop.x, y: 4 }, { x: prop.x, y: FLOOR_Y }, "prop", w),
        ...[0, 1, 2, 3, 4, 5].map((i) => line({ x: prop.x, y: 14 + i * 17 }, { x: prop.x + 6, y: 8 + i * 17 }, "prop", 1.2)),
      ];
    case "bench": {
      const top = FLOOR_Y - prop.height;
      const legs = [prop.x + 3, prop.x + prop.width - 3].map((x) => line({ x, y: top }, { x, y: FLOOR_Y }, "prop", w));
      const backX = prop.back === "left" ? prop.x + 2 : prop.x + prop.width - 2;
      return [
        ...legs,
        { kind: "rect", x: prop.x, y: top - 3, w: prop.width, h: 5, rx: 1.5, fill: "propFill", tone: "prop", width: w },
        ...(prop.back ? [line({ x: backX, y: top - 3 }, { x: backX, y: top - 38 }, "prop", w + 1)] : []),
      ];
    }
    case "roller":
      return [
        { kind: "circle", cx: prop.x, cy: FLOOR_Y - ROLLER_R, r: ROLLER_R, fill: "propFill", tone: "prop", width: w },
        { kind: "circle", cx: prop.x, cy: FLOOR_Y - ROLLER_R, r: ROLLER_R * 0.35, fill: "paper", tone: "prop", width: 1.2 },
      ];
    case "mat": {
      const [a, b] = prop.span ?? FULL_SPAN;
      return [{ kind: "path", d: `M ${a + 18} ${FLOOR_Y} L ${b - 10} ${FLOOR_Y} L ${b - 18} ${prop.top} L ${a + 26} ${prop.top} Z`, fill: "propFill", tone: "propFill", width: 1 }];
    }
    case "sled": {
      // A foot plate square to the rail, the rail running from behind the plate down to the floor.
      const foot = pointOf(joints, prop.foot);
      const plateTop = along(foot, prop.angle - 90, 12);
      const plateBottom = along(foot, prop.angle + 90, 8);
      const railEnd = along(foot, prop.angle, 40);
      return [
        line(along(foot, prop.angle, 3), { x: railEnd.x, y: Math.min(railEnd.y, FLOOR_Y) }, "prop", w + 1, "5 3"),
        line(plateTop, plateBottom, "prop", w + 2.5),
      ];
    }
    case "massageGun": {
      // A thick barrel square to the skin, its round head on the spot, and a handle across its end
      // towards the hand: the "T" people recognise, large enough to read at phone size.
      const at = pointOf(joints, prop.at);
      const head = along(at, prop.angle, 4.5);
      const barrelEnd = along(at, prop.angle, 24);
      const handleEnd = along(barrelEnd, prop.angle + (prop.handle ?? 90), 13);
      return [
        line(along(at, prop.angle, 7), barrelEnd, "prop", 9),
        line(barrelEnd, handleEnd, "prop", 6),
        { kind: "circle", cx: head.x, cy: head.y, r: 4, fill: "propFill", tone: "prop", width: 2 },
      ];
    }
    case "ankleWeight": {
      const at = pointOf(joints, prop.at);
      return [{ kind: "rect", x: at.x - 4.5, y: at.y - 3.5, w: 9, h: 7, rx: 2.5, fill: "prop", tone: "ink", width: 1 }];
    }
    case "band": {
      const [a, b] = prop.between.map((r) => pointOf(joints, r)) as [Point, Point];
      return [line(a, b, "band", STROKE.band, "1 4.5"), line(a, b, "band", 1.5)];
    }
    case "bandLoop": {
      const [leg, part] = prop.around.split(".") as ["frontLeg" | "backLeg", "midThigh" | "midShin"];
      const [a, b] = part === "midThigh" ? [joints[`${leg}.hip`], joints[`${leg}.knee`]] : [joints[`${leg}.knee`], joints[`${leg}.ankle`]];
      const dir = (Math.atan2(b.x - a.x, a.y - b.y) * 180) / Math.PI;
      const at = pointOf(joints, prop.around);
      return [line(along(at, dir + 90, 6), along(at, dir - 90, 6), "band", STROKE.band + 1)];
    }
    case "shadow": {
      const x = pointOf(joints, prop.under).x;
      return [line({ x: x - 9, y: FLOOR_Y - 2.5 }, { x: x + 9, y: FLOOR_Y - 2.5 }, "back", 3)];
    }
    case "strap": {
      const [a, b] = [pointOf(joints, prop.from), pointOf(joints, prop.to)];
      return [line(a, b, "band", 1.8)];
    }
  }
}
