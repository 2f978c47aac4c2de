import type { ExerciseDto } from "@/lib/dal/exercises";
import type { EditorExercise } from "./plan-rows";

/** Only what the add-exercise picker needs, so instructions are not shipped to the browser. */
export function toEditorExercises(exercises: readonly ExerciseDto[]): EditorExercise[] {
  return exercises.map(({ id, name, group, builtIn, libraryKey, sets, reps, holdSeconds, frequencyPerWeek, eachSide }) => ({
    id, name, group, builtIn, libraryKey, sets, reps, holdSeconds, frequencyPerWeek, eachSide,
  }));
}
