import { AKPS_MCID } from "@/lib/clinical/akps";
import type { AkpsScoreRow } from "@/lib/clinical/akps-progress";
import { formatDate } from "@/lib/format";

/** The change in plain words, from the patient's side. */
function changeWords(row: AkpsScoreRow): string {
  if (row.change === null) return "Your starting score";
  if (row.change === 0) return "The same as your starting score";
  const points = `${Math.abs(row.change)} ${Math.abs(row.change) === 1 ? "point" : "points"}`;
  const direction = row.change > 0 ? `Up ${points} since your starting score` : `Down ${points} since your starting score`;
  if (!row.meaningful) return direction;
  return `${direction}: ${row.change > 0 ? "a clear improvement" : "a clear change; your therapist will talk it through with you"}`;
}

/**
 * /my/outcomes: the patient's own AKPS scores, newest first. What the number means is said once,
 * above the list (docs/clinical/akps.md: 0-100, higher is better, 10 points is a change that matters).
 */
export function MyScoreHistory({ scores }: { scores: AkpsScoreRow[] }) {
  if (scores.length === 0) {
    return <p className="text-slate-700">You have no knee scores yet. When your therapist asks for the questionnaire, it appears on your Today page.</p>;
  }
  return (
    <div className="space-y-3">
      <p className="text-slate-700">
        The score goes from 0 to 100. <strong>Higher means your knee troubles you less</strong> in daily life and sport. A change of{" "}
        {AKPS_MCID} points or more is one that people usually notice.
      </p>
      <ol className="divide-y divide-slate-100" aria-label="Your knee scores, newest first">
        {[...scores].reverse().map((row) => (
          <li key={`${row.measuredOn}-${row.score}`} className="py-3">
            <p className="text-slate-900">
              <span className="text-2xl font-semibold tabular-nums">{row.score}</span>
              <span className="text-slate-600"> out of 100 on {formatDate(row.measuredOn)}</span>
            </p>
            <p className="text-sm text-slate-700">{changeWords(row)}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
