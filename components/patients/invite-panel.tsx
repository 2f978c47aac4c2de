"use client";

import { Check, Copy } from "lucide-react";
import { useActionState, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-state";
import { formatDateTime } from "@/lib/format";

type Props = {
  patientId: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  /** ISO timestamps (a Date does not survive the trip to a client component). */
  pending: { createdAt: string; expiresAt: string } | null;
  canInvite: boolean;
  /** The clinic's zone: the expiry is an instant, shown as the clinic's clock reads it. */
  timeZone: string;
};

/** Creates a single-use portal link and lets the therapist copy it; no email server needed. */
export function InvitePanel({ patientId, action, pending, canInvite, timeZone }: Props) {
  const [state, formAction] = useActionState(action, {});
  const [copied, setCopied] = useState(false);
  const linkRef = useRef<HTMLInputElement>(null);
  const link = state.ok ? state.data?.link : undefined;
  const expiresAt = state.ok ? state.data?.expiresAt : undefined;

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      linkRef.current?.select(); // no clipboard permission: leave it selected for Ctrl+C
    }
    setCopied(true);
  }

  return (
    <div className="space-y-3">
      {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      {link ? (
        <div className="space-y-2">
          <label htmlFor="invite-link" className="block text-sm font-medium text-slate-800">
            Invite link{expiresAt ? ` (expires ${formatDateTime(expiresAt, timeZone)})` : ""}
          </label>
          <div className="flex gap-2">
            <input id="invite-link" ref={linkRef} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="min-h-11 w-full rounded-md border border-slate-300 bg-slate-50 px-3 font-mono text-sm" />
            <Button variant="secondary" onClick={copy}>
              {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
              {copied ? "Copied" : "Copy link"}
            </Button>
          </div>
        </div>
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
