import Link from "next/link";
import { buttonShape, buttonSizes, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { OwnPainLog } from "@/lib/dal/pain-logs";

/** The home page's pain prompt: ask until today is logged, then show today's numbers. */
export function TodayLogCard({ log }: { log: OwnPainLog | null }) {
  if (!log) {
    return (
      <section aria-labelledby="pain-today" className="space-y-3 rounded-lg border-2 border-brand-600 bg-brand-50 p-4">
        <h2 id="pain-today" className="text-lg font-semibold text-slate-900">
          How is your knee today?
        </h2>
        <p className="text-sm text-slate-700">Log your pain once a day so your therapist can see how you are doing.</p>
        <Link href="/my/log" className={cn(buttonShape, buttonSizes.large, buttonStyles.primary)}>
          Log today&apos;s pain
        </Link>
      </section>
    );
  }
  const readings = [
    { label: "At rest", value: log.painAtRest },
    { label: "During exercise", value: log.painDuringExercise },
    { label: "Morning after", value: log.painNextMorning },
  ];
  return (
    <section aria-labelledby="pain-today" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="pain-today" className="text-lg font-semibold text-slate-900">
        <span aria-hidden className="mr-1 text-emerald-700">✓</span>
        Logged today
      </h2>
      <dl className="grid grid-cols-3 gap-2 text-center">
        {readings.map((r) => (
          <div key={r.label} className="rounded-md bg-slate-50 px-2 py-2">
            <dt className="text-xs text-slate-600">{r.label}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-slate-900">
              {r.value === null ? <span className="text-base font-normal text-slate-500">skipped</span> : <>{r.value}<span className="text-sm font-normal text-slate-500">/10</span></>}
            </dd>
          </div>
        ))}
      </dl>
      <Link href="/my/log" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-800 underline">
        Edit today&apos;s log
      </Link>
    </section>
  );
}
