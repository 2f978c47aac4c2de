"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { CopyLinkField } from "@/components/ui/copy-link-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export type StaffActions = { changeRole: Action; setStatus: Action; createReset: Action };

type Props = {
  member: { id: string; name: string; role: "admin" | "therapist"; disabled: boolean };
  actions: StaffActions;
};

/** The name, for screen readers, so "Disable" in every row still says whose account it is. */
const whose = (name: string) => <span className="sr-only"> {name}</span>;

/** Role, status and reset link for one staff member. The server re-checks every guard. */
export function StaffRowActions({ member, actions }: Props) {
  const { id, name, role, disabled } = member;
  const nextRole = role === "admin" ? "therapist" : "admin";
  return (
    <div className="flex flex-wrap items-start gap-2">
      <ConfirmAction
        action={actions.changeRole}
        fields={{ userId: id, role: nextRole }}
        variant="secondary"
        trigger={<>{nextRole === "admin" ? "Make admin" : "Make therapist"}{whose(name)}</>}
        title={`Make ${name} ${nextRole === "admin" ? "an admin" : "a therapist"}?`}
        description={
          nextRole === "admin"
            ? "Admins also manage staff accounts, read the clinic's audit log and change clinic settings. They are signed out now, and get the new role when they sign in again."
            : "They keep their patients but lose staff management, the audit log and clinic settings. They are signed out now, and get the new role when they sign in again."
        }
        confirmLabel={nextRole === "admin" ? "Make admin" : "Make therapist"}
        pendingLabel="Saving…"
      />
      {disabled ? (
        <ConfirmAction
          action={actions.setStatus}
          fields={{ userId: id, status: "active" }}
          variant="primary"
          trigger={<>Enable{whose(name)}</>}
          title={`Enable ${name}?`}
          description="They can sign in again with their password. If they have forgotten it, make a reset link."
          confirmLabel="Enable account"
          pendingLabel="Enabling…"
        />
      ) : (
        <>
          <ConfirmAction
            action={actions.setStatus}
            fields={{ userId: id, status: "disabled" }}
            trigger={<>Disable{whose(name)}</>}
            title={`Disable ${name}?`}
            description="They are signed out everywhere at once and cannot sign in until an admin enables the account again. Nothing they recorded is deleted."
            confirmLabel="Disable account"
            pendingLabel="Disabling…"
          />
          <ResetLinkButton userId={id} name={name} action={actions.createReset} />
        </>
      )}
    </div>
  );
}

/** Makes a reset link and shows it once, under the buttons. Nothing changes until it is used. */
function ResetLinkButton({ userId, name, action }: { userId: string; name: string; action: Action }) {
  const [state, formAction] = useActionState(action, {});
  const link = state.ok ? state.data?.link : undefined;
  return (
    <div className="basis-full space-y-2">
      <form action={formAction}>
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton variant="secondary" pendingLabel="Creating link…">
          {link ? "New reset link" : "Reset link"}
          {whose(name)}
        </SubmitButton>
      </form>
      {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      {link ? <CopyLinkField id={`reset-link-${userId}`} label={`Reset link for ${name}`} link={link} /> : null}
    </div>
  );
}
