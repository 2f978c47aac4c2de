import type { MediaRef } from "@/lib/dal/exercise-media";
import type { ExerciseDto } from "@/lib/dal/exercises";
import type { EditorExercise } from "./plan-rows";

/**
 * Only what the add-exercise picker needs, so instructions are not shipped to the browser. `media`
 * is the clinic's own picture or video by exercise id (currentMediaByExercise), previewed in the
 * picker where a built-in shows its drawing.
 */
export function toEditorExercises(exercises: readonly ExerciseDto[], media: Readonly<Record<string, MediaRef>> = {}): EditorExercise[] {
  return exercises.map(({ id, name, group, builtIn, libraryKey, sets, reps, holdSeconds, frequencyPerWeek, eachSide }) => ({
    id, name, group, builtIn, libraryKey, media: media[id] ?? null, sets, reps, holdSeconds, frequencyPerWeek, eachSide,
  }));
}
