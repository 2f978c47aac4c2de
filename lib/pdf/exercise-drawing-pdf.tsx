import type { ComponentType } from "react";
import { Circle, Line, Path, Rect, StyleSheet, Svg, Text, View } from "@react-pdf/renderer";
import { exerciseDrawing } from "@/lib/drawings/exercise-drawings";
import type { Shape, Tone } from "@/lib/drawings/figure";
import { shapeElement, viewBoxAttr, type ShapeAttributes, type ViewBox } from "@/lib/drawings/svg";

const s = StyleSheet.create({
  beside: { flexDirection: "row" },
  stacked: { flexDirection: "column" },
  frame: { borderWidth: 0.75, borderColor: "#c5ced6", borderRadius: 3 },
  gap: { width: 4, height: 4 },
  caption: { fontSize: 12, fontWeight: 700, color: "#4f5b66", paddingHorizontal: 4, paddingBottom: 1 },
});

const PDF_ELEMENT = { line: Line, circle: Circle, rect: Rect, path: Path } as const;

/** One figure-model shape as a react-pdf Svg element, with the attributes the web component draws. */
export function ShapeElement({ shape }: { shape: Shape }) {
  const { tag, attrs } = shapeElement(shape);
  // react-pdf types each primitive's props apart; the attributes are the SVG ones all four take.
  const Element = PDF_ELEMENT[tag] as unknown as ComponentType<ShapeAttributes>;
  return <Element {...attrs} />;
}

const n = (v: number) => String(Math.round(v * 100) / 100);

type LineRun = { tone: Tone; width: number; d: string; lines: Shape[] };
const runToShapes = (run: LineRun): Shape[] =>
  run.lines.length === 1 ? run.lines : [{ kind: "path", d: run.d, fill: "none", tone: run.tone, width: run.width }];

/**
 * The same drawing with each run of consecutive solid lines of one colour and width joined into one
 * path of separate segments (round caps, painted in the same order, so it prints identically).
 * A frame averages 16 shapes, most of them limb lines, and every react-pdf element costs layout
 * time: joining them cuts the elements by more than half.
 */
export function joinLineRuns(shapes: readonly Shape[]): Shape[] {
  const out: Shape[] = [];
  let run: LineRun | null = null;
  for (const shape of shapes) {
    if (shape.kind !== "line" || shape.dash) {
      if (run) out.push(...runToShapes(run));
      run = null;
      out.push(shape);
      continue;
    }
    const segment = `M${n(shape.x1)} ${n(shape.y1)}L${n(shape.x2)} ${n(shape.y2)}`;
    if (run && run.tone === shape.tone && run.width === shape.width) {
      run.d += segment;
      run.lines.push(shape);
    } else {
      if (run) out.push(...runToShapes(run));
      run = { tone: shape.tone, width: shape.width, d: segment, lines: [shape] };
    }
  }
  if (run) out.push(...runToShapes(run));
  return out;
}

function Frame({ caption, shapes, view, width }: { caption: string; shapes: Shape[]; view: ViewBox; width: number }) {
  // Height from the cropped view keeps every drawing at one scale, as on the web.
  const height = (width * view.height) / view.width;
  return (
    <View style={s.frame} wrap={false}>
      <Svg width={width} height={height} viewBox={viewBoxAttr(view)}>
        {joinLineRuns(shapes).map((shape, i) => (
          <ShapeElement key={i} shape={shape} />
        ))}
      </Svg>
      <Text style={s.caption}>{caption}</Text>
    </View>
  );
}

/**
 * A drawing whose cropped view is at most this tall (in figure units of the 160-wide view) is a
 * lying or low pose: its two frames stack in one narrow column, leaving the card's words more width.
 * A standing pose is about as tall as it is wide, so its frames sit side by side.
 */
const STACK_AT_MOST = 80;

/**
 * The start and end positions of a built-in exercise as vector drawings, at one scale for every
 * exercise; nothing for an exercise without a drawing (a clinic's own). `width` is each frame's width
 * in points; the pair takes its own width (one frame stacked, two side by side).
 */
export function ExerciseDrawingPdf({ libraryKey, width }: { libraryKey: string | null; width: number }) {
  const drawing = exerciseDrawing(libraryKey);
  if (!drawing) return null;
  return (
    <View style={drawing.view.height <= STACK_AT_MOST ? s.stacked : s.beside}>
      <Frame caption="Start" shapes={drawing.start} view={drawing.view} width={width} />
      <View style={s.gap} />
      <Frame caption="End" shapes={drawing.end} view={drawing.view} width={width} />
    </View>
  );
}
