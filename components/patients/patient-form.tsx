"use client";

import Link from "next/link";
import { useActionState } from "react";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { FormStatus, typed, typedList } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState } from "@/lib/auth/action-state";
import { AGGRAVATING_ACTIVITIES, INTAKE_DIFFERENTIALS, INTAKE_FINDINGS, INTAKE_RED_FLAGS, LEGACY_INTAKE_FINDINGS, RED_FLAGS_NONE } from "@/lib/clinical/intake";
import { todayIso } from "@/lib/dates";

export type PatientFormValues = {
  fullName: string;
  dateOfBirth: string;
  email: string;
  phone: string;
  condition: string;
  affectedSide: string;
  onsetDate: string;
  /** "Findings noted (descriptive)"; the field keeps the stored column's name. */
  riskFactors: readonly string[];
  aggravatingActivities: readonly string[];
  /** Differentials considered and red flags at intake. */
  intakeScreen: readonly string[];
  notes: string;
  primaryTherapistId: string;
};

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  initial: PatientFormValues;
  therapists: { id: string; name: string }[];
  patientId?: string;
  submitLabel: string;
  cancelHref: string;
};

export function PatientForm({ action, initial, therapists, patientId, submitLabel, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, {});
  const formRef = useFocusFirstError(state);
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof PatientFormValues & string) => typed(state, name, initial[name] as string);
  const today = todayIso();
  const findings = typedList(state, "riskFactors", initial.riskFactors);
  const screen = typedList(state, "intakeScreen", initial.intakeScreen);
  // A retired checklist item the record (or the failed submit) holds stays visible, so saving never drops it silently.
  const heldLegacy = LEGACY_INTAKE_FINDINGS.filter((o) => initial.riskFactors.includes(o.key) || findings.includes(o.key)).map((o) => ({
    key: o.key,
    label: `${o.label} (older checklist item; untick to remove)`,
  }));

  return (
    <form ref={formRef} action={formAction} className="space-y-6" noValidate>
      <FormStatus state={state} />
      {patientId ? <input type="hidden" name="patientId" value={patientId} /> : null}

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold text-slate-900">Patient</legend>
        <Field label="Full name" name="fullName" autoComplete="off" required defaultValue={value("fullName")} errors={errors.fullName} />
        <Field label="Date of birth" name="dateOfBirth" type="date" max={today} required defaultValue={value("dateOfBirth")} errors={errors.dateOfBirth} />
        <Field label="Email (optional)" name="email" type="email" autoComplete="off" defaultValue={value("email")} errors={errors.email} hint="Needed to invite the patient to the portal." />
        <Field label="Phone (optional)" name="phone" type="tel" autoComplete="off" defaultValue={value("phone")} errors={errors.phone} />
        <SelectField
          label="Primary therapist"
          name="primaryTherapistId"
          defaultValue={value("primaryTherapistId")}
          errors={errors.primaryTherapistId}
          options={therapists.map((t) => ({ value: t.id, label: t.name }))}
        />
      </fieldset>

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold text-slate-900">Condition</legend>
        <Field label="Condition" name="condition" defaultValue={value("condition")} errors={errors.condition} />
        <SelectField
          label="Affected knee"
          name="affectedSide"
          defaultValue={value("affectedSide")}
          errors={errors.affectedSide}
          options={[
            { value: "right", label: "Right" },
            { value: "left", label: "Left" },
            { value: "both", label: "Both" },
          ]}
        />
        <Field label="Onset date (optional)" name="onsetDate" type="date" max={today} defaultValue={value("onsetDate")} errors={errors.onsetDate} />
      </fieldset>

      <fieldset className="space-y-5 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-base font-semibold text-slate-900">Intake</legend>
        <CheckboxGroup
          legend="Findings noted (descriptive)"
          hint="Observations from your assessment, not a risk score."
          name="riskFactors"
          options={[...INTAKE_FINDINGS, ...heldLegacy]}
          selected={findings}
          errors={errors.riskFactors}
        />
        <CheckboxGroup
          legend="Aggravating activities"
          name="aggravatingActivities"
          options={AGGRAVATING_ACTIVITIES}
          selected={typedList(state, "aggravatingActivities", initial.aggravatingActivities)}
          errors={errors.aggravatingActivities}
        />
        <TextareaField label="Notes (optional)" name="notes" defaultValue={value("notes")} errors={errors.notes} />
      </fieldset>

      <fieldset className="space-y-5 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-base font-semibold text-slate-900">Intake screen</legend>
        <CheckboxGroup
          legend="Other diagnoses considered"
          hint="Tick each one you have considered for this knee."
          name="intakeScreen"
          options={INTAKE_DIFFERENTIALS}
          selected={screen}
        />
        <CheckboxGroup
          legend="Red flags"
          hint="Ask about each. Tick “none present”, or tick each one that is present: a red flag needs attention before treatment."
          name="intakeScreen"
          options={[RED_FLAGS_NONE, ...INTAKE_RED_FLAGS]}
          selected={screen}
          errors={errors.intakeScreen}
        />
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
        <Link href={cancelHref} className={cn(buttonBase, buttonStyles.secondary)}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
