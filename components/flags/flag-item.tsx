"use client";

import Link from "next/link";
import { useActionState, useId } from "react";
import { formStatusProps } from "@/components/ui/form-focus";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState, FormAction } from "@/lib/auth/action-state";
import type { FlagView } from "@/lib/dal/flags";
import { formatDate } from "@/lib/format";
import { SeverityBadge } from "./severity-badge";


/**
 * One open flag with its "Mark reviewed" form and an optional note. Used by the dashboard queue
 * (with the patient's name) and the record's flag panel (without). `onDone` lets the list announce
 * the result, since a reviewed flag leaves the list and takes its button with it.
 */
export function FlagItem({ flag, action, showPatient, onDone }: { flag: FlagView; action: FormAction; showPatient: boolean; onDone: (message: string) => void }) {
  const noteId = useId();
  const [state, formAction] = useActionState(async (prev: ActionState, formData: FormData) => {
    const next = await action(prev, formData);
    if (next.ok) onDone(next.message ?? "Marked reviewed.");
    return next;
  }, {});
  const formRef = useFocusFirstError(state);
  const noteError = state.fieldErrors?.note?.length ? `${noteId}-error` : undefined;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          <SeverityBadge label={flag.severityLabel} />
          <span className="font-semibold text-slate-900">{flag.label}</span>
          <span className="text-xs text-slate-600">from {formatDate(flag.evidenceDate)}</span>
        </p>
        {showPatient ? (
          <p>
            <Link href={`/patients/${flag.patientId}#flags`} className="font-medium text-brand-800 underline underline-offset-2 hover:no-underline">
              {flag.patientName}
            </Link>
          </p>
        ) : null}
      </div>
      <p className="mt-2 text-sm text-slate-800">{flag.reason}</p>
      <form ref={formRef} action={formAction} className="mt-3 space-y-2">
        <input type="hidden" name="flagId" value={flag.id} />
        <details className="text-sm">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">Add a note (optional)</summary>
          <label htmlFor={noteId} className="mt-1 block font-medium text-slate-700">
            Review note
          </label>
          <textarea
            id={noteId}
            name="note"
            rows={2}
            maxLength={1000}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={noteError}
            defaultValue={typeof state.values?.note === "string" ? state.values.note : ""}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-brand-600"
          />
        </details>
        <SubmitButton variant="secondary" pendingLabel="Marking…">
          Mark reviewed
          <span className="sr-only">
            : {flag.label.toLowerCase()}
            {showPatient ? `, ${flag.patientName}` : ""}
          </span>
        </SubmitButton>
        {state.message && !state.ok ? (
          <p role="alert" id={`${noteId}-error`} {...formStatusProps} className="text-sm text-danger-700 outline-none">
            {state.fieldErrors?.note?.[0] ?? state.message}
          </p>
        ) : null}
      </form>
    </li>
  );
}
