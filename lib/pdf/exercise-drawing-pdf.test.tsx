import { describe, expect, it } from "vitest";
import { isValidElement, type ReactElement } from "react";
import { Circle, Line, Path, Rect } from "@react-pdf/renderer";
import { DRAWING_POSES, exerciseDrawing } from "@/lib/drawings/exercise-drawings";
import { TONE, type Shape } from "@/lib/drawings/figure";
import { ExerciseDrawingPdf, joinLineRuns, ShapeElement } from "./exercise-drawing-pdf";

type Props = Record<string, unknown>;
const KIND_TO_ELEMENT = { line: Line, circle: Circle, rect: Rect, path: Path } as const;

/** The figure-model geometry each react-pdf element must carry, as the web component draws it. */
function expectedProps(shape: Shape): Props {
  switch (shape.kind) {
    case "line": return { x1: shape.x1, y1: shape.y1, x2: shape.x2, y2: shape.y2, stroke: TONE[shape.tone], strokeWidth: shape.width, strokeDasharray: shape.dash };
    case "circle": return { cx: shape.cx, cy: shape.cy, r: shape.r, fill: TONE[shape.fill], stroke: TONE[shape.tone] };
    case "rect": return { x: shape.x, y: shape.y, width: shape.w, height: shape.h, rx: shape.rx, fill: TONE[shape.fill] };
    case "path": return { d: shape.d, fill: shape.fill === "none" ? "none" : TONE[shape.fill], stroke: TONE[shape.tone] };
  }
}

describe("ExerciseDrawingPdf", () => {
  it("maps every shape of every built-in drawing to the react-pdf Svg primitive of its kind, unchanged", () => {
    let shapes = 0;
    for (const key of Object.keys(DRAWING_POSES)) {
      const drawing = exerciseDrawing(key);
      expect(drawing, key).not.toBeNull();
      for (const shape of [...(drawing?.start ?? []), ...(drawing?.end ?? [])]) {
        const element = ShapeElement({ shape }) as ReactElement<Props>;
        expect(element.type, `${key} ${shape.kind}`).toBe(KIND_TO_ELEMENT[shape.kind]);
        expect(element.props).toMatchObject(expectedProps(shape));
        shapes++;
      }
    }
    expect(shapes).toBeGreaterThan(100);
  });

  it("stacks a lying pose's frames and sets a standing pose's side by side, and draws nothing without a drawing", () => {
    const direction = (key: string) => {
      const element = ExerciseDrawingPdf({ libraryKey: key, width: 86 });
      if (!isValidElement<{ style: { flexDirection: string } }>(element)) throw new Error(`no drawing for ${key}`);
      return element.props.style.flexDirection;
    };
    expect(direction("foam-roll-quads")).toBe("column");
    expect(direction("clamshell")).toBe("column");
    expect(direction("single-leg-balance")).toBe("row");
    expect(ExerciseDrawingPdf({ libraryKey: null, width: 86 })).toBeNull();
    expect(ExerciseDrawingPdf({ libraryKey: "a-clinic-own-exercise", width: 86 })).toBeNull();
  });

  it("joins runs of same-style solid lines into one path, keeping every segment, the paint order and other shapes", () => {
    const line = (x: number, tone: "ink" | "accent" = "ink", dash?: string): Shape => ({ kind: "line", x1: x, y1: 0, x2: x + 1, y2: 2, tone, width: 5, dash });
    const dot: Shape = { kind: "circle", cx: 1, cy: 1, r: 2, fill: "paper", tone: "ink", width: 2 };
    expect(joinLineRuns([line(1), line(2), dot, line(3), line(4, "accent"), line(5, "accent", "2 2"), line(6)])).toEqual([
      { kind: "path", d: "M1 0L2 2M2 0L3 2", fill: "none", tone: "ink", width: 5 },
      dot,
      line(3),
      line(4, "accent"),
      line(5, "accent", "2 2"),
      line(6),
    ]);
    // Over the whole library: fewer elements, and every line's segment is still drawn.
    const r = (v: number) => Math.round(v * 100) / 100;
    const segment = (l: Extract<Shape, { kind: "line" }>) => `M${r(l.x1)} ${r(l.y1)}L${r(l.x2)} ${r(l.y2)}`;
    for (const key of Object.keys(DRAWING_POSES)) {
      const shapes = exerciseDrawing(key)?.start ?? [];
      const joined = joinLineRuns(shapes);
      expect(joined.length, key).toBeLessThan(shapes.length);
      const drawn = joined.map((j) => (j.kind === "path" ? j.d : j.kind === "line" ? segment(j) : "")).join("");
      for (const line of shapes) if (line.kind === "line") expect(drawn, key).toContain(segment(line));
    }
  });
});
