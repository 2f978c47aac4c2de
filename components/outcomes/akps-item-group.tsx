import type { AkpsItem } from "@/lib/clinical/akps";

type Props = {
  item: AkpsItem;
  /** Its number on the form, "3 of 13". */
  position: string;
  /** The chosen option's index, or undefined when not answered yet. */
  value: number | undefined;
  onChange: (index: number) => void;
  errors?: string[];
};

/**
 * One AKPS question as a fieldset of native radios: the legend is the question, each option a
 * large tap target. Its own error sits under the legend, so a refused send says which question.
 */
export function AkpsItemGroup({ item, position, value, onChange, errors }: Props) {
  const id = `akps-${item.key}`;
  const invalid = Boolean(errors?.length);
  return (
    <fieldset id={id} aria-describedby={invalid ? `${id}-error` : undefined} className="scroll-mt-4 space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <legend className="float-left mb-2 w-full text-base font-semibold text-slate-900">
        <span className="block text-sm font-normal text-slate-600">Question {position}</span>
        {item.label}
      </legend>
      {invalid ? (
        <p id={`${id}-error`} className="clear-left text-sm font-medium text-danger-700">
          {errors?.join(" ")}
        </p>
      ) : null}
      <div className="clear-left space-y-1">
        {item.options.map((option, index) => (
          <label key={option.label} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 py-1 hover:bg-slate-50 has-[:checked]:bg-brand-50">
            <input
              type="radio"
              name={item.key}
              value={String(index)}
              checked={value === index}
              onChange={() => onChange(index)}
              className="size-5 shrink-0 accent-brand-700"
            />
            <span className="text-base text-slate-800">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
