"use server";

import { after } from "next/server";
import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { deleteRemovedMediaFile, removeExerciseMedia } from "@/lib/dal/exercise-media";
import { archiveExercise, createExercise, duplicateExercise, updateExercise } from "@/lib/dal/exercises";
import { exerciseIdSchema, exerciseInputSchema, exerciseUpdateSchema } from "@/lib/validation/exercise";

export const createExerciseAction = authedAction(exerciseInputSchema, "write:exercise:clinic", async ({ input, caller, tx }) => {
  const exercise = await createExercise(caller, tx, input);
  return {
    audit: { action: "exercise.created", entity: "exercise", entityId: exercise.id },
    revalidate: ["/exercises"],
    redirectTo: `/exercises?saved=${exercise.id}`,
  };
});

export const updateExerciseAction = authedAction(exerciseUpdateSchema, "write:exercise:clinic", async ({ input: { id, ...input }, caller, tx }) => {
  const exercise = await updateExercise(caller, tx, id, input);
  return {
    audit: { action: "exercise.updated", entity: "exercise", entityId: exercise.id },
    revalidate: ["/exercises"],
    redirectTo: `/exercises?saved=${exercise.id}`,
  };
});

/** Copies a built-in into the clinic and opens the copy for editing. */
export const duplicateExerciseAction = authedAction(exerciseIdSchema, "write:exercise:clinic", async ({ input, caller, tx }) => {
  const copy = await duplicateExercise(caller, tx, input.id);
  return {
    audit: { action: "exercise.duplicated", entity: "exercise", entityId: copy.id, detail: { sourceExerciseId: input.id } },
    revalidate: ["/exercises"],
    redirectTo: `/exercises/${copy.id}/edit?copied=1`,
  };
});

export const archiveExerciseAction = authedAction(exerciseIdSchema, "write:exercise:clinic", async ({ input, caller, tx }) => {
  const exercise = await archiveExercise(caller, tx, input.id);
  return {
    audit: { action: "exercise.archived", entity: "exercise", entityId: exercise.id },
    revalidate: ["/exercises"],
    redirectTo: "/exercises?archived=1",
  };
});

/** The media id stays a plain string: the DAL answers 404 for a malformed one, like a missing row. */
const exerciseMediaIdSchema = z.object({ mediaId: z.string() });

/**
 * Takes the clinic's picture or video off an exercise. The bytes are deleted after the response,
 * when the removal has committed (deleteRemovedMediaFile checks that before deleting).
 */
export const removeExerciseMediaAction = authedAction(exerciseMediaIdSchema, "write:exercise:clinic", async ({ input, caller, tx }) => {
  const removed = await removeExerciseMedia(caller, tx, input.mediaId);
  after(() =>
    deleteRemovedMediaFile(removed.storageKey).catch((error: unknown) =>
      // A failed delete leaves a file no row points to, never a row without its file.
      console.error("[stride] could not delete removed media", { key: removed.storageKey, error }),
    ),
  );
  return {
    audit: { action: "exercise-media.removed", entity: "exercise", entityId: removed.exerciseId, detail: { mediaId: removed.mediaId, kind: removed.kind } },
    revalidate: ["/exercises", `/exercises/${removed.exerciseId}/edit`],
    message: removed.kind === "image" ? "Picture removed." : "Video removed.",
  };
});
