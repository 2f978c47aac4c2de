import { ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import { ExerciseDrawing } from "@/components/drawings/exercise-drawing";
import type { MyPlanItem } from "@/lib/dal/my-plan";
import type { MediaRef } from "@/lib/dal/exercise-media";
import { ExerciseMediaView } from "@/components/media/exercise-media-view";
import { formatDose, formatSide } from "@/lib/pdf/protocol-pdf-data";

type Props = {
  item: MyPlanItem;
  /** "collapsed" on the daily list (short cards to scroll), "open" on the plan page (read like a handout). */
  instructions: "collapsed" | "open";
  headingLevel?: "h2" | "h3";
  /** The tick control, on the daily list only. */
  children?: ReactNode;
  /** The clinic's own picture or video of this exercise, if any. */
  media?: MediaRef;
};

/** One prescribed exercise: the patient's own dose, side, load and the therapist's note first. */
export function ExerciseCard({ item, instructions, headingLevel: Heading = "h3", children, media }: Props) {
  const how = (
    <div className="space-y-2 text-sm leading-relaxed text-slate-800">
      <ExerciseDrawing drawingKey={item.libraryKey} />
      <ExerciseMediaView media={media} exerciseName={item.name} />
      <p className="whitespace-pre-line">{item.instructions}</p>
      {item.equipment && item.equipment.toLowerCase() !== "none" ? <p className="text-slate-600">Equipment: {item.equipment}</p> : null}
    </div>
  );
  return (
    <article className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="space-y-1">
        <Heading className="text-lg font-semibold leading-snug text-slate-900">{item.name}</Heading>
        <p className="text-base text-slate-800">{formatDose(item)}</p>
        <p className="text-sm text-slate-600">
          {formatSide(item.side)}
          {item.load ? <> · Load: {item.load}</> : null}
        </p>
      </div>
      {item.note ? (
        <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 px-3 py-2 text-sm text-slate-800">
          <span className="font-medium">Note from your therapist:</span> {item.note}
        </p>
      ) : null}
      {instructions === "open" ? (
        how
      ) : (
        <details className="group rounded-md border border-slate-200">
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-3 text-sm font-medium text-brand-800 [&::-webkit-details-marker]:hidden">
            {/* A flex summary loses the native triangle; the chevron shows open or closed. */}
            <ChevronRight aria-hidden className="size-4 shrink-0 transition-transform group-open:rotate-90" />
            How to do it
          </summary>
          <div className="border-t border-slate-200 px-3 py-3">{how}</div>
        </details>
      )}
      {children}
    </article>
  );
}
