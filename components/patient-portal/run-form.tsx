"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { formStatusProps } from "@/components/ui/form-focus";
import { FormStatus, typed } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState } from "@/lib/auth/action-state";
import { RUN_SURFACES, SHOE_MAX } from "@/lib/validation/run-fields";
import { PainScale } from "./pain-scale";
import { SaveAdvice } from "./save-advice";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  /** The day the form starts on (the day the page shows). */
  defaultDate: string;
  minDate: string;
  maxDate: string;
};

/** Names in the error summary, in the words of the labels. */
const FIELD_LABELS: Record<string, string> = {
  runDate: "Day of the run",
  distanceKm: "Distance",
  duration: "Time",
  painDuring: "Pain during the run",
  nextMorningPain: "Pain the next morning",
  cadence: "Cadence",
  surface: "Surface",
  shoe: "Shoe",
};

const MORE = ["cadence", "surface", "shoe"];

/**
 * "Add a run": one run per save, so two runs on one day are two saves. Phone first: one column,
 * large targets, a decimal keypad for the distance (a comma works too). After a failed save the
 * typed values come back; after a save that tripped a rule, the advice is shown.
 */
export function RunForm({ action, defaultDate, minDate, maxDate }: Props) {
  const [state, formAction] = useActionState(action, {});
  // After a save too: the advice appears above, far from the button on a phone.
  const formRef = useFocusFirstError(state, { statusOnSuccess: true });
  const errors = state.fieldErrors ?? {};
  // After a failed save, exactly what was typed; after a successful one, a fresh form.
  const value = (name: string, fallback = "") => (state.ok ? fallback : typed(state, name, fallback));
  const moreOpen = !state.ok && MORE.some((name) => Boolean(errors[name]?.length) || Boolean(typed(state, name)));

  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="add-run-heading" className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 id="add-run-heading" className="text-lg font-semibold text-slate-900">
        Add a run
      </h3>
      <div {...formStatusProps} className="scroll-mt-4 space-y-3 outline-none">
        {state.message && state.ok ? <Alert tone="success">{state.message}</Alert> : null}
        {state.ok ? <SaveAdvice data={state.data} /> : null}
        {state.ok ? null : <FormStatus state={state} fieldLabels={FIELD_LABELS} />}
      </div>

      <Field
        id="run-runDate"
        label="Day of the run"
        name="runDate"
        type="date"
        required
        min={minDate}
        max={maxDate}
        defaultValue={value("runDate", defaultDate)}
        errors={errors.runDate}
        hint="Today, or an earlier day you missed. Log each run on its own, even two on one day."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="run-distanceKm"
          label="Distance (km)"
          name="distanceKm"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={value("distanceKm")}
          errors={errors.distanceKm}
          hint="Like 5.2 or 5,2."
        />
        <Field
          id="run-duration"
          label="Time (minutes, or h:mm)"
          name="duration"
          type="text"
          autoComplete="off"
          defaultValue={value("duration")}
          errors={errors.duration}
          hint="Like 35, or 1:05 for an hour and five minutes."
        />
      </div>
      <p className="-mt-2 text-sm text-slate-600">Enter the distance, the time, or both.</p>

      <PainScale legend="Pain during the run" name="painDuring" defaultValue={value("painDuring")} errors={errors.painDuring} />
      <PainScale
        legend="Pain the next morning"
        name="nextMorningPain"
        optional
        hint="Only for a run on an earlier day. For today's run, add it tomorrow from the list above."
        defaultValue={value("nextMorningPain")}
        errors={errors.nextMorningPain}
      />

      <details open={moreOpen || undefined} className="group rounded-md border border-slate-200">
        <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-medium text-brand-800">
          More about the run (optional)
        </summary>
        <div className="space-y-4 border-t border-slate-200 p-3">
          <Field
            id="run-cadence"
            label="Cadence (steps per minute)"
            name="cadence"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={value("cadence")}
            errors={errors.cadence}
            hint="From your watch, if it shows it. 60 to 260."
          />
          <SelectField
            id="run-surface"
            label="Surface"
            name="surface"
            options={[{ value: "", label: "Not given" }, ...RUN_SURFACES]}
            defaultValue={value("surface")}
            errors={errors.surface}
          />
          <Field
            id="run-shoe"
            label="Shoe"
            name="shoe"
            type="text"
            maxLength={SHOE_MAX}
            autoComplete="off"
            defaultValue={value("shoe")}
            errors={errors.shoe}
            hint="Which pair, if you rotate shoes."
          />
        </div>
      </details>

      <SubmitButton pendingLabel="Saving…" size="large">
        Save run
      </SubmitButton>
    </form>
  );
}
