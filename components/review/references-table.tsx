import { formatPain } from "@/lib/clinical/baseline";
import { DEFAULT_MEANINGFUL_CHANGE, PAIN_SERIES_LABELS } from "@/lib/clinical/pain-log-types";
import type { PatientReview } from "@/lib/dal/patient-review";

/**
 * The two references a therapist reads the chart against: the episode baseline (where the patient
 * started, for outcome) and the rolling reference (where they have been lately, what the flag rules
 * compare with). Both definitions are Stride's choices, and the table says so.
 */
export function ReferencesTable({ references }: { references: PatientReview["references"] }) {
  const value = (n: number | null, missing: string) => (n === null ? missing : `${formatPain(n)}/10`);
  return (
    <div className="space-y-2 text-sm">
      <table className="min-w-full divide-y divide-slate-200 rounded-md border border-slate-200">
        <caption className="sr-only">Pain references: episode baseline and rolling reference</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-semibold">Measure</th>
            <th scope="col" className="px-3 py-2 text-left font-semibold">Episode baseline</th>
            <th scope="col" className="px-3 py-2 text-left font-semibold">Recent level (rolling)</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {references.map((r) => (
            <tr key={r.series}>
              <th scope="row" className="px-3 py-1.5 text-left font-normal">{PAIN_SERIES_LABELS[r.series]}</th>
              <td className="px-3 py-1.5 tabular-nums">{value(r.baseline, "needs 3 readings")}</td>
              <td className="px-3 py-1.5 tabular-nums">{value(r.rolling, `needs 3 readings (${r.rollingReadings} in 14 days)`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-slate-700">
        <span className="font-medium">Stride&apos;s choices:</span> the episode baseline is the mean of the first 3 readings since
        the protocol began, and stays fixed to show the outcome; the shaded band around it is ± {DEFAULT_MEANINGFUL_CHANGE} points, the
        change that is clinically meaningful in patellofemoral pain. The recent level is the median of the last 14 days (at least 3
        readings); flags compare each new log with it, so a relapse after improvement is caught.
      </p>
    </div>
  );
}
