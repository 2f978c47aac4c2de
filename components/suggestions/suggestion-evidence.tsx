import type { DoseEvidence } from "@/lib/clinical/dose-suggestion";
import type { StageStepSuggestion } from "@/lib/clinical/return-to-run";
import { formatDate } from "@/lib/format";

/**
 * The numbers a suggestion was judged on, as stored with it (lib/clinical/dose-suggestion.ts
 * DoseEvidence, or the walk-run rule's evidence), so the therapist can check the working.
 */
type StageEvidence = StageStepSuggestion["evidence"];

const isDose = (e: Record<string, unknown>): e is DoseEvidence & Record<string, unknown> => typeof e.window === "object" && typeof e.adherence === "object";
const isStage = (e: Record<string, unknown>): e is StageEvidence & Record<string, unknown> => Array.isArray(e.runs);

const pain = (n: number | null) => (n === null ? "not recorded" : `${n}/10`);

export function SuggestionEvidence({ evidence }: { evidence: Record<string, unknown> }) {
  if (isDose(evidence)) {
    const a = evidence.adherence;
    return (
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">Window</dt>
        <dd>
          {formatDate(evidence.window.from)} to {formatDate(evidence.window.to)} ({evidence.window.days} days; {evidence.daysOnDose} days on this dose)
        </dd>
        <dt className="font-medium text-slate-700">Adherence</dt>
        <dd>
          {a.done} of {a.prescribed} prescribed sessions done{a.percent === null ? "" : ` (${a.percent}%)`}; progress needs {a.threshold}%
        </dd>
        <dt className="font-medium text-slate-700">Exercise pain</dt>
        <dd>
          {evidence.exercisePain.length === 0
            ? "none recorded on days this exercise was done"
            : evidence.exercisePain.map((r) => `${r.value}/10 on ${formatDate(r.date)}`).join(", ")}
        </dd>
        <dt className="font-medium text-slate-700">Mornings after</dt>
        <dd>
          {evidence.mornings.length === 0
            ? "none compared with the usual morning yet"
            : evidence.mornings.map((m) => `${formatDate(m.morningDate)}: ${m.value}/10 (usual ${m.usual}/10, ${m.settled ? "settled" : "not settled"})`).join("; ")}
        </dd>
      </dl>
    );
  }
  if (isStage(evidence)) {
    return (
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">Stage</dt>
        <dd>
          Stage {evidence.stage} since {formatDate(evidence.stageStartedOn)}; pain limit during a run {evidence.painLimit}/10
        </dd>
        <dt className="font-medium text-slate-700">Runs</dt>
        <dd>
          {evidence.runs.length === 0
            ? "none at this stage yet"
            : evidence.runs.map((r) => `${formatDate(r.runDate)}: during ${pain(r.painDuring)}, next morning ${pain(r.painNextMorning)}`).join("; ")}
        </dd>
      </dl>
    );
  }
  return <p className="text-sm text-slate-600">No evidence was stored with this suggestion.</p>;
}
