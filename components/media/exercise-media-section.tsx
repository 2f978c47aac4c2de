import type { FormAction } from "@/lib/auth/action-state";
import type { MediaRef } from "@/lib/dal/exercise-media";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { ExerciseMediaView } from "./exercise-media-view";
import { MediaUploadForm } from "./media-upload-form";

type Props = { exerciseId: string; exerciseName: string; media: MediaRef | null; removeAction: FormAction };

/** The edit page's picture-or-video section: what patients will see, the upload, and removing it. */
export function ExerciseMediaSection({ exerciseId, exerciseName, media, removeAction }: Props) {
  const noun = media?.kind === "video" ? "video" : "picture";
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
      {media ? (
        <div className="space-y-3">
          <ExerciseMediaView media={media} exerciseName={exerciseName} />
          <ConfirmAction
            action={removeAction}
            fields={{ mediaId: media.id }}
            trigger={`Remove ${noun}`}
            title={`Remove the ${noun} of ${exerciseName}?`}
            description={`The library, plan builders and patients' plans will stop showing it straight away, and the file is deleted. The exercise itself and the plans that use it stay as they are.`}
            confirmLabel={`Remove ${noun}`}
            pendingLabel="Removing…"
          />
        </div>
      ) : (
        <p className="text-sm text-slate-700">No picture or video yet.</p>
      )}
      <MediaUploadForm exerciseId={exerciseId} hasMedia={media !== null} />
    </section>
  );
}
