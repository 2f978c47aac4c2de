import { drawPose, VIEW, type Shape } from "./figure";
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
 * The part of the shared viewBox a drawing's pair uses: full width, cropped only from the top, so
 * every drawing keeps one scale (a frame's width is the same) while a lying figure is not drawn
 * under a tall empty sky on a phone.
 */
export type DrawingView = { x: number; y: number; width: number; height: number };

function cropToPair(shapes: readonly Shape[]): DrawingView {
  const top = Math.min(...shapes.map((s) => shapeBounds(s).minY));
  const y = Math.max(0, Math.floor(top - 8));
  return { x: 0, y, width: VIEW.width, height: VIEW.height - y };
}

/**
 * The drawing of a built-in exercise, or null (a clinic's own exercise has no drawing; a clinic
 * copy of a built-in passes its source's key, see libraryKeyOf).
 */
export function exerciseDrawing(key: string | null | undefined): ExerciseDrawing | null {
  const poses = key && Object.hasOwn(DRAWING_POSES, key) ? DRAWING_POSES[key] : undefined;
  if (!poses) return null;
  const start = drawPose(poses.start);
  const end = drawPose(poses.end);
  return { start, end, alt: poses.alt, view: cropToPair([...start, ...end]) };
}
