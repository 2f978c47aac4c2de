import { z } from "zod";
import { exerciseGroupEnum, exerciseTypeEnum } from "@/db/schema";
import { doseShape, optionalText, REPS_OR_HOLD, requireRepsOrHold, requiredText } from "./dose";

export const EXERCISE_TYPES = exerciseTypeEnum.enumValues;
export const EXERCISE_GROUPS = exerciseGroupEnum.enumValues;

const exerciseFields = z.object({
  name: requiredText("Name", 120),
  type: z.enum(EXERCISE_TYPES, { error: "Choose strengthening or flexibility." }),
  group: z.enum(EXERCISE_GROUPS, { error: "Choose a group." }),
  target: requiredText("Target", 200),
  equipment: optionalText("Equipment", 200).transform((v) => v ?? "None"),
  instructions: requiredText("Instructions", 4000),
  ...doseShape,
  doseNote: optionalText("Dose note", 500),
});

/** A clinic's own exercise, as typed into /exercises/new or /exercises/[id]/edit. */
export const exerciseInputSchema = exerciseFields
  .refine(requireRepsOrHold, { error: REPS_OR_HOLD, path: ["reps"] })
  // The library groups strengthening under hip or quadriceps and stretching under flexibility;
  // a mismatch would file the exercise under the wrong heading.
  .refine((e) => (e.type === "flexibility") === (e.group === "flexibility"), {
    error: "Flexibility exercises go in the Flexibility group; strengthening ones in Hip or Thigh (quadriceps).",
    path: ["group"],
  });

export type ExerciseInput = z.output<typeof exerciseInputSchema>;

/** The id stays a plain string here: the DAL answers 404 for a malformed one, like a missing row. */
export const exerciseUpdateSchema = z.object({ id: z.string() }).and(exerciseInputSchema);

export const exerciseIdSchema = z.object({ id: z.string() });
