import Link from "next/link";
import { ExerciseDrawing } from "@/components/drawings/exercise-drawing";
import { InlineAction } from "@/components/plan-editor/inline-action";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ActionState } from "@/lib/auth/action-state";
import { formatDoseLine } from "@/lib/clinical/dose-notation";
import type { ExerciseDto } from "@/lib/dal/exercises";
import type { MediaRef } from "@/lib/dal/exercise-media";
import { ExerciseMediaView } from "@/components/media/exercise-media-view";

type Props = {
  exercise: ExerciseDto;
  duplicateAction: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  highlighted?: boolean;
  /** The clinic's own picture or video of it, if any. */
  media?: MediaRef;
};

/** One library entry: what it trains, with what, the default dose and how to do it. */
export function ExerciseCard({ exercise, duplicateAction, highlighted, media }: Props) {
  const headingId = `exercise-${exercise.id}`;
  return (
    <article aria-labelledby={headingId} className={cn("flex flex-col rounded-lg border bg-white p-4 shadow-sm", highlighted ? "border-brand-600 ring-2 ring-brand-600/30" : "border-slate-200")}>
      <div className="flex items-start justify-between gap-3">
        <h3 id={headingId} className="font-semibold text-slate-900">
          {exercise.name}
        </h3>
        <span className={cn("shrink-0 rounded-full px-2 py-0.5 text-xs font-medium", exercise.builtIn ? "bg-slate-100 text-slate-700" : "bg-brand-50 text-brand-800")}>
          {exercise.builtIn ? "Built-in" : "Your clinic"}
        </span>
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">Target</dt>
        <dd className="text-slate-900">{exercise.target}</dd>
        <dt className="text-slate-600">Equipment</dt>
        <dd className="text-slate-900">{exercise.equipment}</dd>
        <dt className="text-slate-600">Default dose</dt>
        <dd className="text-slate-900">
          {formatDoseLine(exercise)}
          {exercise.doseNote ? <span className="block text-slate-600">{exercise.doseNote}</span> : null}
        </dd>
      </dl>
      <p className="mt-3 flex-1 text-sm leading-relaxed text-slate-700">{exercise.instructions}</p>
      <ExerciseDrawing drawingKey={exercise.libraryKey} className="mt-3" />
      <ExerciseMediaView media={media} exerciseName={exercise.name} />
      <div className="mt-4 flex flex-wrap gap-2">
        {exercise.builtIn ? null : (
          <Link href={`/exercises/${exercise.id}/edit`} className={cn(buttonBase, buttonStyles.secondary)}>
            Edit<span className="sr-only"> {exercise.name}</span>
          </Link>
        )}
        <InlineAction action={duplicateAction} fields={{ id: exercise.id }} pendingLabel="Duplicating…">
          {exercise.builtIn ? "Duplicate to adapt" : "Duplicate"}
          <span className="sr-only"> {exercise.name}</span>
        </InlineAction>
      </div>
    </article>
  );
}
