"use client";

import { TrendingDown, TrendingUp } from "lucide-react";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { typed } from "@/components/ui/form-status";
import { formStatusProps } from "@/components/ui/form-focus";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState, FormAction } from "@/lib/auth/action-state";
import type { SuggestionView } from "@/lib/dal/suggestion-reads";
import { formatDate } from "@/lib/format";
import { DISMISS_REASON_MAX } from "@/lib/validation/suggestion-limits";
import { SuggestionEvidence } from "./suggestion-evidence";

const HEADLINE: Record<string, string> = {
  progress: "Progress", regress: "Step back", advance: "Next walk-run stage", "step-back": "Walk-run: step back",
};

/** The form's state, reporting success to the list (the item leaves it when the page revalidates). */
function useDecision(action: FormAction, onDone: (message: string) => void) {
  const [state, formAction] = useActionState(async (prev: ActionState, formData: FormData) => {
    const next = await action(prev, formData);
    if (next.ok) onDone(next.message ?? "Done.");
    return next;
  }, {});
  return [state, formAction] as const;
}

function Problem({ state }: { state: ActionState }) {
  if (!state.message || state.ok) return null;
  return (
    <p role="alert" {...formStatusProps} className="text-sm text-danger-700 outline-none">
      {state.message}
    </p>
  );
}

/** One pending suggestion: the change, why, the evidence on demand, and Approve / Dismiss. */
export function SuggestionItem({ suggestion, approve, dismiss, onDone, timeZone }: { suggestion: SuggestionView; approve: FormAction; dismiss: FormAction; onDone: (message: string) => void; timeZone: string }) {
  const [approval, approveAction] = useDecision(approve, onDone);
  const [dismissal, dismissAction] = useDecision(dismiss, onDone);
  const approveRef = useFocusFirstError(approval);
  const dismissRef = useFocusFirstError(dismissal);
  const [dismissing, setDismissing] = useState(false);
  const up = suggestion.direction === "progress" || suggestion.direction === "advance";
  const Icon = up ? TrendingUp : TrendingDown;
  const reasonId = `reason-${suggestion.id}`;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-600">
        <Icon aria-hidden className="size-4 text-brand-700" />
        {HEADLINE[suggestion.direction] ?? "Change"} · judged on v{suggestion.basedOnVersion ?? "?"}, {formatDate(suggestion.createdAt, { timeZone })}
      </p>
      <p className="mt-1 text-base font-semibold text-slate-900">{suggestion.summary}</p>
      <p className="mt-2 text-sm text-slate-800">{suggestion.reason}</p>
      <details className="mt-2 text-sm">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">Show the evidence</summary>
        <div className="mt-1 rounded-md bg-slate-50 p-3">
          <SuggestionEvidence evidence={suggestion.evidence} />
        </div>
      </details>

      <div className="mt-3 flex flex-wrap items-start gap-3">
        <form ref={approveRef} action={approveAction} className="space-y-2">
          <input type="hidden" name="suggestionId" value={suggestion.id} />
          {suggestion.loadToChoose ? (
            <Field
              label={`The ${suggestion.loadToChoose} load`}
              name="load"
              id={`load-${suggestion.id}`}
              hint="Stride could not read the current load, so name the new one."
              maxLength={100}
              defaultValue={typed(approval, "load")}
              errors={approval.fieldErrors?.load}
            />
          ) : null}
          <SubmitButton pendingLabel="Approving…">
            Approve<span className="sr-only">: {suggestion.summary}</span>
          </SubmitButton>
          <Problem state={approval} />
        </form>
        {dismissing ? null : (
          <Button variant="secondary" onClick={() => setDismissing(true)}>
            Dismiss<span className="sr-only">: {suggestion.summary}</span>
          </Button>
        )}
      </div>
      {dismissing ? (
        <form ref={dismissRef} action={dismissAction} id={reasonId} className="mt-3 space-y-2 rounded-md border border-slate-200 p-3">
          <input type="hidden" name="suggestionId" value={suggestion.id} />
          <TextareaField
            label="Why dismiss it?"
            name="reason"
            id={`dismiss-${suggestion.id}`}
            rows={2}
            maxLength={DISMISS_REASON_MAX}
            hint={`A short reason for the record (up to ${DISMISS_REASON_MAX} characters). The patient does not see it.`}
            defaultValue={typed(dismissal, "reason")}
            errors={dismissal.fieldErrors?.reason}
            autoFocus
          />
          <div className="flex flex-wrap gap-2">
            <SubmitButton variant="danger" pendingLabel="Dismissing…">
              Dismiss suggestion
            </SubmitButton>
            <Button variant="ghost" onClick={() => setDismissing(false)}>
              Cancel
            </Button>
          </div>
          <Problem state={dismissal} />
        </form>
      ) : null}
    </li>
  );
}
