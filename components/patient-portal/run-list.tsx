"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { controlClass } from "@/components/ui/field-shell";
import { formStatusProps } from "@/components/ui/form-focus";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState } from "@/lib/auth/action-state";
import { runTitle } from "@/lib/clinical/run-summary";
import type { RunView } from "@/lib/dal/runs";
import { daysBetween } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { surfaceLabel } from "@/lib/validation/run-fields";
import { SaveAdvice } from "./save-advice";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

type Props = {
  /** The runs to list, any order; shown by day, newest day first, in the order logged. */
  runs: readonly RunView[];
  /** The clinic's today: next-morning pain can be added from the day after a run. */
  today: string;
  /** The days to show a heading for even when they have no run (the page's day). */
  days: readonly string[];
  updateAction: Action;
  deleteAction: Action;
};

const SCORES = Array.from({ length: 11 }, (_, n) => String(n));

const dayName = (day: string, today: string) =>
  day === today ? `Today, ${formatDate(day)}` : daysBetween(day, today) === 1 ? `Yesterday, ${formatDate(day)}` : formatDate(day);

/**
 * The patient's runs of the day (and the day before, when the next morning's pain is added),
 * each with its numbers, a next-morning pain box once that morning has come, and delete behind
 * a confirmation dialog. Every control is a native form control or a Radix dialog: keyboard
 * and screen reader work without extra code.
 */
export function RunList({ runs, today, days, updateAction, deleteAction }: Props) {
  const allDays = [...new Set([...days, ...runs.map((r) => r.runDate)])].sort().reverse();
  return (
    <div className="space-y-4">
      {allDays.map((day) => {
        const ofDay = runs.filter((r) => r.runDate === day);
        return (
          <section key={day} aria-labelledby={`runs-${day}`} className="space-y-2">
            <h3 id={`runs-${day}`} className="text-base font-semibold text-slate-900">
              {dayName(day, today)}
            </h3>
            {ofDay.length === 0 ? (
              <p className="text-sm text-slate-700">No runs logged for this day.</p>
            ) : (
              <ul className="space-y-3">
                {ofDay.map((run, i) => (
                  <RunItem
                    key={run.id}
                    run={run}
                    name={`the ${runTitle(run)} run on ${formatDate(run.runDate)}${ofDay.length > 1 ? ` (run ${i + 1} of ${ofDay.length})` : ""}`}
                    canAddMorning={run.runDate < today}
                    updateAction={updateAction}
                    deleteAction={deleteAction}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function RunItem({ run, name, canAddMorning, updateAction, deleteAction }: { run: RunView; name: string; canAddMorning: boolean; updateAction: Action; deleteAction: Action }) {
  const [state, formAction] = useActionState(updateAction, {});
  const formRef = useFocusFirstError(state);
  const selectId = `next-morning-${run.id}`;
  const error = state.fieldErrors?.nextMorningPain ?? (state.ok ? undefined : state.message ? [state.message] : undefined);
  const extras = [surfaceLabel(run.surface), run.cadence !== null ? `${run.cadence} steps/min` : null, run.shoe].filter(Boolean).join(" · ");
  const typedMorning = state.values && typeof state.values.nextMorningPain === "string" ? state.values.nextMorningPain : null;

  return (
    <li className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="space-y-1">
        <p className="text-lg font-semibold tabular-nums text-slate-900">{runTitle(run)}</p>
        <p className="text-sm text-slate-800">
          Pain during: {run.painDuring === null ? "not logged" : `${run.painDuring}/10`}
          {" · "}
          Next morning: {run.painNextMorning === null ? "not logged yet" : `${run.painNextMorning}/10`}
        </p>
        {extras ? <p className="text-sm text-slate-600">{extras}</p> : null}
      </div>

      {canAddMorning ? (
        <form ref={formRef} action={formAction} className="space-y-2">
          <input type="hidden" name="runId" value={run.id} />
          <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
            Pain the next morning<span className="sr-only">, {name}</span>
          </label>
          <div className="flex gap-2">
            <select
              id={selectId}
              name="nextMorningPain"
              // A new key after each save re-applies the stored value the page now shows.
              key={`${run.painNextMorning}-${state.ok ? "saved" : "open"}`}
              defaultValue={typedMorning ?? (run.painNextMorning === null ? "" : String(run.painNextMorning))}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${selectId}-error` : undefined}
              className={controlClass(Boolean(error), "min-h-11 max-w-40")}
            >
              <option value="">Not given</option>
              {SCORES.map((s) => (
                <option key={s} value={s}>
                  {s} out of 10
                </option>
              ))}
            </select>
            <SubmitButton variant="secondary" pendingLabel="Saving…">
              Save<span className="sr-only"> next-morning pain for {name}</span>
            </SubmitButton>
          </div>
          {error ? (
            // The status too: a refusal with only a message (not the score's fault) is shown here, and focus lands on it.
            <p id={`${selectId}-error`} {...formStatusProps} className="text-sm font-medium text-danger-700 outline-none">
              {error.join(" ")}
            </p>
          ) : null}
          {state.ok && state.message ? <Alert tone="success">{state.message}</Alert> : null}
          {state.ok ? <SaveAdvice data={state.data} /> : null}
        </form>
      ) : (
        <p className="text-sm text-slate-600">You can add how your knee felt the next morning from tomorrow.</p>
      )}

      <ConfirmAction
        action={deleteAction}
        fields={{ runId: run.id }}
        trigger={
          <>
            Delete<span className="sr-only"> {name}</span>
          </>
        }
        title="Delete this run?"
        description={<p>{`${name[0]?.toUpperCase()}${name.slice(1)} will be removed from your log. This cannot be undone.`}</p>}
        confirmLabel="Delete run"
        pendingLabel="Deleting…"
      />
    </li>
  );
}
