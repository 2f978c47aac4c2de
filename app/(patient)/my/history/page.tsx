import { ChevronRight } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { WeeklyAdherenceList } from "@/components/adherence/weekly-adherence-list";
import { PainChart } from "@/components/charts/pain-chart";
import { PATIENT_SERIES_LABELS, trendSentences } from "@/components/charts/pain-chart-text";
import { PainLogTable } from "@/components/patient-portal/pain-log-table";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { requirePermission } from "@/lib/auth/session";
import { isoWeekStart } from "@/lib/clinical/adherence";
import { addDays, todayIso } from "@/lib/dates";
import { getMyPlan } from "@/lib/dal/my-plan";
import { getMyWeeklyAdherence } from "@/lib/dal/my-adherence";
import { listOwnPainLogs } from "@/lib/dal/pain-logs";
import { earliestLogDate } from "@/lib/validation/pain-log";
import { WeeklyDistance } from "@/components/runs/weekly-distance";
import { ownRunSummary } from "@/lib/dal/runs";

export const metadata: Metadata = { title: "History" };

/** Eight whole weeks, Monday to Sunday, ending with the current one. */
const WEEKS_SHOWN = 8;


export default async function HistoryPage() {
  const caller = await requirePermission("read:pain-log:own");
  const today = todayIso();
  const from = addDays(isoWeekStart(today), -7 * (WEEKS_SHOWN - 1));
  // Adherence is counted against the version of the plan in force each week, from its start date.
  const [logs, adherence, plan] = await Promise.all([
    listOwnPainLogs(caller, { from, to: today }),
    getMyWeeklyAdherence(caller, { from, to: today }),
    getMyPlan(caller),
  ]);
  // Weeks and the 30-day window are counted in the clinic's time zone.
  const running = await ownRunSummary(caller, { weeks: WEEKS_SHOWN });

  // Only the readings go to the chart, which runs in the browser: not the notes or activities.
  const readings = logs.map(({ logDate, painAtRest, painDuringExercise, painNextMorning }) => ({ logDate, painAtRest, painDuringExercise, painNextMorning }));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Your history</h1>
        <p className="text-slate-600">The last {WEEKS_SHOWN} weeks.</p>
      </div>

      {logs.length === 0 ? (
        <Card title="No logs yet">
          <p className="mb-3 text-slate-700">Once you log your pain, your trend appears here.</p>
          <Link href="/my/log" className={cn(buttonBase, buttonStyles.primary, "w-full sm:w-auto")}>
            Log today&apos;s pain
          </Link>
        </Card>
      ) : (
        <section aria-labelledby="pain-trend" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="pain-trend" className="text-lg font-semibold text-slate-900">
            Pain trend
          </h2>
          <p className="text-sm text-slate-700">
            {logs.length} {logs.length === 1 ? "log" : "logs"} in the last {WEEKS_SHOWN} weeks. Pain is out of 10: lower is better.
          </p>
          <PainChart
            readings={readings}
            period={{ from, to: today }}
            aspectRatio={1.25}
            maxWidth={720}
            seriesLabels={PATIENT_SERIES_LABELS}
            missingLabel="skipped"
            curve="monotone"
            textAlternative={
              <>
                <p>Weekly averages, your first week shown against the latest:</p>
                <ul className="list-disc space-y-1 pl-5">
                  {trendSentences(logs).map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </>
            }
          />
          <details className="group rounded-md border border-slate-200">
            <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-3 text-sm font-medium text-brand-800 [&::-webkit-details-marker]:hidden">
              <ChevronRight aria-hidden className="size-4 shrink-0 transition-transform group-open:rotate-90" />
              Show as table
            </summary>
            <div className="border-t border-slate-200 px-3 py-2">
              <PainLogTable logs={logs} editableFrom={earliestLogDate(plan?.startDate ?? null, today)} />
            </div>
          </details>
        </section>
      )}

      <section aria-labelledby="adherence" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="adherence" className="text-lg font-semibold text-slate-900">
          Exercises done each week
        </h2>
        <WeeklyAdherenceList
          weeks={adherence}
          intro="Sessions done out of the sessions your plan asked for each week, as your plan was that week."
          noPlanText="Your therapist has not assigned a plan yet."
          emptyText="Nothing to show yet."
        />
      </section>

      <section aria-labelledby="running" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="running" className="text-lg font-semibold text-slate-900">
          Running each week
        </h2>
        <WeeklyDistance weeks={running.weeks} longest30={running.longest30} />
        <Link href="/my/log" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-800 underline">
          Log a run
        </Link>
      </section>
    </div>
  );
}
