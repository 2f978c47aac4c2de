"use client";

import { useActionState, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState, FormAction } from "@/lib/auth/action-state";
import { AKPS_ITEMS } from "@/lib/clinical/akps";
import { AkpsItemGroup } from "./akps-item-group";

type Props = {
  requestId: string;
  /** Answers saved earlier (item key -> option index): the form opens where the patient left it. */
  draft: Readonly<Record<string, number>>;
  saveDraft: FormAction;
  submit: FormAction;
};

const LABELS = Object.fromEntries(AKPS_ITEMS.map((item) => [item.key, item.label]));

/** After a refused send, what was chosen comes back from the action; before, the saved draft. */
function answersFrom(values: ActionState["values"], fallback: Readonly<Record<string, number>>): Record<string, number> {
  if (!values) return { ...fallback };
  const answers: Record<string, number> = {};
  for (const { key } of AKPS_ITEMS) {
    const raw = values[key];
    if (typeof raw === "string" && /^\d+$/.test(raw)) answers[key] = Number(raw);
  }
  return answers;
}

/**
 * The patient's AKPS: all 13 questions on one phone-first page, with a running count of answers.
 * "Save and finish later" keeps what is chosen; "Send my answers" needs every question answered.
 * The radios are controlled and the form is sent from a submit handler (not a form action), so
 * React never resets the choices, even when a send is refused.
 */
export function AkpsForm({ requestId, draft, saveDraft, submit }: Props) {
  const [answers, setAnswers] = useState<Record<string, number>>(() => answersFrom(undefined, draft));
  const [state, dispatch] = useActionState(async (prev: ActionState, formData: FormData) => {
    const next = await (formData.get("intent") === "draft" ? saveDraft(prev, formData) : submit(prev, formData));
    if (next.values) setAnswers(answersFrom(next.values, {}));
    return next;
  }, {});
  const [pending, startTransition] = useTransition();
  const formRef = useFocusFirstError(state, { statusOnSuccess: true });
  const answered = AKPS_ITEMS.filter((item) => answers[item.key] !== undefined).length;
  const errors = state.fieldErrors ?? {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(formData));
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Anterior Knee Pain Scale" className="space-y-4">
      <input type="hidden" name="requestId" value={requestId} />
      <FormStatus state={state} fieldLabels={LABELS} />
      <p className="sticky top-0 z-10 rounded-md border border-slate-200 bg-white px-3 py-2 text-base font-medium text-slate-900 shadow-sm" aria-live="polite">
        {answered} of {AKPS_ITEMS.length} answered
      </p>
      {AKPS_ITEMS.map((item, i) => (
        <AkpsItemGroup
          key={item.key}
          item={item}
          position={`${i + 1} of ${AKPS_ITEMS.length}`}
          value={answers[item.key]}
          onChange={(index) => setAnswers((current) => ({ ...current, [item.key]: index }))}
          errors={errors[item.key]}
        />
      ))}
      <div className="flex flex-col gap-3 sm:flex-row sm:justify-end">
        <Button type="submit" name="intent" value="draft" variant="secondary" disabled={pending}>
          Save and finish later
        </Button>
        <Button type="submit" name="intent" value="send" disabled={pending}>
          Send my answers
        </Button>
      </div>
    </form>
  );
}
