"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus, typed } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { FormAction } from "@/lib/auth/action-state";
import { TIMEPOINT_LABELS } from "@/lib/clinical/akps-progress";
import type { AkpsProposal } from "@/lib/clinical/akps-schedule";

type Props = {
  patientId: string;
  /** Stride's proposal, prefilled; null once the discharge score is in (the therapist still chooses). */
  proposal: AkpsProposal | null;
  today: string;
  action: FormAction;
};

const OPTIONS = Object.entries(TIMEPOINT_LABELS).map(([value, label]) => ({ value, label }));

/** Ask the patient for an AKPS: timepoint and due date, prefilled with Stride's proposal, both changeable. */
export function RequestAkpsForm({ patientId, proposal, today, action }: Props) {
  const [state, formAction] = useActionState(action, {});
  const formRef = useFocusFirstError(state);
  const errors = state.fieldErrors ?? {};
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-3" aria-label="Request an AKPS">
      <input type="hidden" name="patientId" value={patientId} />
      <FormStatus state={state} fieldLabels={{ timepoint: "Timepoint", dueOn: "Due date" }} />
      {proposal ? <p className="text-sm text-slate-700">Stride proposes: {proposal.reason}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="akps-timepoint"
          label="Timepoint"
          name="timepoint"
          options={OPTIONS}
          defaultValue={typed(state, "timepoint", proposal?.timepoint ?? "discharge")}
          errors={errors.timepoint}
        />
        <Field id="akps-dueOn" label="Due date" name="dueOn" type="date" min={today} required defaultValue={typed(state, "dueOn", proposal?.dueOn ?? today)} errors={errors.dueOn} />
      </div>
      <SubmitButton pendingLabel="Requesting…">Request AKPS</SubmitButton>
    </form>
  );
}
