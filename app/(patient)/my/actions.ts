"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { setOwnExerciseDone } from "@/lib/dal/pain-logs";
import { exerciseTickSchema } from "@/lib/validation/pain-log";

/** A tick on today's list. The patient is the signed-in one; only the exercise id comes from the form. */
export const toggleExerciseDone = authedAction(exerciseTickSchema, "write:pain-log:own", async ({ input, caller, tx }) => {
  await setOwnExerciseDone(caller, tx, input);
  return {
    audit: {
      action: input.done ? "exercise.ticked" : "exercise.unticked",
      entity: "exercise-completion",
      entityId: input.exerciseId,
      patientId: caller.patientId,
    },
    revalidate: ["/my", "/my/log", "/my/history"],
  };
});
