import { TrendingDown, TrendingUp } from "lucide-react";
import Link from "next/link";
import type { QueuedSuggestion } from "@/lib/dal/suggestion-reads";
import { formatDate } from "@/lib/format";

/** The dashboard's "Suggestions to decide": one line each, linking to the record's Suggestions card. */
export function SuggestionQueue({ rows, timeZone }: { rows: QueuedSuggestion[]; timeZone: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No suggestion waits for a decision.</p>;
  return (
    <ul aria-label="Suggestions to decide, oldest first" className="divide-y divide-slate-100 text-sm">
      {rows.map((s) => {
        const Icon = s.direction === "progress" || s.direction === "advance" ? TrendingUp : TrendingDown;
        return (
          <li key={s.id} className="py-2.5">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <Link href={`/patients/${s.patientId}#suggestions`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                {s.patientName}
              </Link>
              <span className="text-slate-600">since {formatDate(s.createdAt, { timeZone })}</span>
            </div>
            <p className="mt-0.5 flex items-center gap-1.5 text-slate-800">
              <Icon aria-hidden className="size-4 shrink-0 text-brand-700" />
              {s.summary}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
