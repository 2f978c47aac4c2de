import { drawPose, VIEW, type Pose, type Prop, type Shape } from "./figure";
import { shapeBounds } from "./shape-bounds";
import { BALANCE_DRAWINGS } from "./poses/balance";
import { CALF_DRAWINGS } from "./poses/calf";
import type { DrawingPoses } from "./poses/common";
import { FLEXIBILITY_DRAWINGS } from "./poses/flexibility";
import { HIP_DRAWINGS, HIP_WEIGHT_BEARING_DRAWINGS } from "./poses/hip";
import { QUADRICEPS_DRAWINGS } from "./poses/quadriceps";

/** Every drawn exercise by its built-in library key. */
export const DRAWING_POSES: Readonly<Record<string, DrawingPoses>> = {
  ...HIP_DRAWINGS,
  ...HIP_WEIGHT_BEARING_DRAWINGS,
  ...BALANCE_DRAWINGS,
  ...QUADRICEPS_DRAWINGS,
  ...CALF_DRAWINGS,
  ...FLEXIBILITY_DRAWINGS,
};

/** A drawing ready for any renderer: primitive shapes for the start and end positions, and their alt texts. */
export type ExerciseDrawing = { start: Shape[]; end: Shape[]; alt: { start: string; end: string }; view: DrawingView };

/**
 * The part of the shared viewBox a drawing's pair shows: the figure and the props it uses, padded,
 * down to just under the floor. Ground props (the floor line, a mat) are left out of the framing
 * and simply run to the frame's edges. A frame keeps at least the shared viewBox's proportions (LANDSCAPE), so a
 * standing figure keeps the full width and the usual scale, while a low, compact pose (the clam
 * shell, sitting on a chair) is shown up to ZOOM_MAX times larger instead of small in a wide frame.
 */
export type DrawingView = { x: number; y: number; width: number; height: number };

const PAD = 8;
/** A frame is never narrower, for its height, than the shared viewBox. */
const LANDSCAPE = VIEW.width / VIEW.height;
export const ZOOM_MAX = 1.4;
const GROUND: ReadonlySet<Prop["kind"]> = new Set(["floor", "mat"]);

function frameOf(poses: readonly Pose[]): DrawingView {
  const subject = poses.flatMap((pose) => drawPose({ ...pose, props: (pose.props ?? []).filter((p) => !GROUND.has(p.kind)) })).map(shapeBounds);
  const minX = Math.min(...subject.map((b) => b.minX)) - PAD;
  const maxX = Math.max(...subject.map((b) => b.maxX)) + PAD;
  const y = Math.max(0, Math.floor(Math.min(...subject.map((b) => b.minY)) - PAD));
  const height = VIEW.height - y;
  const width = Math.min(VIEW.width, Math.max(maxX - minX, height * LANDSCAPE, VIEW.width / ZOOM_MAX));
  const x = Math.min(Math.max(0, (minX + maxX) / 2 - width / 2), VIEW.width - width);
  return { x: round(x), y, width: round(width), height };
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * The drawing of a built-in exercise, or null (a clinic's own exercise has no drawing; a clinic
 * copy of a built-in passes its source's key, see libraryKeyOf).
 */
export function exerciseDrawing(key: string | null | undefined): ExerciseDrawing | null {
  const poses = key && Object.hasOwn(DRAWING_POSES, key) ? DRAWING_POSES[key] : undefined;
  if (!poses) return null;
  const view = frameOf([poses.start, poses.end]);
  // The floor and a mat run across the frame, not past it, so no renderer has to clip.
  const span = [view.x, view.x + view.width] as const;
  const framed = (pose: Pose): Pose => ({ ...pose, props: pose.props?.map((p) => (GROUND.has(p.kind) ? { ...p, span } : p)) });
  return { start: drawPose(framed(poses.start)), end: drawPose(framed(poses.end)), alt: poses.alt, view };
}
