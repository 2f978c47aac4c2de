import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { DEFAULT_RUN_PAIN_LIMIT } from "@/lib/clinical/return-to-run";
import { RETURN_TO_RUN_ENTRY_CRITERIA, stageSessionText, WALK_RUN_STAGES } from "@/lib/clinical/return-to-run-stages";

const STAGE_OPTIONS = [
  { value: "", label: "Not on the walk-run programme" },
  ...WALK_RUN_STAGES.map((s) => ({ value: String(s.stage), label: `Stage ${s.stage}: ${stageSessionText(s)}` })),
];

/**
 * The protocol builder's "Return to running" fieldset (docs/clinical/return-to-running.md): the
 * stage the therapist puts the patient on, the agreed pain limit during a run, and the programme's
 * entry criteria as guidance (the therapist judges them; Stride does not gate on them here).
 */
export function RunStageFieldset({ stage, painLimit, errors }: { stage: number | null; painLimit: number | null; errors: (name: string) => string[] | undefined }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-base font-semibold text-slate-900">Return to running</legend>
      <div className="space-y-4">
        <SelectField
          label="Walk-run stage"
          name="runStage"
          options={STAGE_OPTIONS}
          defaultValue={stage === null ? "" : String(stage)}
          hint="Each next stage is suggested from the run log and approved by you. A new stage starts today."
          errors={errors("runStage")}
        />
        <Field
          label="Pain limit during a run (0-10)"
          name="runPainLimit"
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          step={1}
          defaultValue={String(painLimit ?? DEFAULT_RUN_PAIN_LIMIT)}
          hint="Pain-monitoring model: up to 5/10 during activity is acceptable if it settles by the next morning (Thomeé 1997; Silbernagel 2007)."
          errors={errors("runPainLimit")}
          className="max-w-md"
        />
      </div>
      <div>
        <p className="text-sm font-medium text-slate-800">Entry criteria (guidance, all four before stage 1)</p>
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-600">
          {RETURN_TO_RUN_ENTRY_CRITERIA.map((c) => (
            <li key={c.key}>{c.label}</li>
          ))}
        </ul>
      </div>
    </fieldset>
  );
}
