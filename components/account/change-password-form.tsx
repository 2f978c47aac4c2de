"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState } from "@/lib/auth/action-state";
import { PASSWORD_MIN } from "@/lib/auth/password-policy";

type Props = { action: (prev: ActionState, formData: FormData) => Promise<ActionState> };

/**
 * Current password, new password twice. Passwords are never sent back to the page, so after a
 * refused attempt the fields start empty; the messages say what to change.
 */
export function ChangePasswordForm({ action }: Props) {
  const [state, formAction] = useActionState(action, {});
  const formRef = useFocusFirstError(state);
  const err = (name: string) => state.fieldErrors?.[name];
  return (
    // key: a saved change starts a fresh, empty form.
    <form ref={formRef} key={state.ok ? "saved" : "editing"} action={formAction} className="space-y-5" noValidate>
      <FormStatus state={state} />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={err("currentPassword")} />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words work well; common passwords are refused.`}
        errors={err("newPassword")}
      />
      <Field label="New password again" name="confirmPassword" type="password" autoComplete="new-password" required errors={err("confirmPassword")} />
      <p className="text-sm text-slate-600">Changing your password signs you out everywhere else; this browser stays signed in.</p>
      <SubmitButton pendingLabel="Changing password…">Change password</SubmitButton>
    </form>
  );
}
