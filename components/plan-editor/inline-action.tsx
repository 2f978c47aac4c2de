"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/auth/action-state";
import type { ButtonVariant } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  children: ReactNode;
  pendingLabel: string;
  variant?: ButtonVariant;
};

/**
 * A one-button form for a harmless action (duplicate), with its error shown beside it. Give the
 * button a full name with a visually hidden part ("Duplicate<sr-only> Clam shell</sr-only>"). Anything
 * that removes or ends something saved uses ConfirmAction instead.
 */
export function InlineAction({ action, fields, children, pendingLabel, variant = "secondary" }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {children}
      </SubmitButton>
      {state.message && !state.ok ? (
        <p role="alert" className="text-sm font-medium text-danger-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
