"use client";

import { useActionState } from "react";
import { CopyLinkField } from "@/components/ui/copy-link-field";
import { Field } from "@/components/ui/field";
import { FormStatus, typed } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState } from "@/lib/auth/action-state";
import { formatDateTime } from "@/lib/format";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  /** The clinic's zone, for the link's expiry. */
  timeZone: string;
};

const ROLE_OPTIONS = [
  { value: "therapist", label: "Therapist: patients, plans and logs" },
  { value: "admin", label: "Admin: also staff accounts, audit log and clinic settings" },
];

/** Invite a therapist or admin: the single-use link is shown once, to copy and send yourself. */
export function StaffInviteForm({ action, timeZone }: Props) {
  const [state, formAction] = useActionState(action, {});
  // On the wrapper: the status sits above the form, next to the link it shows.
  const ref = useFocusFirstError<HTMLDivElement>(state);
  const link = state.ok ? state.data?.link : undefined;
  const expiresAt = state.ok ? state.data?.expiresAt : undefined;
  const err = (name: string) => state.fieldErrors?.[name];
  const role = typed(state, "role", "therapist");
  return (
    <div ref={ref} className="space-y-4">
      <FormStatus state={state} />
      {link ? <CopyLinkField id="staff-invite-link" label={`Invite link${expiresAt ? ` (expires ${formatDateTime(expiresAt, timeZone)})` : ""}`} link={link} /> : null}
      <form action={formAction} className="grid gap-4 sm:grid-cols-2" noValidate>
        <Field label="Name" name="name" autoComplete="off" required maxLength={120} defaultValue={typed(state, "name")} errors={err("name")} />
        <Field label="Work email" name="email" type="email" autoComplete="off" required maxLength={254} hint="It becomes their sign-in." defaultValue={typed(state, "email")} errors={err("email")} />
        <SelectField label="Role" name="role" options={ROLE_OPTIONS} key={`role-${role}`} defaultValue={role} errors={err("role")} className="sm:col-span-2" />
        <div className="sm:col-span-2">
          <SubmitButton pendingLabel="Creating link…">Create invite link</SubmitButton>
        </div>
      </form>
    </div>
  );
}
