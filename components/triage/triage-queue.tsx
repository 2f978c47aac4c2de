"use client";

import { CheckCircle2 } from "lucide-react";
import Link from "next/link";
import { useActionState, useRef, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-state";
import type { TriageFlag } from "@/lib/dal/triage";
import { formatDate } from "@/lib/format";
import { SeverityBadge } from "./severity-badge";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * The flag queue. A reviewed flag leaves the list when the page revalidates, taking its button
 * with it, so the confirmation is announced (and focused) in a status line above the list.
 */
export function TriageQueue({ flags, action, empty }: { flags: TriageFlag[]; action: Action; empty: React.ReactNode }) {
  const [announcement, setAnnouncement] = useState("");
  const statusRef = useRef<HTMLParagraphElement>(null);
  const done = (message: string) => {
    setAnnouncement(message);
    // The button that had focus is about to disappear; keep keyboard users in place.
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  return (
    <div className="space-y-3">
      <p ref={statusRef} tabIndex={-1} role="status" className={announcement ? "rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" : "sr-only"}>
        {announcement}
      </p>
      {flags.length === 0 ? (
        <div className="flex items-start gap-3 rounded-md border border-emerald-700/20 bg-emerald-50/50 px-4 py-4 text-sm text-slate-800">
          <CheckCircle2 aria-hidden className="mt-0.5 size-5 shrink-0 text-emerald-700" />
          <div>{empty}</div>
        </div>
      ) : (
        <ul aria-label="Flags to review, most urgent first" className="space-y-3">
          {flags.map((flag) => (
            <FlagItem key={`${flag.patientId}:${flag.rule}:${flag.evidenceKey}`} flag={flag} action={action} onDone={done} />
          ))}
        </ul>
      )}
    </div>
  );
}

function FlagItem({ flag, action, onDone }: { flag: TriageFlag; action: Action; onDone: (message: string) => void }) {
  const [state, formAction] = useActionState(async (prev: ActionState, formData: FormData) => {
    const next = await action(prev, formData);
    if (next.ok) onDone(next.message ?? "Marked reviewed.");
    return next;
  }, {});
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <p className="flex flex-wrap items-center gap-2">
            <SeverityBadge label={flag.severityLabel} />
            <span className="font-semibold text-slate-900">{flag.label}</span>
          </p>
          <p>
            <Link href={`/patients/${flag.patientId}`} className="font-medium text-brand-800 underline underline-offset-2 hover:no-underline">
              {flag.patientName}
            </Link>
          </p>
        </div>
        <form action={formAction}>
          <input type="hidden" name="patientId" value={flag.patientId} />
          <input type="hidden" name="rule" value={flag.rule} />
          <input type="hidden" name="evidenceKey" value={flag.evidenceKey} />
          <SubmitButton variant="secondary" pendingLabel="Marking…">
            Mark reviewed<span className="sr-only">: {flag.label.toLowerCase()}, {flag.patientName}</span>
          </SubmitButton>
        </form>
      </div>
      <p className="mt-2 text-sm text-slate-800">{flag.reason}</p>
      <p className="mt-1 text-xs text-slate-600">
        {flag.logDates.length > 0 ? `Logs behind this flag: ${flag.logDates.map((d) => formatDate(d)).join(", ")}` : "No logs yet in this episode."}
      </p>
      {state.message && !state.ok ? (
        <p role="alert" className="mt-2 text-sm text-danger-700">
          {state.message}
        </p>
      ) : null}
    </li>
  );
}
