import { CALF } from "./exercise-library/calf";
import { FLEXIBILITY } from "./exercise-library/flexibility";
import { HIP_LYING } from "./exercise-library/hip";
import { HIP_STANDING } from "./exercise-library/hip-weight-bearing";
import { QUADRICEPS } from "./exercise-library/quadriceps";
import type { LibraryExercise } from "./exercise-library/types";

/**
 * The built-in runner's-knee (patellofemoral pain) library, rebuilt from the domain file's
 * "Exercise library" (issue 12): the data sits in one file per group under exercise-library/.
 * Doses are defaults a therapist edits per patient; ladders, ranges and sources are in
 * docs/clinical/exercise-ladders.md. Instructions are Stride's own words. Keys never change meaning:
 * prescribed plans, the demo and the drawings name exercises by key. A key dropped from this list is
 * archived by the library sync (lib/dal/library-sync.ts), never deleted.
 */
export {
  EXERCISE_GROUPS, EXERCISE_TYPES,
  type AmountRange, type ExerciseGroup, type ExerciseProgression, type ExerciseType, type LibraryExercise, type LoadScheme, type ProgressionStep,
} from "./exercise-library/types";

export const EXERCISE_LIBRARY: readonly LibraryExercise[] = [...HIP_LYING, ...HIP_STANDING, ...QUADRICEPS, ...CALF, ...FLEXIBILITY];

/** Built-in keys retired from the library: archived on sync so plans that prescribe them keep them. */
export const RETIRED_KEYS: readonly string[] = ["donkey-kick"];

/**
 * When to move on, from the domain file's phase criteria (docs/clinical/exercise-ladders.md): the
 * same words go into each template's description so the therapist sees them in the builder.
 */
const PAIN_RULE = "Pain during exercise up to 5/10 is acceptable if it settles by the next morning.";
const MOVE_ON = "Move on when daily-life pain is 2/10 or less, a step-down or single-leg squat manages 10 reps with good control at pain 2/10 or less, and the AKPS score is improving.";

/**
 * Starter templates a NEW clinic receives (existing clinics keep theirs: docs/decisions/0017).
 * 5-8 exercises each because adherence falls as plans grow; phase 2 replaces the easy rungs with
 * harder ones rather than adding to them.
 */
export const STARTER_TEMPLATES = [
  {
    name: "Runner's knee, phase 1",
    phase: 1,
    description: `Calm it down and start: hip work lying down, the thigh with a wall sit and straight-leg raises, calf raises; foam rolling is optional comfort. ${PAIN_RULE} ${MOVE_ON}`,
    exerciseKeys: ["clamshell", "prone-hip-extension", "banded-glute-bridge", "wall-sit", "straight-leg-raise", "calf-raise-double", "foam-roll-quads"],
  },
  {
    name: "Runner's knee, phase 2",
    phase: 2,
    description: `Harder rungs in place of the easy work: standing hip work, the split squat (then step-up and step-downs as the ladder moves on), knee extension, single-leg calf raises and first hops, toward resistance near 8-12 repetitions maximum 2-3 days a week. ${PAIN_RULE} ${MOVE_ON} Return to running when, as well, 30 minutes of brisk walking is pain-free and 10-20 single-leg hops are at pain 2/10 or less.`,
    exerciseKeys: ["standing-hip-abduction", "side-plank", "single-leg-rdl", "split-squat", "seated-knee-extension", "calf-raise-single", "hop-double-leg"],
  },
  {
    name: "Runner's knee, return to running",
    phase: 3,
    description: "Keep the strength, add spring: step-downs, single-leg work, single-leg hops and skipping. Set the walk-run stage in the plan builder; advance a stage only when running pain stayed within the agreed limit and settled by the next morning.",
    exerciseKeys: ["band-lateral-walk", "single-leg-rdl", "lateral-step-down", "leg-press", "calf-raise-single", "hop-single-leg", "skipping"],
  },
] as const;
