import { formatDuration, formatKm, type LongestRun, type WeeklyDistance as Week } from "@/lib/clinical/run-summary";
import type { RunView } from "@/lib/dal/runs";
import { formatDate } from "@/lib/format";
import { surfaceLabel } from "@/lib/validation/run-fields";
import { WeeklyDistance } from "./weekly-distance";

type Props = {
  weeks: readonly Week[];
  longest30: LongestRun | null;
  /** The latest runs, newest first. */
  recent: readonly RunView[];
  /** The card's heading id, if the page already uses "runs-card". */
  id?: string;
};

const pain = (n: number | null) => (n === null ? "—" : `${n}/10`);

/**
 * The therapist's view of a patient's running: weekly distance (with the 30-day longest run) and
 * the latest runs with pain during and the next morning. Data comes as props
 * (lib/dal/runs.ts patientRunSummary), so the record page decides where it goes.
 */
export function RunsCard({ weeks, longest30, recent, id = "runs-card" }: Props) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={id} className="text-base font-semibold text-slate-900">
        Running
      </h2>
      <WeeklyDistance weeks={weeks} longest30={longest30} person="the patient" />
      {recent.length === 0 ? (
        <p className="text-sm text-slate-700">No runs logged.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="mb-2 text-left font-medium text-slate-800">Latest {recent.length === 1 ? "run" : `${recent.length} runs`}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">Day</th>
                <th scope="col" className="py-2 pr-3 font-medium">Distance</th>
                <th scope="col" className="py-2 pr-3 font-medium">Time</th>
                <th scope="col" className="py-2 pr-3 font-medium">Pain during</th>
                <th scope="col" className="py-2 pr-3 font-medium">Next morning</th>
                <th scope="col" className="py-2 font-medium">Details</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((r) => (
                <tr key={r.id} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="py-2 pr-3 font-normal text-slate-900">{formatDate(r.runDate)}</th>
                  <td className="py-2 pr-3 tabular-nums">{r.distanceKm === null ? "—" : formatKm(r.distanceKm)}</td>
                  <td className="py-2 pr-3 tabular-nums">{r.durationSeconds === null ? "—" : formatDuration(r.durationSeconds)}</td>
                  <td className="py-2 pr-3 tabular-nums">{pain(r.painDuring)}</td>
                  <td className="py-2 pr-3 tabular-nums">{pain(r.painNextMorning)}</td>
                  <td className="py-2 text-slate-600">
                    {[surfaceLabel(r.surface), r.cadence !== null ? `${r.cadence} spm` : null, r.shoe].filter(Boolean).join(" · ") || "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
