import { useId } from "react";
import { cn } from "./cn";
import { describedBy } from "./field-shell";

type Props = {
  legend: string;
  name: string;
  options: readonly { key: string; label: string }[];
  selected: readonly string[];
  hint?: string;
  errors?: string[];
  className?: string;
};

/**
 * A fieldset of checkboxes posting `name` once per ticked box (read as an array by authedAction).
 * The hint and error describe the fieldset, read on entering the group; each box is aria-invalid,
 * which also tells useFocusFirstError which group shows the error when two share a name.
 */
export function CheckboxGroup({ legend, name, options, selected, hint, errors, className }: Props) {
  // Not the name: two groups can share one (the intake screen), and ids must stay unique.
  const id = useId();
  const invalid = Boolean(errors?.length);
  return (
    <fieldset aria-describedby={describedBy(id, hint, errors)} className={cn("space-y-2", className)}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p> : null}
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.key} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-slate-50">
            <input type="checkbox" name={name} value={o.key} defaultChecked={selected.includes(o.key)} aria-invalid={invalid || undefined} className="size-5 shrink-0 accent-brand-700" />
            <span className="text-sm text-slate-800">{o.label}</span>
          </label>
        ))}
      </div>
      {invalid ? <p id={`${id}-error`} className="text-sm font-medium text-danger-700">{errors?.join(" ")}</p> : null}
    </fieldset>
  );
}
