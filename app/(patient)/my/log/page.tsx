import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { PainLogForm, type PainLogFormValues } from "@/components/patient-portal/pain-log-form";
import { requirePermission } from "@/lib/auth/session";
import { addDays, todayInZone } from "@/lib/dates";
import { getMyPlan } from "@/lib/dal/my-plan";
import { getOwnPainLog, listOwnCompletions } from "@/lib/dal/pain-logs";
import { formatDate } from "@/lib/format";
import { earliestLogDate } from "@/lib/validation/pain-log";
import { savePainLog } from "./actions";
import { RunForm } from "@/components/patient-portal/run-form";
import { RunList } from "@/components/patient-portal/run-list";
import { listOwnRuns } from "@/lib/dal/runs";
import { addRun, deleteRun, updateRun } from "./run-actions";

export const metadata: Metadata = { title: "Log pain" };

const searchSchema = z.object({ date: z.iso.date().optional().catch(undefined) });

const score = (n: number | null) => (n === null ? "" : String(n));

export default async function LogPage({ searchParams }: PageProps<"/my/log">) {
  const caller = await requirePermission("write:pain-log:own");
  const today = todayInZone(caller.timeZone);
  const plan = await getMyPlan(caller);
  const earliest = earliestLogDate(plan?.startDate ?? null, today);
  // ?date= opens an earlier day's log for editing (links from the history page); out of range means today.
  const { date: asked } = searchSchema.parse(await searchParams);
  const date = asked && asked >= earliest && asked <= today ? asked : today;

  const saved = await getOwnPainLog(caller, date);
  // Ticks made on the home page before logging are part of the day: prefill them, or saving would drop them.
  const ticks = saved?.exerciseIds ?? (await listOwnCompletions(caller, { from: date, to: date })).map((c) => c.exerciseId);
  const initial: PainLogFormValues = {
    logDate: date,
    painAtRest: score(saved?.painAtRest ?? null),
    painDuringExercise: score(saved?.painDuringExercise ?? null),
    painNextMorning: score(saved?.painNextMorning ?? null),
    aggravatingActivities: saved?.aggravatingActivities ?? [],
    grinding: saved?.grinding ?? false,
    exerciseIds: ticks,
    redFlags: saved?.redFlags ?? [],
    note: saved?.note ?? "",
  };
  const exercises = [...new Map((plan?.items ?? []).map((i) => [i.exerciseId, { id: i.exerciseId, name: i.name }])).values()];
  // Runs: the day's, and the day before's so its next-morning pain can be added (several a day allowed).
  const runs = await listOwnRuns(caller, { from: addDays(date, -1), to: date });

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">Log your knee pain</h1>
        <p className="text-slate-700">
          {saved
            ? `You already logged ${date === today ? "today" : formatDate(date)}. Saving again updates that log.`
            : "One log a day. It takes about a minute, and it helps your therapist adjust your plan."}
        </p>
        {date !== today ? (
          <Link href="/my/log" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-800 underline">
            Log today instead
          </Link>
        ) : null}
      </div>
      <PainLogForm action={savePainLog} initial={initial} exercises={exercises} minDate={earliest} maxDate={today} />
      <section aria-labelledby="runs-heading" className="space-y-4 border-t border-slate-200 pt-5">
        <h2 id="runs-heading" className="text-xl font-semibold text-slate-900">
          Runs
        </h2>
        <RunList runs={runs} days={[date]} today={today} updateAction={updateRun} deleteAction={deleteRun} />
        <RunForm action={addRun} defaultDate={date} minDate={earliest} maxDate={today} />
      </section>
    </div>
  );
}
