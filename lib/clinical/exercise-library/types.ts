/**
 * The shape of a built-in library exercise and of its progression data. Kept apart from the data
 * (one file per group beside this one) so the group files and the index can all import it.
 */
export const EXERCISE_TYPES = ["strengthening", "flexibility"] as const;
/** The domain file's groups: hip non-weight-bearing, hip weight-bearing, thigh, calf and spring, flexibility. */
export const EXERCISE_GROUPS = ["hip", "hip-weight-bearing", "quadriceps", "calf", "flexibility"] as const;
export type ExerciseType = (typeof EXERCISE_TYPES)[number];
export type ExerciseGroup = (typeof EXERCISE_GROUPS)[number];

export type LibraryExercise = {
  key: string;
  name: string;
  type: ExerciseType;
  group: ExerciseGroup;
  target: string;
  equipment: string;
  instructions: string;
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  frequencyPerWeek: number;
  eachSide: boolean;
  /** For the therapist (library card, edit form); patients never see it. */
  doseNote: string | null;
  /** How a suggestion moves this exercise's dose on or back (docs/clinical/exercise-ladders.md). */
  progression: ExerciseProgression;
};

/**
 * What a progression can change, in the order it is tried: the per-set amount first ("reps", or
 * "hold" seconds) up to the top of the range, then the next load or the next rung of the ladder.
 * An empty list: Stride does not suggest dose changes for this exercise (flexibility and comfort work).
 */
export type ProgressionStep = "reps" | "hold" | "load" | "ladder";

/** Per-set amount, in reps or seconds: a regression never goes below floor; start is the library default. */
export type AmountRange = { floor: number; start: number; top: number; step: number };

/**
 * How load is added. "kg": a weight named in kilograms in the load text ("0.5 kg ankle weight"),
 * from `first` in `step`s up to `max`. "band": the next band in a colour or light-to-heavy
 * sequence (lib/clinical/dose-steps.ts), up to the `max`-th band of the sequence.
 */
export type LoadScheme =
  | { kind: "kg"; label: string; first: number; step: number; max: number }
  | { kind: "band"; max: number };

export type ExerciseProgression = {
  progressesBy: readonly ProgressionStep[];
  range: AmountRange;
  load: LoadScheme | null;
  /** Library keys of the ladder neighbours, or null at either end. */
  easier: string | null;
  harder: string | null;
};

/** Reps counted up in 2s (Stride's choice, docs/clinical/dose-progression.md). */
export const reps = (floor: number, start: number, top: number): AmountRange => ({ floor, start, top, step: 2 });
/** Seconds counted up in 5s. */
export const seconds = (floor: number, start: number, top: number): AmountRange => ({ floor, start, top, step: 5 });
/** A time that is not progressed by rule (stretches, rolling). */
export const fixed = (length: number, top = length): AmountRange => ({ floor: length, start: length, top, step: 0 });
export const ankleWeight = (max: number): LoadScheme => ({ kind: "kg", label: "ankle weight", first: 0.5, step: 0.5, max });
export const dumbbells = (max: number, label = "dumbbell in each hand"): LoadScheme => ({ kind: "kg", label, first: 2, step: 2, max });
export const NOT_PROGRESSED = { progressesBy: [], load: null, easier: null, harder: null } as const;

/**
 * Default frequencies (docs/clinical/exercise-ladders.md). Loaded and single-leg strength work: 3
 * days a week, the top of Barton et al. 2015's 2-3 days for resistance near 8-12RM [verify]. Low-load
 * early work (lying hip, straight-leg raise, isometrics, balance) most days: Stride's choice.
 */
export const STRENGTH_DAYS = 3;
export const EARLY_DAYS = 5;
