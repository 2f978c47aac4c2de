import Link from "next/link";
import type { RecentLog } from "@/lib/dal/triage";
import { formatDate } from "@/lib/format";

const pain = (value: number | null) => (value === null ? "not logged" : `${value}/10`);

/** The newest logs at a glance, in words; the patient's record has the full table and chart. */
export function RecentLogs({ logs }: { logs: RecentLog[] }) {
  if (logs.length === 0) return <p className="text-sm text-slate-600">No pain logs yet. They appear here as patients log in the portal.</p>;
  return (
    <ul aria-label="The 10 most recent pain logs" className="divide-y divide-slate-100 text-sm">
      {logs.map((log) => (
        <li key={log.id} className="py-2.5">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <Link href={`/patients/${log.patientId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
              {log.patientName}
            </Link>
            <span className="text-slate-600">{formatDate(log.logDate)}</span>
          </div>
          <p className="mt-0.5 tabular-nums text-slate-700">
            At rest {pain(log.painAtRest)} · During exercise {pain(log.painDuringExercise)} · Next morning {pain(log.painNextMorning)}
          </p>
        </li>
      ))}
    </ul>
  );
}
