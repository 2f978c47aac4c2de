"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { Field } from "@/components/ui/field";
import { formStatusProps } from "@/components/ui/form-focus";
import { FormStatus, typedList } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState } from "@/lib/auth/action-state";
import { AGGRAVATING_ACTIVITIES } from "@/lib/clinical/intake";
import { RED_FLAG_QUESTIONS } from "@/lib/clinical/red-flags";
import { SaveAdvice } from "./save-advice";
import { PainScale } from "./pain-scale";

/** What the form shows: strings as the inputs hold them ("" for blank). */
export type PainLogFormValues = {
  logDate: string;
  painAtRest: string;
  painDuringExercise: string;
  painNextMorning: string;
  aggravatingActivities: readonly string[];
  grinding: boolean;
  exerciseIds: readonly string[];
  redFlags: readonly string[];
  note: string;
};

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  initial: PainLogFormValues;
  exercises: readonly { id: string; name: string }[];
  minDate: string;
  maxDate: string;
};

const FIELD_LABELS: Record<string, string> = {
  logDate: "Date",
  painAtRest: "Pain at rest",
  painDuringExercise: "Pain during exercise",
  painNextMorning: "Pain on waking",
  aggravatingActivities: "Aggravating activities",
  exerciseIds: "Exercises done",
  redFlags: "Anything new",
  note: "Note",
};

export function PainLogForm({ action, initial, exercises, minDate, maxDate }: Props) {
  const [state, formAction] = useActionState(action, {});
  // After a save too: the save button sits at the bottom of a long form on a phone, so bring the outcome into view.
  const formRef = useFocusFirstError(state, { statusOnSuccess: true });
  const errors = state.fieldErrors ?? {};

  // React resets the form after every action; after a failed save, put back exactly what was typed
  // (a scale left blank stays blank), and after a successful one show what the server now holds.
  const text = (name: keyof PainLogFormValues & string, fallback: string) => {
    if (!state.values) return fallback;
    const value = state.values[name];
    return typeof value === "string" ? value : "";
  };
  const grinding = state.values ? state.values.grinding === "on" : initial.grinding;

  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-6">
      <div {...formStatusProps} className="scroll-mt-4 outline-none">
        {state.message && state.ok ? (
          <div className="space-y-3">
            <Alert tone="success">{state.message}</Alert>
            <SaveAdvice data={state.data} />
          </div>
        ) : null}
        {state.ok ? null : <FormStatus state={state} fieldLabels={FIELD_LABELS} />}
      </div>

      <section className="space-y-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <Field
          label="Date"
          name="logDate"
          type="date"
          required
          min={minDate}
          max={maxDate}
          defaultValue={text("logDate", initial.logDate)}
          errors={errors.logDate}
          hint="Today, or an earlier day you missed."
        />
        <PainScale legend="Pain at rest" name="painAtRest" defaultValue={text("painAtRest", initial.painAtRest)} errors={errors.painAtRest} />
        <PainScale
          legend="Pain during exercise"
          name="painDuringExercise"
          optional
          hint="Skip if you did not exercise."
          defaultValue={text("painDuringExercise", initial.painDuringExercise)}
          errors={errors.painDuringExercise}
        />
        <PainScale
          legend="Pain on waking"
          name="painNextMorning"
          optional
          hint="How your knee felt when you got up on this day: it shows how it settled after the day before. The paper log has the same row."
          defaultValue={text("painNextMorning", initial.painNextMorning)}
          errors={errors.painNextMorning}
        />
      </section>

      <section className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <CheckboxGroup
          legend="Aggravating activities"
          name="aggravatingActivities"
          hint="What made your knee hurt today?"
          options={AGGRAVATING_ACTIVITIES}
          selected={typedList(state, "aggravatingActivities", initial.aggravatingActivities)}
          errors={errors.aggravatingActivities}
        />
        <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-slate-50">
          <input type="checkbox" name="grinding" defaultChecked={grinding} className="size-5 shrink-0 accent-brand-700" />
          <span className="text-sm text-slate-800">Grinding or clicking</span>
        </label>
      </section>

      {exercises.length > 0 ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <CheckboxGroup
            legend="Exercises done"
            name="exerciseIds"
            hint="Tick the exercises you did on this day."
            options={exercises.map((e) => ({ key: e.id, label: e.name }))}
            selected={typedList(state, "exerciseIds", initial.exerciseIds)}
            errors={errors.exerciseIds}
          />
        </section>
      ) : null}

      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <CheckboxGroup
          legend="Anything new since your last log?"
          name="redFlags"
          hint="Tick any that apply. If you tick one, please contact the clinic."
          options={RED_FLAG_QUESTIONS}
          selected={typedList(state, "redFlags", initial.redFlags)}
          errors={errors.redFlags}
        />
      </section>

      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <TextareaField label="Note" name="note" hint="Anything your therapist should know (optional). Log runs in the Runs section below." defaultValue={text("note", initial.note)} errors={errors.note} />
      </section>

      <SubmitButton pendingLabel="Saving…" size="large">
        Save log
      </SubmitButton>
    </form>
  );
}
