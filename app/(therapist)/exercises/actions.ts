"use server";

import { authedAction } from "@/lib/auth/authed-action";
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
