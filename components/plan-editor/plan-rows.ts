import type { ExerciseGroupKey, SideKey } from "@/lib/clinical/exercise-labels";
import type { MediaRef } from "@/lib/dal/exercise-media";

/** An exercise the editor can add, with the library's default dose. */
export type EditorExercise = {
  id: string;
  name: string;
  group: ExerciseGroupKey;
  builtIn: boolean;
  /** The built-in drawing to preview in the picker, if any. */
  libraryKey: string | null;
  /** The clinic's own picture or video of a custom exercise, previewed in the picker instead. */
  media: MediaRef | null;
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  frequencyPerWeek: number;
  eachSide: boolean;
};

/**
 * One row of the editor. Numbers are kept as the text the therapist typed: the server validates
 * them, and a half-typed "1" must not turn into something else while they type.
 */
export type PlanRow = {
  uid: string;
  exerciseId: string;
  name: string;
  group: ExerciseGroupKey;
  sets: string;
  reps: string;
  holdSeconds: string;
  frequencyPerWeek: string;
  eachSide: boolean;
  side: SideKey;
  load: string;
  note: string;
};

/** A saved item (template or protocol) as the editor's starting row. */
export type PlanRowSeed = {
  exerciseId: string;
  name: string;
  group: ExerciseGroupKey;
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  frequencyPerWeek: number;
  eachSide: boolean;
  side?: SideKey;
  load?: string | null;
  note?: string | null;
};

const text = (n: number | null) => (n === null ? "" : String(n));

export function rowFromSeed(seed: PlanRowSeed, uid: string, defaultSide: SideKey): PlanRow {
  return {
    uid, exerciseId: seed.exerciseId, name: seed.name, group: seed.group,
    sets: text(seed.sets), reps: text(seed.reps), holdSeconds: text(seed.holdSeconds), frequencyPerWeek: text(seed.frequencyPerWeek),
    eachSide: seed.eachSide, side: seed.side ?? defaultSide, load: seed.load ?? "", note: seed.note ?? "",
  };
}

export function rowFromExercise(exercise: EditorExercise, uid: string, defaultSide: SideKey): PlanRow {
  return rowFromSeed({ ...exercise, exerciseId: exercise.id }, uid, defaultSide);
}

/** Moves the row at `index` by `delta` places; out-of-range moves leave the list as it is. */
export function moveRow(rows: readonly PlanRow[], index: number, delta: -1 | 1): PlanRow[] {
  const target = index + delta;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(index, 1);
  if (row) next.splice(target, 0, row);
  return next;
}

export function updateRow(rows: readonly PlanRow[], uid: string, patch: Partial<Omit<PlanRow, "uid">>): PlanRow[] {
  return rows.map((r) => (r.uid === uid ? { ...r, ...patch } : r));
}

export function removeRow(rows: readonly PlanRow[], uid: string): PlanRow[] {
  return rows.filter((r) => r.uid !== uid);
}
