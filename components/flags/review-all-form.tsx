"use client";

import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import type { ActionState } from "@/lib/auth/action-state";
import type { FormAction } from "@/lib/auth/action-state";

/** "Review all of this patient's open flags" with one optional note. */
export function ReviewAllForm({ patientId, openCount, action }: { patientId: string; openCount: number; action: FormAction }) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, {});
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message) statusRef.current?.focus();
  }, [state]);
  return (
    <div className="space-y-3">
      <div ref={statusRef} tabIndex={-1} className="outline-none">
        {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      </div>
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
