import type { WeeklyAdherence } from "@/lib/clinical/adherence";
import { formatDate } from "@/lib/format";

/** Newest week first; each week in words and numbers, the bar only repeats them. */
export function AdherenceWeeks({ weeks }: { weeks: WeeklyAdherence[] | null }) {
  if (weeks === null) {
    return <p className="text-sm text-slate-600">No active protocol, so no sessions are prescribed to measure against.</p>;
  }
  if (weeks.length === 0) return <p className="text-sm text-slate-600">The protocol starts later; nothing is due yet.</p>;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">Share of prescribed exercise sessions ticked as done, per week (Monday to Sunday), against the current plan.</p>
      <ul className="space-y-2">
        {[...weeks].reverse().map((w) => {
          const percent = w.ratio === null ? null : Math.round(w.ratio * 100);
          return (
            <li key={w.weekStart} className="text-sm">
              <div className="flex flex-wrap justify-between gap-2">
                <span className="font-medium text-slate-800">Week of {formatDate(w.weekStart)}</span>
                <span className="tabular-nums text-slate-700">
                  {percent === null ? "No sessions due" : `${w.done} of ${w.prescribed} sessions (${percent}%)`}
                </span>
              </div>
              <div aria-hidden className="mt-1 h-2 overflow-hidden rounded-full bg-slate-100">
                <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent ?? 0}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
