"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState } from "@/lib/auth/action-state";
import { PASSWORD_MIN } from "@/lib/auth/password-policy";

type Props = {
  token: string;
  /** A public action that sets the password from the link and returns the account's email and home. */
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  pendingLabel: string;
};

const SIGN_IN_LATER = "Your password is set, but signing you in did not work just now. Sign in with your email and the new password.";

/**
 * Sets a password from an invite or reset link, then signs in with it at once, so nobody has to
 * retype an email they were only shown masked. The password never leaves this browser except
 * in the two posts that need it (the action, then next-auth's sign-in).
 */
export function SetPasswordForm({ token, action, submitLabel, pendingLabel }: Props) {
  const [state, formAction] = useActionState(async (prev: ActionState, formData: FormData): Promise<ActionState> => {
    const next = await action(prev, formData);
    const email = next.ok ? next.data?.email : undefined;
    if (!email) return next;
    try {
      const result = await signIn("credentials", { email, password: String(formData.get("password") ?? ""), redirect: false });
      if (result?.ok && !result.error) {
        // A full navigation, so the home page renders with the new session cookie; replace, so
        // Back does not return to a link that no longer works.
        window.location.replace(next.data?.home ?? "/");
        return next;
      }
    } catch {
      // Fall through: the password is set either way; signing in can be done by hand.
    }
    return { ok: true, message: SIGN_IN_LATER, data: { signInLater: "1" } };
  }, {});
  const formRef = useFocusFirstError(state);

  if (state.ok && state.data?.signInLater) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{state.message}</Alert>
        <Link href="/login" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
          Go to sign in
        </Link>
      </div>
    );
  }

  return (
    <form ref={formRef} action={formAction} className="space-y-5" noValidate>
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
      <SubmitButton pendingLabel={pendingLabel} className="w-full">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
