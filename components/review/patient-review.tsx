import { Download } from "lucide-react";
import Link from "next/link";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { PAIN_SERIES, PAIN_SERIES_LABELS } from "@/lib/clinical/pain-log-types";
import type { PatientLogPage, PatientReview as Review } from "@/lib/dal/patient-review";
import { formatDate } from "@/lib/format";
import { WeeklyAdherenceList } from "@/components/adherence/weekly-adherence-list";
import { PainChart } from "@/components/charts/pain-chart";
import { describeChart } from "@/components/charts/pain-chart-text";
import { LogTable } from "./log-table";
import { ReferencesTable } from "./references-table";
import { keptParams, reviewHref, type ReviewParams } from "@/lib/validation/review-params";
import type { SearchParams } from "@/lib/url-state";

type Props = { review: Review; logs: PatientLogPage; state: ReviewParams; searchParams: SearchParams };

/**
 * The therapist's review of a patient's pain logs, embedded in the record page (/patients/[id]):
 * the timeline chart, weekly adherence and the log table with its CSV.
 * The page reads both through the DAL (staff only; 404 to patients and other clinics) and passes them in.
 */
export function PatientReview({ review, logs, state, searchParams }: Props) {
  const basePath = `/patients/${review.patientId}`;
  const kept = keptParams(searchParams);

  return (
    <div className="space-y-6">
      <Card title="Pain timeline" action={<RangeLinks basePath={basePath} kept={kept} state={state} />}>
        <TimelineBody review={review} />
      </Card>

      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Weekly adherence">
          <WeeklyAdherenceList
            weeks={review.adherence}
            intro="Share of prescribed exercise sessions ticked as done, per week (Monday to Sunday), against the current plan."
            noPlanText="No active protocol, so no sessions are prescribed to measure against."
            emptyText="The protocol starts later; nothing is due yet."
          />
        </Card>
      </div>

      <section aria-labelledby="pain-logs-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="pain-logs-heading" className="text-base font-semibold text-slate-900">
            Pain logs
          </h2>
          <a href={`${basePath}/logs.csv`} download className={cn(buttonBase, buttonStyles.secondary)}>
            <Download aria-hidden className="size-4" /> Download CSV
          </a>
        </div>
        <LogTable rows={logs.rows} total={logs.total} page={logs.page} state={state} basePath={basePath} kept={kept} patientName={review.patientName} />
      </section>
    </div>
  );
}

function RangeLinks({ basePath, kept, state }: { basePath: string; kept: [string, string][]; state: ReviewParams }) {
  const options = [
    { range: "12w", label: "Last 12 weeks" },
    { range: "episode", label: "Whole episode" },
  ] as const;
  return (
    <nav aria-label="Chart period" className="flex gap-1 text-sm">
      {options.map((o) => {
        const current = state.chart === o.range;
        return (
          <Link
            key={o.range}
            href={reviewHref(basePath, kept, state, { chart: o.range })}
            scroll={false}
            aria-current={current ? "page" : undefined}
            className={cn("inline-flex min-h-11 items-center rounded-md px-3 font-medium", current ? "bg-brand-50 text-brand-800 ring-1 ring-brand-600/40" : "text-slate-700 hover:bg-slate-100")}
          >
            {o.label}
          </Link>
        );
      })}
    </nav>
  );
}

function TimelineBody({ review }: { review: Review }) {
  const { chart, baseline, episode, activeProtocol, versionMarkers } = review;
  const summary = describeChart(chart.points, { from: chart.from, to: chart.to, baseline, markers: versionMarkers });
  const bandFrom = episode.start ?? chart.points[0]?.logDate ?? chart.from;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        {activeProtocol
          ? `Episode since ${formatDate(activeProtocol.startDate)}: ${activeProtocol.title}, now v${activeProtocol.version}. Dashed vertical lines mark protocol versions.`
          : "No active protocol: the baseline is taken from the first logs on record."}
      </p>
      {chart.points.length > 0 ? (
        <PainChart
          readings={chart.points}
          period={{ from: chart.from, to: chart.to }}
          aspectRatio={2.2}
          scaleNote="Pain, NPRS: 0 = no pain, 10 = worst imaginable"
          baseline={{ values: baseline, from: bandFrom }}
          versionMarkers={versionMarkers}
          textAlternative={
            <>
              <span className="font-medium">Pain timeline, in words: </span>
              {summary}
            </>
          }
        />
      ) : (
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">{summary}</p>
      )}
      <ReferencesTable references={review.references} />
      {chart.points.length > 0 ? (
        <details className="text-sm">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">Show the chart data as a table</summary>
          <div className="mt-2 max-h-96 overflow-auto rounded-md border border-slate-200">
            <table className="min-w-full divide-y divide-slate-200">
              <caption className="sr-only">Pain readings shown in the chart</caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2 text-left font-semibold">Date</th>
                  {PAIN_SERIES.map((s) => (
                    <th key={s} scope="col" className="px-3 py-2 text-left font-semibold">{PAIN_SERIES_LABELS[s]}</th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {chart.points.map((p) => (
                  <tr key={p.logDate}>
                    <th scope="row" className="px-3 py-1.5 text-left font-normal">{formatDate(p.logDate)}</th>
                    {PAIN_SERIES.map((s) => (
                      <td key={s} className="px-3 py-1.5 tabular-nums">{p[s] === null ? "not logged" : `${p[s]}/10`}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </div>
  );
}
