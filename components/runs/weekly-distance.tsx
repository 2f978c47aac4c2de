import { formatKm, type LongestRun, type WeeklyDistance as Week } from "@/lib/clinical/run-summary";
import { formatDate, formatShortDate } from "@/lib/format";

type Props = {
  /** Oldest first, as summariseRuns returns them (empty weeks included). */
  weeks: readonly Week[];
  longest30: LongestRun | null;
  /** "you" on the patient's pages, "the patient" on the record. */
  person?: "you" | "the patient";
};

const runCount = (n: number) => (n === 0 ? "no runs" : n === 1 ? "1 run" : `${n} runs`);

/**
 * Weekly running distance as a list that is its own text alternative: each week is a sentence
 * ("This week, from 9 Mar: 7.3 km, 2 runs"), the bar beside it is decoration for sighted readers
 * (hidden from assistive tech). Newest week first. Plus the longest run of the last 30 days, the
 * number the next run is compared with by the spike rule.
 */
export function WeeklyDistance({ weeks, longest30, person = "you" }: Props) {
  const max = Math.max(0, ...weeks.map((w) => w.distanceKm));
  const newestFirst = [...weeks].reverse();
  const timeOnly = weeks.some((w) => w.runsWithoutDistance > 0);
  return (
    <div className="space-y-4">
      <p className="rounded-md bg-slate-50 px-3 py-2 text-slate-900">
        {longest30 ? (
          <>
            Longest run in the last 30 days: <strong className="tabular-nums">{formatKm(longest30.distanceKm)}</strong>, on {formatDate(longest30.runDate)}.
          </>
        ) : (
          <>No run with a distance in the last 30 days.</>
        )}
      </p>
      <ul aria-label="Distance run each week" className="space-y-2">
        {newestFirst.map((w) => (
          <li key={w.weekStart} className="grid grid-cols-[7.5rem_1fr] items-center gap-3 text-sm sm:grid-cols-[9rem_1fr]">
            <span className="text-slate-700">
              {w.current ? "This week" : "Week of"}
              <span className={w.current ? "sr-only" : undefined}>{w.current ? `, from ${formatShortDate(w.weekStart)}` : ` ${formatShortDate(w.weekStart)}`}</span>
              <span className="sr-only">:</span>
            </span>
            <span className="flex items-center gap-2">
              <span aria-hidden className="h-3 rounded-sm bg-brand-600" style={{ width: w.distanceKm > 0 ? `${Math.max(2, (w.distanceKm / max) * 60)}%` : "0" }} />
              <span className="whitespace-nowrap tabular-nums text-slate-900">
                {formatKm(w.distanceKm)}
                <span className="text-slate-600">, {runCount(w.runs)}</span>
              </span>
            </span>
          </li>
        ))}
      </ul>
      {timeOnly ? (
        <p className="text-sm text-slate-600">Runs logged by time only count as runs but add no distance.</p>
      ) : null}
      {weeks.every((w) => w.runs === 0) ? (
        <p className="text-sm text-slate-700">{person === "you" ? "No runs logged in these weeks." : "The patient has logged no runs in these weeks."}</p>
      ) : null}
    </div>
  );
}
