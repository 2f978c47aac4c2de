"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus, typed } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState } from "@/lib/auth/action-state";
import { GROUP_ORDER, groupLabel, typeLabel, type ExerciseGroupKey, type ExerciseTypeKey } from "@/lib/clinical/exercise-labels";

export type ExerciseFormValues = {
  id?: string;
  name: string;
  type: ExerciseTypeKey;
  group: ExerciseGroupKey;
  target: string;
  equipment: string;
  instructions: string;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  frequencyPerWeek: number | null;
  eachSide: boolean;
  doseNote: string | null;
};

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  initial: ExerciseFormValues;
  submitLabel: string;
};

const TYPE_OPTIONS = (Object.keys(typeLabel) as ExerciseTypeKey[]).map((value) => ({ value, label: typeLabel[value] }));
const GROUP_OPTIONS = GROUP_ORDER.map((value) => ({ value, label: groupLabel[value] }));
const text = (n: number | null) => (n === null ? "" : String(n));

/** Add or edit a clinic exercise. After a failed save the typed values come back from the action state. */
export function ExerciseForm({ action, initial, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, {});
  const formRef = useFocusFirstError(state);
  const v = (name: string, fallback: string) => typed(state, name, fallback);
  const err = (name: string) => state.fieldErrors?.[name];
  // A checkbox posts nothing when unticked, so "no value after a failed save" means unticked.
  const eachSide = state.values ? state.values.eachSide === "on" : initial.eachSide;

  return (
    <form ref={formRef} action={formAction} className="space-y-6" noValidate>
      <FormStatus state={state} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">About the exercise</legend>
        <Field label="Name" name="name" required maxLength={120} defaultValue={v("name", initial.name)} errors={err("name")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Type" name="type" options={TYPE_OPTIONS} defaultValue={v("type", initial.type)} errors={err("type")} />
          <SelectField label="Group" name="group" options={GROUP_OPTIONS} defaultValue={v("group", initial.group)} errors={err("group")} hint="Where the library lists it." />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Target" name="target" required maxLength={200} hint="Muscles it trains or stretches." defaultValue={v("target", initial.target)} errors={err("target")} />
          <Field label="Equipment" name="equipment" maxLength={200} hint="Leave empty for none." defaultValue={v("equipment", initial.equipment)} errors={err("equipment")} />
        </div>
        <TextareaField label="Instructions" name="instructions" required maxLength={4000} hint="In words a patient understands; they are printed on the handout." defaultValue={v("instructions", initial.instructions)} errors={err("instructions")} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">Default dose</legend>
        <p className="text-sm text-slate-600">A starting point; each protocol sets its own dose. Give reps, a hold time, or both.</p>
        <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <Field label="Sets" name="sets" type="number" inputMode="numeric" min={1} max={20} defaultValue={v("sets", text(initial.sets))} errors={err("sets")} />
          <Field label="Reps" name="reps" type="number" inputMode="numeric" min={1} max={200} defaultValue={v("reps", text(initial.reps))} errors={err("reps")} />
          <Field label="Hold (seconds)" name="holdSeconds" type="number" inputMode="numeric" min={1} max={600} defaultValue={v("holdSeconds", text(initial.holdSeconds))} errors={err("holdSeconds")} />
          <Field label="Times per week" name="frequencyPerWeek" type="number" inputMode="numeric" min={1} max={14} defaultValue={v("frequencyPerWeek", text(initial.frequencyPerWeek))} errors={err("frequencyPerWeek")} />
        </div>
        <label className="flex min-h-11 cursor-pointer items-center gap-3">
          <input type="checkbox" name="eachSide" defaultChecked={eachSide} className="size-5 accent-brand-700" />
          <span className="text-sm text-slate-800">Each side (the dose is done on each leg)</span>
        </label>
        <Field label="Dose note" name="doseNote" maxLength={500} hint="Optional, e.g. how to progress." defaultValue={v("doseNote", initial.doseNote ?? "")} errors={err("doseNote")} />
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
        <Link href="/exercises" className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-medium text-slate-700 hover:bg-slate-100">
          Cancel
        </Link>
      </div>
    </form>
  );
}
