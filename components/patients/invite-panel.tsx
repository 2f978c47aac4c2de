"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { CopyLinkField } from "@/components/ui/copy-link-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-state";
import { formatDateTime } from "@/lib/format";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

type Props = {
  patientId: string;
  action: Action;
  /** ISO timestamps (a Date does not survive the trip to a client component). */
  pending: { createdAt: string; expiresAt: string } | null;
  canInvite: boolean;
  /** The clinic's zone: the expiry is an instant, shown as the clinic's clock reads it. */
  timeZone: string;
};

/** The link an action just made, with its expiry in the clinic's zone; shown once. */
function linkLabel(state: ActionState, what: string, timeZone: string): string {
  const expiresAt = state.data?.expiresAt;
  return `${what}${expiresAt ? ` (expires ${formatDateTime(expiresAt, timeZone)})` : ""}`;
}

/** Creates a single-use portal link and lets the therapist copy it; no email server needed. */
export function InvitePanel({ patientId, action, pending, canInvite, timeZone }: Props) {
  const [state, formAction] = useActionState(action, {});
  const link = state.ok ? state.data?.link : undefined;

  return (
    <div className="space-y-3">
      {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      {link ? (
        <CopyLinkField id="invite-link" label={linkLabel(state, "Invite link", timeZone)} link={link} />
      ) : pending ? (
        <p className="text-sm text-slate-700">
          An invite link created {formatDateTime(pending.createdAt, timeZone)} is waiting to be used (expires {formatDateTime(pending.expiresAt, timeZone)}). Creating a new link voids it.
        </p>
      ) : null}
      {canInvite ? (
        <form action={formAction}>
          <input type="hidden" name="patientId" value={patientId} />
          <SubmitButton variant="secondary" pendingLabel="Creating link…">
            {pending || link ? "Create a new invite link" : "Create invite link"}
          </SubmitButton>
        </form>
      ) : null}
    </div>
  );
}

/**
 * "Reset portal access" for a patient who has an account but cannot sign in: a new single-use
 * link to choose a password. Nothing changes until the patient uses it.
 */
export function PortalResetPanel({ patientId, action, timeZone }: { patientId: string; action: Action; timeZone: string }) {
  const [state, formAction] = useActionState(action, {});
  const link = state.ok ? state.data?.link : undefined;
  return (
    <div className="space-y-3">
      {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      {link ? <CopyLinkField id="portal-reset-link" label={linkLabel(state, "Reset link", timeZone)} link={link} /> : null}
      <form action={formAction} className="space-y-2">
        <input type="hidden" name="patientId" value={patientId} />
        <p className="text-sm text-slate-600">Forgotten password? A reset link lets the patient choose a new one. Their current password keeps working until they do.</p>
        <SubmitButton variant="secondary" pendingLabel="Creating link…">
          {link ? "Create a new reset link" : "Reset portal access"}
        </SubmitButton>
      </form>
    </div>
  );
}
