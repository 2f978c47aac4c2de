import { Card } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import type { FormAction } from "@/lib/auth/action-state";
import { AKPS_ITEMS, AKPS_MCID } from "@/lib/clinical/akps";
import { TIMEPOINT_LABELS, type AkpsScoreRow } from "@/lib/clinical/akps-progress";
import type { AkpsProposal, AkpsTimepoint } from "@/lib/clinical/akps-schedule";
import { formatDate } from "@/lib/format";
import { RequestAkpsForm } from "./request-akps-form";

export type OutcomesCardData = {
  patientId: string;
  open: { id: string; timepoint: AkpsTimepoint; dueOn: string; answered: number; overdue: boolean } | null;
  scores: AkpsScoreRow[];
  proposal: AkpsProposal | null;
  today: string;
};

type Props = {
  outcomes: OutcomesCardData;
  /** Whether the caller may request and cancel (staff of the clinic, an active record with a portal account). */
  canRequest: boolean;
  hasPortal: boolean;
  request: FormAction;
  cancel: FormAction;
};

function change(row: AkpsScoreRow): string {
  if (row.change === null) return "—";
  return `${row.change > 0 ? "+" : ""}${row.change}`;
}

/**
 * The record's AKPS: scores over time with the change from baseline against the 10-point
 * meaningful change (docs/clinical/akps.md), the open request (cancel, after a confirmation),
 * or a form to ask for the next one with Stride's proposed timepoint and date.
 */
export function OutcomesCard({ outcomes, canRequest, hasPortal, request, cancel }: Props) {
  const { open, scores } = outcomes;
  return (
    <Card title="Outcomes" id="outcomes">
      <p className="mb-3 text-sm text-slate-600">
        Anterior Knee Pain Scale (AKPS), 0-100, higher is better. A change of {AKPS_MCID} points or more from baseline is a meaningful change.
      </p>
      {scores.length === 0 ? (
        <p className="text-sm text-slate-700">No AKPS scores yet.</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="AKPS scores, scrolls sideways on a narrow screen">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">AKPS scores over time, oldest first, with the change from baseline</caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th scope="col" className="py-2 pr-3 font-medium">Date</th>
                <th scope="col" className="py-2 pr-3 font-medium">Timepoint</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Score</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Change</th>
                <th scope="col" className="py-2 font-medium">Meaningful ({AKPS_MCID}+)</th>
              </tr>
            </thead>
            <tbody>
              {scores.map((row) => (
                <tr key={`${row.measuredOn}-${row.timepoint}-${row.score}`} className="border-b border-slate-100">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDate(row.measuredOn)}</td>
                  <td className="py-2 pr-3">{row.timepoint ? TIMEPOINT_LABELS[row.timepoint] : "Not set"}</td>
                  <td className="py-2 pr-3 text-right font-semibold tabular-nums">{row.score}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{change(row)}</td>
                  <td className="py-2">{row.change === null ? "—" : row.meaningful ? (row.change > 0 ? "Yes, improved" : "Yes, worse") : "Not yet"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div className="mt-4 border-t border-slate-200 pt-4">
        {open ? (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-slate-800">
              Requested: <strong>{TIMEPOINT_LABELS[open.timepoint]}</strong>, due {formatDate(open.dueOn)}
              {open.overdue ? <strong className="text-danger-700"> (overdue)</strong> : null}. {open.answered} of {AKPS_ITEMS.length} answered so far.
            </p>
            {canRequest ? (
              <ConfirmAction
                action={cancel}
                fields={{ requestId: open.id }}
                trigger="Cancel request"
                title="Cancel this questionnaire?"
                description="The patient will no longer see it, and any answers they saved are not scored."
                confirmLabel="Cancel the request"
                pendingLabel="Cancelling…"
              />
            ) : null}
          </div>
        ) : canRequest ? (
          <>
            {hasPortal ? null : <p className="mb-2 text-sm text-slate-700">This patient has no portal account yet: invite them so they can answer.</p>}
            <RequestAkpsForm patientId={outcomes.patientId} proposal={outcomes.proposal} today={outcomes.today} action={request} />
          </>
        ) : null}
      </div>
    </Card>
  );
}
