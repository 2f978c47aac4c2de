import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { defaultEducationModules, EDUCATION_MODULES } from "@/lib/clinical/education";

const OPTIONS = EDUCATION_MODULES.map((m) => ({ key: m.key, label: m.title }));
const DEFAULT_TITLES = (runner: boolean) =>
  defaultEducationModules({ runner }).map((key) => EDUCATION_MODULES.find((m) => m.key === key)?.title ?? key).join(", ");

/**
 * The protocol builder's education modules (docs/clinical/education.md): what the patient reads at
 * /my/learn and in the handout. The hidden empty value comes first so a save with nothing ticked
 * is told apart from a form without this fieldset (lib/validation/education.ts).
 */
export function EducationFieldset({ selected, runner, errors }: { selected: readonly string[]; runner: boolean; errors?: string[] }) {
  return (
    <div className="rounded-lg border border-slate-200 p-4">
      <input type="hidden" name="educationModules" value="" />
      <CheckboxGroup
        legend="Education for the patient"
        name="educationModules"
        options={OPTIONS}
        selected={selected}
        hint={`The patient reads these on their phone and in the handout. Stride's default set${runner ? " for a runner" : ""}: ${DEFAULT_TITLES(runner)}.`}
        errors={errors}
      />
    </div>
  );
}
