"use client";

import { useRef, useState } from "react";
import { Card } from "@/components/ui/card";
import type { FormAction } from "@/lib/auth/action-state";
import type { PatientSuggestions } from "@/lib/dal/suggestion-reads";
import { formatDate } from "@/lib/format";
import { SuggestionItem } from "./suggestion-item";

/**
 * The record's Suggestions card: what the rules propose for this patient, each decided by the
 * therapist (approve applies exactly the shown change as a new protocol version). A decided
 * suggestion leaves the list when the page revalidates, so the outcome is announced here.
 */
export function SuggestionsCard({ suggestions, approve, dismiss, timeZone }: { suggestions: PatientSuggestions; approve: FormAction; dismiss: FormAction; timeZone: string }) {
  const [announcement, setAnnouncement] = useState("");
  const statusRef = useRef<HTMLParagraphElement>(null);
  const done = (message: string) => {
    setAnnouncement(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  const { pending, decided } = suggestions;
  return (
    <Card title="Suggestions" id="suggestions">
      <p className="mb-3 text-sm text-slate-600">
        Decision support from the dose and walk-run rules: nothing changes until you approve. The patient sees only approved changes.
      </p>
      <p ref={statusRef} tabIndex={-1} role="status" className={announcement ? "mb-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" : "sr-only"}>
        {announcement}
      </p>
      {pending.length === 0 ? (
        <p className="text-sm text-slate-700">No suggestion to decide: the rules hold every exercise at its current dose for now.</p>
      ) : (
        <ul aria-label="Suggestions to decide" className="space-y-3">
          {pending.map((s) => (
            <SuggestionItem key={s.id} suggestion={s} approve={approve} dismiss={dismiss} onDone={done} timeZone={timeZone} />
          ))}
        </ul>
      )}
      {decided.length > 0 ? (
        <details className="mt-4 text-sm">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">Decided suggestions ({decided.length})</summary>
          <ul className="mt-2 space-y-2">
            {decided.map((s) => (
              <li key={s.id} className="rounded-md border border-slate-200 px-3 py-2">
                <p className="font-medium text-slate-900">{s.summary}</p>
                <p className="text-slate-700">
                  {s.status === "approved" ? `Approved${s.resultingVersion ? ` as v${s.resultingVersion}` : ""}` : "Dismissed"}
                  {s.decidedByName ? ` by ${s.decidedByName}` : ""}
                  {s.decidedAt ? ` on ${formatDate(s.decidedAt, { timeZone })}` : ""}
                  {s.dismissReason ? `: "${s.dismissReason}"` : ""}
                </p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}
