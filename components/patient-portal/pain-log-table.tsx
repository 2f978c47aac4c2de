import Link from "next/link";
import type { OwnPainLog } from "@/lib/dal/pain-logs";
import { formatDate } from "@/lib/format";

const score = (n: number | null) => (n === null ? "–" : String(n));

/** The chart's data as a table (newest first), with a link to correct each day's log. */
export function PainLogTable({ logs, editableFrom }: { logs: readonly OwnPainLog[]; editableFrom: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your pain logs, newest first. Pain is out of 10; a dash means skipped.</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-2 font-medium">Date</th>
            <th scope="col" className="py-2 pr-2 font-medium">At rest</th>
            <th scope="col" className="py-2 pr-2 font-medium">Exercise</th>
            <th scope="col" className="py-2 pr-2 font-medium">Morning</th>
            <th scope="col" className="py-2 font-medium"><span className="sr-only">Edit</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {[...logs].reverse().map((log) => (
            <tr key={log.logDate}>
              <th scope="row" className="whitespace-nowrap py-2 pr-2 font-medium text-slate-900">{formatDate(log.logDate)}</th>
              <td className="py-2 pr-2 tabular-nums">{score(log.painAtRest)}</td>
              <td className="py-2 pr-2 tabular-nums">{score(log.painDuringExercise)}</td>
              <td className="py-2 pr-2 tabular-nums">{score(log.painNextMorning)}</td>
              <td className="py-1">
                {log.logDate >= editableFrom ? (
                  <Link href={`/my/log?date=${log.logDate}`} className="inline-flex min-h-11 items-center px-1 font-medium text-brand-800 underline">
                    Edit<span className="sr-only"> log for {formatDate(log.logDate)}</span>
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
