"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-state";

export type SessionRow = {
  id: string;
  browser: string;
  /** Null when Stride does not know client addresses (no trusted proxy). */
  address: string | null;
  /** Already formatted in the clinic's zone. */
  signedIn: string;
  lastSeen: string;
  current: boolean;
};

type Props = {
  sessions: SessionRow[];
  signOutOthers: (prev: ActionState, formData: FormData) => Promise<ActionState>;
};

/** The caller's live sessions, and one button that ends all but this one. */
export function SessionList({ sessions, signOutOthers }: Props) {
  const [state, formAction] = useActionState(signOutOthers, {});
  const others = sessions.filter((s) => !s.current).length;
  return (
    <div className="space-y-4">
      <FormStatus state={state} />
      <ul aria-label="Active sessions" className="divide-y divide-slate-200 rounded-md border border-slate-200">
        {sessions.map((s) => (
          <li key={s.id} className="px-4 py-3 text-sm">
            <p className="font-medium text-slate-900">
              {s.browser}
              {s.current ? <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">This session</span> : null}
            </p>
            <p className="text-slate-600">
              Signed in {s.signedIn} · last active {s.lastSeen}
              {s.address ? ` · from ${s.address}` : null}
            </p>
          </li>
        ))}
      </ul>
      <form action={formAction}>
        <p className="mb-3 text-sm text-slate-600">
          {others ? `You are signed in ${others === 1 ? "in 1 other place" : `in ${others} other places`}.` : "You are not signed in anywhere else."}
        </p>
        <SubmitButton variant="secondary" pendingLabel="Signing out…">
          Sign out of other sessions
        </SubmitButton>
      </form>
    </div>
  );
}
