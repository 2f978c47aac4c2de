import { Card } from "@/components/ui/card";
import type { FlagView } from "@/lib/dal/flags";
import { formatDate } from "@/lib/format";
import { OpenFlagList } from "./announced-list";
import type { FormAction } from "@/lib/auth/action-state";
import { ReviewAllForm } from "./review-all-form";
import { SeverityBadge } from "./severity-badge";

type Props = {
  patientId: string;
  open: FlagView[];
  reviewed: FlagView[];
  reviewOne: FormAction;
  reviewAll: FormAction;
  timeZone: string;
};

const when = (date: Date, timeZone: string) =>
  date.toLocaleString("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });

/**
 * The record's flags: every open flag (review one, or all at once with a note) and the reviewed
 * history with who reviewed each, when, and their note.
 */
export function PatientFlagPanel({ patientId, open, reviewed, reviewOne, reviewAll, timeZone }: Props) {
  return (
    <Card title={`Flags: ${open.length} open`} id="flags">
      <div className="space-y-4">
        <ReviewAllForm patientId={patientId} openCount={open.length} action={reviewAll} />
        <OpenFlagList flags={open} action={reviewOne} showPatient={false} label="Open flags for this patient" empty={<p>No open flags.</p>} />
        <details className="text-sm" open={open.length === 0 && reviewed.length > 0}>
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">
            Reviewed flags ({reviewed.length}{reviewed.length === 50 ? "+" : ""})
          </summary>
          {reviewed.length === 0 ? (
            <p className="text-slate-700">None yet.</p>
          ) : (
            <ul aria-label="Reviewed flags, newest first" className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200">
              {reviewed.map((flag) => (
                <li key={flag.id} className="space-y-1 p-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <SeverityBadge label={flag.severityLabel} />
                    <span className="font-medium text-slate-900">{flag.label}</span>
                    <span className="text-xs text-slate-600">from {formatDate(flag.evidenceDate)}</span>
                  </p>
                  <p className="text-slate-800">{flag.reason}</p>
                  {flag.review ? (
                    <p className="text-slate-700">
                      Reviewed by {flag.review.by} on {when(flag.review.at, timeZone)}
                      {flag.review.note ? <>: &ldquo;{flag.review.note}&rdquo;</> : "."}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </details>
      </div>
    </Card>
  );
}
