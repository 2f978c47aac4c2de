"use client";

import { useActionState, useId, useRef, type ReactNode } from "react";
import type { ActionState } from "@/lib/auth/action-state";
import { Alert } from "./alert";
import { Button, type ButtonVariant } from "./button";
import { SubmitButton } from "./submit-button";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden fields posted with the confirmation, e.g. the record's id. */
  fields: Record<string, string>;
  trigger: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  variant?: ButtonVariant;
};

/**
 * A button that asks before doing something consequential (archive, end a protocol, void a
 * link, delete a run), and shows the action's error in place. The browser's own modal
 * `<dialog>` (showModal) makes the rest of the page inert, keeps focus inside, closes on Escape
 * and gives focus back to the button; Cancel comes first, so it has the focus when it opens. No
 * dialog library: Radix's alert dialog was about 14 kB gzipped of the first load of every page
 * with such a button (the patient's log page among them).
 */
export function ConfirmAction({ action, fields, trigger, title, description, confirmLabel, pendingLabel, variant = "danger" }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [state, formAction] = useActionState(async (prev: ActionState, formData: FormData) => {
    const next = await action(prev, formData);
    if (next.ok) dialog.current?.close();
    return next;
  }, {});
  return (
    <>
      <Button variant={variant === "danger" ? "secondary" : variant} aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {trigger}
      </Button>
      <dialog
        ref={dialog}
        role="alertdialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        // m-auto: Tailwind's reset zeroes the margin that centres a modal dialog.
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg bg-white p-6 text-left shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <div id={`${id}-description`} className="mt-2 text-sm text-slate-700">
          {description}
        </div>
        {state.message && !state.ok ? (
          <Alert tone="error" className="mt-4">
            {state.message}
          </Alert>
        ) : null}
        <form action={formAction} className="mt-6 flex flex-wrap justify-end gap-3">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          <SubmitButton variant={variant} pendingLabel={pendingLabel}>
            {confirmLabel}
          </SubmitButton>
        </form>
      </dialog>
    </>
  );
}
