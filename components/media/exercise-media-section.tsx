import type { MediaRef } from "@/lib/dal/exercise-media";
import { ExerciseMediaView } from "./exercise-media-view";
import { MediaUploadForm } from "./media-upload-form";

type Props = { exerciseId: string; exerciseName: string; media: MediaRef | null };

/** The edit page's picture-or-video section: what patients will see, and the upload. */
export function ExerciseMediaSection({ exerciseId, exerciseName, media }: Props) {
  return (
    <section aria-labelledby="exercise-media-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div>
        <h2 id="exercise-media-heading" className="text-lg font-semibold text-slate-900">
          Picture or video
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Shown in the library and, once prescribed, to the patient under &ldquo;How to do it&rdquo;. One per exercise: a new upload replaces the old one.
        </p>
      </div>
      {media ? <ExerciseMediaView media={media} exerciseName={exerciseName} /> : <p className="text-sm text-slate-700">No picture or video yet.</p>}
      <MediaUploadForm exerciseId={exerciseId} hasMedia={media !== null} />
    </section>
  );
}
