import { Card } from "@/components/ui/card";
import { PAIN_SERIES, PAIN_SERIES_LABELS } from "@/lib/clinical/pain-log-types";
import type { PatientTimeline as Timeline } from "@/lib/dal/patient-timeline";
import { formatDate } from "@/lib/format";
import type { SearchParams } from "@/lib/url-state";
import { keptParams, type ReviewParams } from "@/lib/validation/review-params";
import { RangeLinks } from "./range-links";
import { LazyTimelineCharts } from "./lazy-timeline-charts";
import { describeTimeline, percent, timelineRows } from "./timeline-text";

type Props = { timeline: Timeline; state: ReviewParams; searchParams: SearchParams };

const th = "px-3 py-2 text-left font-semibold";
const td = "px-3 py-1.5 align-top";
const pain = (v: number | null) => (v === null ? "not logged" : `${v}/10`);

/**
 * The record's one timeline (docs/decisions/0016-record-timeline.md): the drawing, its text
 * alternative as the figure's caption, and the same data as tables. Data comes in as props.
 */
export function PatientTimeline({ timeline, state, searchParams }: Props) {
  const summary = describeTimeline(timeline);
  const rows = timelineRows(timeline);
  const empty = rows.length === 0 && timeline.weeks.every((w) => w.runs === 0 && w.adherence.ratio === null);
  return (
    <Card title="Timeline" action={<RangeLinks basePath={`/patients/${timeline.patientId}`} kept={keptParams(searchParams)} state={state} />}>
      {empty ? (
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">{summary}</p>
      ) : (
        <div className="space-y-3">
          <figure className="space-y-3">
            <LazyTimelineCharts timeline={timeline} />
            <figcaption className="text-sm text-slate-700">
              <span className="font-medium">Timeline, in words: </span>
              {summary}
            </figcaption>
          </figure>
          <details className="text-sm">
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">Timeline as a table</summary>
            <div className="mt-2 max-h-[28rem] overflow-auto rounded-md border border-slate-200 [contain:inline-size]" tabIndex={0} role="region" aria-label="Timeline by date">
              <table className="min-w-full divide-y divide-slate-200">
                <caption className="sr-only">Pain readings with the 14-day reference, AKPS scores and events, by date</caption>
                <thead className="bg-slate-50">
                  <tr>
                    <th scope="col" className={th}>Date</th>
                    {PAIN_SERIES.map((s) => (
                      <th key={s} scope="col" className={th}>{PAIN_SERIES_LABELS[s]} (14-day reference)</th>
                    ))}
                    <th scope="col" className={th}>AKPS</th>
                    <th scope="col" className={th}>Events</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {rows.map((r) => (
                    <tr key={r.date}>
                      <th scope="row" className={`${td} whitespace-nowrap text-left font-normal`}>{formatDate(r.date)}</th>
                      {PAIN_SERIES.map((s) => (
                        <td key={s} className={`${td} whitespace-nowrap tabular-nums`}>
                          {r.day ? `${pain(r.day[s])}${r.day.rolling[s] === null ? "" : ` (${r.day.rolling[s]})`}` : ""}
                        </td>
                      ))}
                      <td className={`${td} tabular-nums`}>{r.akps ?? ""}</td>
                      <td className={`${td} min-w-64`}>
                        {r.events.length > 0 ? (
                          <ul className="space-y-1">{r.events.map((e) => <li key={e}>{e}</li>)}</ul>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="mt-3 overflow-auto rounded-md border border-slate-200 [contain:inline-size]" tabIndex={0} role="region" aria-label="Timeline by week">
              <table className="min-w-full divide-y divide-slate-200">
                <caption className="sr-only">Running distance and exercise adherence, by week</caption>
                <thead className="bg-slate-50">
                  <tr>
                    <th scope="col" className={th}>Week of</th>
                    <th scope="col" className={th}>Running</th>
                    <th scope="col" className={th}>Exercise adherence (plan in force)</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {timeline.weeks.map((w) => (
                    <tr key={w.weekStart}>
                      <th scope="row" className={`${td} whitespace-nowrap text-left font-normal`}>{formatDate(w.weekStart)}</th>
                      <td className={`${td} tabular-nums`}>{w.runs === 0 ? "no runs" : `${w.runKm} km, ${w.runs} ${w.runs === 1 ? "run" : "runs"}`}</td>
                      <td className={`${td} tabular-nums`}>
                        {w.adherence.ratio === null
                          ? "nothing prescribed"
                          : `${percent(w.adherence.ratio)} (${w.adherence.done} of ${w.adherence.prescribed} sessions, v${w.adherence.versions.join(" and v")})`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </div>
      )}
    </Card>
  );
}
