"use client";

import { CheckCircle2 } from "lucide-react";
import { useRef, useState, type ReactNode } from "react";
import type { FlagView } from "@/lib/dal/flags";
import type { FormAction } from "@/lib/auth/action-state";
import { FlagItem } from "./flag-item";

/**
 * A list of open flags with one status line above it. A reviewed flag leaves the list when the
 * page revalidates, so the confirmation is announced (and focused) here, keeping keyboard users
 * in place instead of on a button that no longer exists.
 */
export function OpenFlagList({ flags, action, showPatient, label, empty }: { flags: FlagView[]; action: FormAction; showPatient: boolean; label: string; empty: ReactNode }) {
  const [announcement, setAnnouncement] = useState("");
  const statusRef = useRef<HTMLParagraphElement>(null);
  const done = (message: string) => {
    setAnnouncement(message);
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
        <ul aria-label={label} className="space-y-3">
          {flags.map((flag) => (
            <FlagItem key={flag.id} flag={flag} action={action} showPatient={showPatient} onDone={done} />
          ))}
        </ul>
      )}
    </div>
  );
}
