"use client";

import { useEffect, useId, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { groupInOrder, type SideKey } from "@/lib/clinical/exercise-labels";
import { ExerciseDrawing } from "@/components/drawings/exercise-drawing";
import { ExerciseMediaView } from "@/components/media/exercise-media-view";
import { Button } from "@/components/ui/button";
import { MAX_PLAN_ITEMS } from "@/lib/validation/plan-limits";
import { PlanItemRow } from "./plan-item-row";
import { moveRow, removeRow, rowFromExercise, updateRow, type EditorExercise, type PlanRow } from "./plan-rows";
import type { ItemErrors } from "./use-plan-form";

type Props = {
  rows: PlanRow[];
  setRows: Dispatch<SetStateAction<PlanRow[]>>;
  exercises: readonly EditorExercise[];
  /** Protocols prescribe a side and a load; templates only hold default doses. */
  prescription: boolean;
  /** The side new rows start with: the patient's affected side for a protocol. */
  defaultSide: SideKey;
  itemErrors: ItemErrors;
  listErrors?: string[];
};

type FocusRequest = { uid: string; target: "up" | "down" | "heading" } | { uid: null; target: "picker" };

/**
 * The ordered exercise list shared by the template editor and the protocol builder: add from the
 * library, remove, move up and down with real buttons, and edit every dose field. Moves and
 * removals are announced, and focus follows the row that moved.
 */
export function PlanItemsEditor({ rows, setRows, exercises, prescription, defaultSide, itemErrors, listErrors }: Props) {
  const pickerId = useId();
  const [choice, setChoice] = useState("");
  const [announcement, setAnnouncement] = useState("");
  // A ref, not state: moving focus is a side effect of the render that follows a move, not data.
  const focusRequest = useRef<FocusRequest | null>(null);
  const added = useRef(0);

  useEffect(() => {
    const focus = focusRequest.current;
    if (!focus) return;
    focusRequest.current = null;
    if (focus.uid === null) {
      document.getElementById(pickerId)?.focus();
    } else {
      const wanted = document.getElementById(`${focus.uid}-${focus.target}`) as HTMLButtonElement | null;
      // At the top or bottom the button just used is disabled; the opposite one is the natural next stop.
      const fallback = document.getElementById(`${focus.uid}-${focus.target === "up" ? "down" : "up"}`) as HTMLButtonElement | null;
      (wanted && !wanted.disabled ? wanted : (fallback ?? document.getElementById(`${focus.uid}-heading`)))?.focus();
    }
  });

  const inPlan = new Set(rows.map((r) => r.exerciseId));
  const available = exercises.filter((e) => !inPlan.has(e.id));
  const full = rows.length >= MAX_PLAN_ITEMS;

  function add() {
    const exercise = exercises.find((e) => e.id === choice);
    if (!exercise || full) return;
    setRows((current) => [...current, rowFromExercise(exercise, `added-${added.current++}`, defaultSide)]);
    setChoice("");
    setAnnouncement(`${exercise.name} added as number ${rows.length + 1}.`);
  }

  function move(row: PlanRow, index: number, delta: -1 | 1) {
    setRows((current) => moveRow(current, index, delta));
    setAnnouncement(`${row.name} moved to position ${index + delta + 1} of ${rows.length}.`);
    focusRequest.current = { uid: row.uid, target: delta === -1 ? "up" : "down" };
  }

  function remove(row: PlanRow, index: number) {
    const neighbour = rows[index + 1] ?? rows[index - 1];
    setRows((current) => removeRow(current, row.uid));
    setAnnouncement(`${row.name} removed.`);
    focusRequest.current = neighbour ? { uid: neighbour.uid, target: "heading" } : { uid: null, target: "picker" };
  }

  return (
    <section aria-labelledby={`${pickerId}-title`} className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${pickerId}-title`} className="text-lg font-semibold text-slate-900">
          Exercises
        </h2>
        <p className="text-sm text-slate-600">
          {rows.length} of at most {MAX_PLAN_ITEMS}. Shorter plans (5-8 exercises) are easier to keep up.
        </p>
      </div>
      {listErrors?.length ? <p className="text-sm font-medium text-danger-700">{listErrors.join(" ")}</p> : null}
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">No exercises yet. Add the first one below.</p>
      ) : (
        <ol className="space-y-3">
          {rows.map((row, index) => (
            <PlanItemRow
              key={row.uid}
              row={row}
              index={index}
              count={rows.length}
              prescription={prescription}
              errors={itemErrors}
              onChange={(patch) => setRows((current) => updateRow(current, row.uid, patch))}
              onMove={(delta) => move(row, index, delta)}
              onRemove={() => remove(row, index)}
            />
          ))}
        </ol>
      )}
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor={pickerId} className="block text-sm font-medium text-slate-800">
            Exercise to add
          </label>
          <select id={pickerId} value={choice} onChange={(e) => setChoice(e.target.value)} disabled={full} className="block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm">
            <option value="">Choose from the library…</option>
            {groupInOrder(available).map(({ group, label, items: options }) => (
              <optgroup key={group} label={label}>
                {options.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                    {e.builtIn ? "" : " (your clinic)"}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <Button variant="secondary" onClick={add} disabled={!choice || full}>
          Add exercise
        </Button>
        <ChoicePreview exercise={exercises.find((e) => e.id === choice)} />
        {full ? <p className="w-full text-sm text-slate-600">The plan has the maximum of {MAX_PLAN_ITEMS} exercises.</p> : null}
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </section>
  );
}

/** What the chosen exercise looks like: the clinic's own picture or video, else the built-in drawing. */
function ChoicePreview({ exercise }: { exercise: EditorExercise | undefined }) {
  if (exercise?.media) {
    return (
      <div className="w-56 max-w-full">
        <ExerciseMediaView media={exercise.media} exerciseName={exercise.name} />
      </div>
    );
  }
  return <ExerciseDrawing drawingKey={exercise?.libraryKey} size="small" />;
}
