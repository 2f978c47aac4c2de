import { useId } from "react";
import { cn } from "@/components/ui/cn";
import { exerciseDrawing } from "@/lib/drawings/exercise-drawings";
import type { Shape } from "@/lib/drawings/figure";
import { shapeElement, viewBoxAttr, type ViewBox } from "@/lib/drawings/svg";

type Props = {
  /** The built-in library key (a clinic copy passes its source's); nothing renders without a drawing. */
  drawingKey: string | null | undefined;
  /** "small" for a thumbnail beside a picker; the default fills its container's width. */
  size?: "small" | "full";
  className?: string;
};

/** The start and end positions of an exercise, side by side, each an image with its own alt text. */
export function ExerciseDrawing({ drawingKey, size = "full", className }: Props) {
  const drawing = exerciseDrawing(drawingKey);
  if (!drawing) return null;
  return (
    <div className={cn("grid grid-cols-2 gap-2", size === "small" ? "w-56 max-w-full" : "w-full max-w-md", className)}>
      <Frame caption="Start" alt={drawing.alt.start} shapes={drawing.start} view={drawing.view} />
      <Frame caption="End" alt={drawing.alt.end} shapes={drawing.end} view={drawing.view} />
    </div>
  );
}

function Frame({ caption, alt, shapes, view }: { caption: string; alt: string; shapes: Shape[]; view: ViewBox }) {
  const titleId = useId();
  return (
    <figure className="m-0 rounded-md border border-slate-200 bg-white">
      <svg viewBox={viewBoxAttr(view)} role="img" aria-labelledby={titleId} className="block h-auto w-full">
        <title id={titleId}>{`${caption}: ${alt}`}</title>
        {shapes.map((shape, i) => (
          <ShapeElement key={i} shape={shape} />
        ))}
      </svg>
      <figcaption aria-hidden className="border-t border-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">
        {caption}
      </figcaption>
    </figure>
  );
}

function ShapeElement({ shape }: { shape: Shape }) {
  const { tag: Tag, attrs } = shapeElement(shape);
  return <Tag {...attrs} />;
}
