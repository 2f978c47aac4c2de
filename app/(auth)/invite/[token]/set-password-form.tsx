"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_MIN } from "@/lib/auth/password-policy";
import { acceptPortalInvite } from "./actions";

export function SetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(acceptPortalInvite, {});
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        label="Choose a password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words are easy to remember and hard to guess.`}
        errors={state.fieldErrors?.password}
      />
      <Field label="Type it again" name="confirmPassword" type="password" autoComplete="new-password" required errors={state.fieldErrors?.confirmPassword} />
      <SubmitButton pendingLabel="Creating your account…" className="w-full">
        Create my account
      </SubmitButton>
    </form>
  );
}
