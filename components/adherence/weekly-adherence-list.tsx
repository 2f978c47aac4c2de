import type { WeeklyAdherence } from "@/lib/clinical/adherence";
import { formatDate } from "@/lib/format";

type Props = {
  /**
   * Oldest first, as weeklyAdherence() or weeklyAdherenceByVersion() return them (the record and
   * /my/history count against the version in force each week); null when no plan prescribes anything.
   */
  weeks: readonly WeeklyAdherence[] | null;
  /** What the numbers mean, in the reader's words (the therapist's or the patient's). */
  intro: string;
  /** Said instead of the list when there is no plan to measure against. */
  noPlanText: string;
  /** Said instead of the list when the plan has no week due yet. */
  emptyText: string;
};

/**
 * Exercise sessions done against those prescribed, newest week first. Each week is in words and
 * numbers; the bar only repeats them for the eye, so it is hidden from assistive technology.
 */
export function WeeklyAdherenceList({ weeks, intro, noPlanText, emptyText }: Props) {
  if (weeks === null) return <p className="text-sm text-slate-700">{noPlanText}</p>;
  if (weeks.length === 0) return <p className="text-sm text-slate-700">{emptyText}</p>;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">{intro}</p>
      <ul className="space-y-3">
        {[...weeks].reverse().map((w) => {
          const percent = w.ratio === null ? null : Math.round(w.ratio * 100);
          return (
            <li key={w.weekStart} className="space-y-1 text-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <span className="font-medium text-slate-900">Week of {formatDate(w.weekStart)}</span>
                <span className="tabular-nums text-slate-700">
                  {percent === null ? "No sessions due" : `${w.done} of ${w.prescribed} sessions (${percent}%)`}
                </span>
              </div>
              {/* No bar for a week with nothing due: an empty one would read as 0%. */}
              {percent === null ? null : (
                <div aria-hidden className="h-2.5 overflow-hidden rounded-full bg-slate-200">
                  <div className="h-full rounded-full bg-brand-700" style={{ width: `${percent}%` }} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
