import type { WeeklyAdherence } from "@/lib/clinical/adherence";
import { formatShortDate } from "@/lib/format";

/** Weekly adherence as words and numbers, with a bar as a visual aid only (the numbers carry it). */
export function AdherenceList({ weeks }: { weeks: readonly WeeklyAdherence[] }) {
  const newestFirst = [...weeks].reverse();
  return (
    <ul className="space-y-3">
      {newestFirst.map((w) => {
        const percent = w.ratio === null ? null : Math.round(w.ratio * 100);
        return (
          <li key={w.weekStart} className="space-y-1">
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span className="font-medium text-slate-900">Week of {formatShortDate(w.weekStart)}</span>
              <span className="tabular-nums text-slate-700">
                {percent === null ? "No sessions due" : `${w.done} of ${w.prescribed} sessions (${percent}%)`}
              </span>
            </div>
            {percent === null ? null : (
              <div aria-hidden className="h-3 overflow-hidden rounded-full bg-slate-200">
                <div className="h-full rounded-full bg-brand-700" style={{ width: `${percent}%` }} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
