"use client";

import { AlertDialog } from "radix-ui";
import { useActionState, useState, type ReactNode } from "react";
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
 * link). The dialog traps focus, closes on Escape, and shows the action's error in place.
 */
export function ConfirmAction({ action, fields, trigger, title, description, confirmLabel, pendingLabel, variant = "danger" }: Props) {
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState(async (prev: ActionState, formData: FormData) => {
    const next = await action(prev, formData);
    if (next.ok) setOpen(false);
    return next;
  }, {});
  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger asChild>
        <Button variant={variant === "danger" ? "secondary" : variant}>{trigger}</Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold text-slate-900">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="mt-2 text-sm text-slate-700">{description}</div>
          </AlertDialog.Description>
          {state.message && !state.ok ? <Alert tone="error" className="mt-4">{state.message}</Alert> : null}
          <form action={formAction} className="mt-6 flex flex-wrap justify-end gap-3">
            {Object.entries(fields).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <AlertDialog.Cancel asChild>
              <Button variant="secondary">Cancel</Button>
            </AlertDialog.Cancel>
            <SubmitButton variant={variant} pendingLabel={pendingLabel}>
              {confirmLabel}
            </SubmitButton>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
