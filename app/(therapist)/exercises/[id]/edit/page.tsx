import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { ExerciseForm } from "@/components/exercises/exercise-form";
import { Alert } from "@/components/ui/alert";
import { ArchiveSection } from "@/components/ui/archive-section";
import { requirePermission } from "@/lib/auth/session";
import { getExerciseForEdit } from "@/lib/dal/exercises";
import { ExerciseMediaSection } from "@/components/media/exercise-media-section";
import { currentMediaByExercise } from "@/lib/dal/exercise-media";
import { archiveExerciseAction, removeExerciseMediaAction, updateExerciseAction } from "../../actions";

export const metadata: Metadata = { title: "Edit exercise" };

// Built-ins and other clinics' exercises answer 404 here (getExerciseForEdit scopes to the clinic).
export default async function EditExercisePage({ params, searchParams }: PageProps<"/exercises/[id]/edit">) {
  const caller = await requirePermission("write:exercise:clinic");
  const { id } = await params;
  const exercise = await getExerciseForEdit(caller, id);
  const copied = (await searchParams).copied === "1";
  const media = (await currentMediaByExercise(caller, [exercise.id]))[exercise.id] ?? null;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeading back={{ href: "/exercises", label: "Exercise library" }} title={<>Edit {exercise.name}</>} />
      {copied ? <Alert tone="success">Copied into your clinic&apos;s library. Adapt it below; the built-in stays as it was.</Alert> : null}
      <ExerciseForm action={updateExerciseAction} submitLabel="Save changes" initial={exercise} />
      <ExerciseMediaSection exerciseId={exercise.id} exerciseName={exercise.name} media={media} removeAction={removeExerciseMediaAction} />
      <ArchiveSection
        noun="exercise"
        name={exercise.name}
        effect="Removes it from the library and the editors. Protocols and templates that already use it keep it."
        confirmation="It will no longer appear in the library or when building plans. Existing plans are not changed."
        action={archiveExerciseAction}
        fields={{ id: exercise.id }}
      />
    </div>
  );
}
