"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState } from "@/lib/auth/action-state";
import type { FormAction } from "@/lib/auth/action-state";

/** "Review all of this patient's open flags" with one optional note. */
export function ReviewAllForm({ patientId, openCount, action }: { patientId: string; openCount: number; action: FormAction }) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, {});
  // After a save too: the flags are reviewed, so the form and its button leave the page.
  const ref = useFocusFirstError<HTMLDivElement>(state, { statusOnSuccess: true });
  return (
    <div ref={ref} className="space-y-3">
      <FormStatus state={state} />
      {openCount > 1 ? (
        <form action={formAction} className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3">
          <input type="hidden" name="patientId" value={patientId} />
          <TextareaField
            label="Note for all open flags (optional)"
            name="note"
            rows={2}
            maxLength={1000}
            defaultValue={typeof state.values?.note === "string" ? state.values.note : ""}
            errors={state.fieldErrors?.note}
          />
          <SubmitButton pendingLabel="Marking…">Mark all {openCount} reviewed</SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
