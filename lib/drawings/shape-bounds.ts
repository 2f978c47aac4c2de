import type { Shape } from "./figure";

export type Bounds = { minX: number; maxX: number; minY: number; maxY: number };

/** The box a shape covers, strokes included (for cropping and for checking drawings stay in view). */
export function shapeBounds(shape: Shape): Bounds {
  switch (shape.kind) {
    case "line": {
      const pad = shape.width / 2;
      return { minX: Math.min(shape.x1, shape.x2) - pad, maxX: Math.max(shape.x1, shape.x2) + pad, minY: Math.min(shape.y1, shape.y2) - pad, maxY: Math.max(shape.y1, shape.y2) + pad };
    }
    case "circle": {
      const r = shape.r + shape.width / 2;
      return { minX: shape.cx - r, maxX: shape.cx + r, minY: shape.cy - r, maxY: shape.cy + r };
    }
    case "rect":
      return { minX: shape.x, maxX: shape.x + shape.w, minY: shape.y, maxY: shape.y + shape.h };
    case "path": {
      const numbers = (shape.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
    }
  }
}
